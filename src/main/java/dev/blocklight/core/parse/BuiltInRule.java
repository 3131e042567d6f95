// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/**
 * Hand-written byte matchers for the default mask regexes of {@link MaskingConfig}. Each behaves
 * exactly like its regex anchored at a position (checked against {@code java.util.regex} by
 * property tests), but runs without allocation at a few nanoseconds per byte.
 */
enum BuiltInRule {
    EXC(MaskingConfig.EXC) {
        @Override
        int matchAt(byte[] b, int p, int from, int to) {
            if (!identStart(b[p])) {
                return -1;
            }
            int seg = p;
            while (true) {
                // seg starts a middle segment: ident-start then [\w$]*, then '.'
                if (seg >= to || !identStart(b[seg])) {
                    return -1;
                }
                int e = runEnd(b, seg, to);
                if (e >= to || b[e] != '.') {
                    return -1;
                }
                int fin = e + 1;
                int finEnd = runEnd(b, fin, to);
                if (endsWith(b, fin, finEnd, EXCEPTION) || endsWith(b, fin, finEnd, ERROR)) {
                    return to;
                }
                seg = fin;
            }
        }
    },
    BLK(MaskingConfig.BLK) {
        @Override
        int matchAt(byte[] b, int p, int from, int to) {
            return blockEnd(b, p, to);
        }
    },
    IP(MaskingConfig.IP) {
        @Override
        int matchAt(byte[] b, int p, int from, int to) {
            int q = p;
            if (b[q] == '/') {
                q++;
            }
            for (int group = 0; group < 4; group++) {
                int e = digitsEnd(b, q, to);
                int len = e - q;
                if (len == 0) {
                    return -1;
                }
                if (group < 3) {
                    if (len > 3 || e >= to || b[e] != '.') {
                        return -1;
                    }
                    q = e + 1;
                } else {
                    q += Math.min(len, 3);
                }
            }
            if (q + 1 < to && b[q] == ':' && isDigit(b[q + 1])) {
                q = digitsEnd(b, q + 1, to);
            }
            return q;
        }
    },
    KV(MaskingConfig.KV) {
        @Override
        int matchAt(byte[] b, int p, int from, int to) {
            byte c = b[p];
            if (!(isLetter(c) || c == '_')) {
                return -1;
            }
            int e = p + 1;
            while (e < to && (isWord(b[e]) || b[e] == '.')) {
                e++;
            }
            if (e >= to || b[e] != '=') {
                return -1;
            }
            e++;
            while (e < to && b[e] != ',' && b[e] != ';' && !isRegexSpace(b[e])) {
                e++;
            }
            return e;
        }
    },
    NUM(MaskingConfig.NUM) {
        @Override
        int matchAt(byte[] b, int p, int from, int to) {
            if (p > from && isAlnum(b[p - 1])) {
                return -1;
            }
            int q = p;
            if (b[q] == '-' || b[q] == '+') {
                q++;
            }
            int e = digitsEnd(b, q, to);
            if (e == q || (e < to && isAlnum(b[e]))) {
                return -1;
            }
            return e;
        }
    };

    private static final byte[] EXCEPTION = "Exception".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ERROR = "Error".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    final String regex;

    BuiltInRule(String regex) {
        this.regex = regex;
    }

    /** End of the match of this rule's regex anchored at {@code p}, or -1; {@code from} is the content start. */
    abstract int matchAt(byte[] b, int p, int from, int to);

    /** The built-in rule for a regex, or null. */
    static BuiltInRule forRegex(String regex) {
        for (BuiltInRule r : values()) {
            if (r.regex.equals(regex)) {
                return r;
            }
        }
        return null;
    }

    /** End of {@code blk_-?\d+} at p, or -1. */
    static int blockEnd(byte[] b, int p, int to) {
        if (p + 4 >= to || b[p] != 'b' || b[p + 1] != 'l' || b[p + 2] != 'k' || b[p + 3] != '_') {
            return -1;
        }
        int q = p + 4;
        if (b[q] == '-') {
            q++;
        }
        int e = digitsEnd(b, q, to);
        return e == q ? -1 : e;
    }

    /**
     * After {@link #EXC} failed at an identifier start {@code p}: the position where its scan of the
     * dotted chain from {@code p} broke off. EXC fails at every start before it too, because a scan
     * from inside the chain meets the same run ends, dots and final runs, so the masker can skip
     * them; without this a long {@code a.a.a...} line took quadratic time (35 s for 320 KB).
     */
    static int excFailsUntil(byte[] b, int p, int to) {
        int seg = p;
        while (seg < to && identStart(b[seg])) {
            int e = runEnd(b, seg, to);
            if (e >= to || b[e] != '.') {
                return e;
            }
            seg = e + 1;
        }
        return seg;
    }

    static int digitsEnd(byte[] b, int p, int to) {
        while (p < to && isDigit(b[p])) {
            p++;
        }
        return p;
    }

    /** End of a run of {@code [\w$]}. */
    static int runEnd(byte[] b, int p, int to) {
        while (p < to && isWordOrDollar(b[p])) {
            p++;
        }
        return p;
    }

    static boolean endsWith(byte[] b, int from, int end, byte[] suffix) {
        if (end - from < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (b[end - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte UNDERSCORE = 4;
    private static final byte DOLLAR = 8;
    /** Character classes of ASCII bytes, one table lookup instead of range comparisons. */
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LETTER;
            CLASS[c - 'a' + 'A'] = LETTER;
        }
        CLASS['_'] = UNDERSCORE;
        CLASS['$'] = DOLLAR;
    }

    static boolean isDigit(byte c) {
        return CLASS[c & 0xFF] == DIGIT;
    }

    static boolean isLetter(byte c) {
        return CLASS[c & 0xFF] == LETTER;
    }

    static boolean isAlnum(byte c) {
        return (CLASS[c & 0xFF] & (DIGIT | LETTER)) != 0;
    }

    /** {@code \w}: letters, digits and underscore. */
    static boolean isWord(byte c) {
        return (CLASS[c & 0xFF] & (DIGIT | LETTER | UNDERSCORE)) != 0;
    }

    /** {@code [\w$]}. */
    static boolean isWordOrDollar(byte c) {
        return CLASS[c & 0xFF] != 0;
    }

    static boolean identStart(byte c) {
        return (CLASS[c & 0xFF] & (LETTER | UNDERSCORE | DOLLAR)) != 0;
    }

    /** {@code \s} of java.util.regex: space, tab, newline, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
