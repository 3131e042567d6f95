// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Loghub-style line layout such as {@code <Date> <Time> <Pid> <Level> <Component>: <Content>},
 * matched directly on bytes. Like Loghub's generated regex, each field is the shortest run up to the
 * next separator, a run of spaces in the format matches one or more blanks, and the last field takes
 * the rest of the line. The format must contain a {@code <Content>} field.
 */
public final class LogFormat {
    /** The layout of Loghub's HDFS_v1 logs. */
    public static final String HDFS = "<Date> <Time> <Pid> <Level> <Component>: <Content>";

    private final String pattern;
    private final List<String> fields;
    /** separators[i] precedes field i; separators[fields.size()] follows the last field (may be empty). */
    private final byte[][] separators;
    private final int contentField;

    private LogFormat(String pattern, List<String> fields, byte[][] separators) {
        this.pattern = pattern;
        this.fields = List.copyOf(fields);
        this.separators = separators;
        this.contentField = fields.indexOf("Content");
    }

    /** Compiles a format string; throws {@link IllegalArgumentException} with a readable reason. */
    public static LogFormat compile(String format) {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("the log format is empty");
        }
        List<String> fields = new ArrayList<>();
        List<byte[]> seps = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '<') {
                int close = format.indexOf('>', i);
                String name = close < 0 ? "" : format.substring(i + 1, close);
                if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException("bad field at position " + (i + 1) + " of log format '"
                            + format + "': expected <Name>");
                }
                if (fields.contains(name)) {
                    throw new IllegalArgumentException("field <" + name + "> appears twice in log format '" + format + "'");
                }
                if (!fields.isEmpty() && literal.length() == 0) {
                    throw new IllegalArgumentException("fields <" + fields.get(fields.size() - 1) + "> and <" + name
                            + "> need a separator between them in log format '" + format + "'");
                }
                seps.add(normalise(literal));
                literal.setLength(0);
                fields.add(name);
                i = close + 1;
            } else if (c == '>') {
                throw new IllegalArgumentException("unbalanced '>' at position " + (i + 1) + " of log format '" + format + "'");
            } else {
                literal.append(c);
                i++;
            }
        }
        seps.add(normalise(literal));
        if (!fields.contains("Content")) {
            throw new IllegalArgumentException("log format '" + format + "' has no <Content> field");
        }
        return new LogFormat(format, fields, seps.toArray(new byte[0][]));
    }

    private static byte[] normalise(CharSequence literal) {
        // Any run of spaces becomes a single ' ', which matches one or more blanks.
        return literal.toString().replaceAll(" +", " ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The format string this was compiled from. */
    public String pattern() {
        return pattern;
    }

    /** Field names in order. */
    public List<String> fields() {
        return fields;
    }

    /** Index of the {@code Content} field. */
    public int contentField() {
        return contentField;
    }

    /** Index of a field by name, ignoring case, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Matches the line {@code buf[from, to)} (without its line break). On success fills
     * {@code bounds[2i]} and {@code bounds[2i+1]} with the start and end of field i and returns true.
     */
    public boolean match(byte[] buf, int from, int to, int[] bounds) {
        int pos = matchSeparator(separators[0], buf, from, to);
        if (pos < 0) {
            return false;
        }
        int n = fields.size();
        for (int f = 0; f < n; f++) {
            byte[] sep = separators[f + 1];
            bounds[2 * f] = pos;
            if (f == n - 1) {
                int end = to;
                if (sep.length > 0) {
                    end = lastFieldEnd(sep, buf, pos, to);
                    if (end < 0) {
                        return false;
                    }
                }
                bounds[2 * f + 1] = end;
                return true;
            }
            int found = -1;
            int after = -1;
            for (int p = pos; p < to; p++) {
                if (buf[p] == sep[0] || (sep[0] == ' ' && buf[p] == '\t')) {
                    int m = matchSeparator(sep, buf, p, to);
                    if (m >= 0) {
                        found = p;
                        after = m;
                        break;
                    }
                }
            }
            if (found < 0) {
                return false;
            }
            bounds[2 * f + 1] = found;
            pos = after;
        }
        return true;
    }

    private static int lastFieldEnd(byte[] sep, byte[] buf, int from, int to) {
        for (int p = from; p < to; p++) {
            if (matchSeparator(sep, buf, p, to) == to) {
                return p;
            }
        }
        return -1;
    }

    /** Returns the position after the separator matched at {@code pos}, or -1. */
    private static int matchSeparator(byte[] sep, byte[] buf, int pos, int to) {
        int p = pos;
        for (byte s : sep) {
            if (s == ' ') {
                if (p >= to || !isBlank(buf[p])) {
                    return -1;
                }
                while (p < to && isBlank(buf[p])) {
                    p++;
                }
            } else {
                if (p >= to || buf[p] != s) {
                    return -1;
                }
                p++;
            }
        }
        return p;
    }

    static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    /** The Content field of one line, or null when the line does not fit this layout. */
    public String content(String line) {
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int[] bounds = new int[fields().size() * 2];
        if (!match(b, 0, b.length, bounds)) {
            return null;
        }
        int f = contentField();
        return new String(b, bounds[2 * f], bounds[2 * f + 1] - bounds[2 * f], java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
