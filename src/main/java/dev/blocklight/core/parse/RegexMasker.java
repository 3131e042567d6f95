// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks with any user-given regexes: the rules form one alternation, so at each position the first
 * rule that matches wins. Slower than {@link FastMasker}, and the reference it is tested against.
 */
final class RegexMasker extends Masker {
    private final Matcher matcher;
    private final Matcher blockMatcher;
    private final byte[][] tokens;
    private final boolean[] restOfLine;
    private final TokenWriter writer = new TokenWriter();

    RegexMasker(MaskingConfig config) {
        List<MaskRule> rules = config.rules();
        StringBuilder alt = new StringBuilder();
        tokens = new byte[rules.size()][];
        restOfLine = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                alt.append('|');
            }
            alt.append("(?<m").append(i).append('>').append(rules.get(i).regex()).append(')');
            tokens[i] = rules.get(i).token().getBytes(StandardCharsets.US_ASCII);
            restOfLine[i] = rules.get(i).restOfLine();
        }
        matcher = rules.isEmpty() ? null : Pattern.compile(alt.toString()).matcher("");
        blockMatcher = Pattern.compile(config.blockPattern()).matcher("");
    }

    /**
     * As {@link Masker#mask}; java.util.regex recurses per repetition, so a very long line can exhaust
     * the stack: that becomes an {@link UncheckedIOException} with one clear sentence, not a crash.
     */
    @Override
    public void mask(byte[] b, int from, int to, MaskOutput out) {
        try {
            maskWithRegex(b, from, to, out);
        } catch (StackOverflowError e) {
            throw tooComplex(to - from, "the masking rules");
        }
    }

    private void maskWithRegex(byte[] b, int from, int to, MaskOutput out) {
        String content = new String(b, from, to - from, StandardCharsets.UTF_8);
        writer.begin(out);
        findBlocks(blockMatcher, content, out);
        int pos = 0;
        if (matcher != null) {
            matcher.reset(content);
            while (pos < content.length() && matcher.find(pos)) {
                if (matcher.end() == matcher.start()) {
                    // A rule that can match empty text never masks; step over one character.
                    literal(content, pos, matcher.start() + 1);
                    pos = matcher.start() + 1;
                    continue;
                }
                literal(content, pos, matcher.start());
                int rule = whichRule();
                writer.mask(rule, tokens[rule]);
                pos = restOfLine[rule] ? content.length() : matcher.end();
            }
        }
        literal(content, pos, content.length());
        writer.endToken();
    }

    /** Adds every non-empty match of the block pattern: numeric HDFS ids as numbers, others as names. */
    static void findBlocks(Matcher blockMatcher, String content, MaskOutput out) {
        blockMatcher.reset(content);
        while (blockMatcher.find()) {
            if (blockMatcher.end() == blockMatcher.start()) {
                continue;
            }
            String name = blockMatcher.group();
            long id = BlockIds.parse(name);
            if (id == Long.MIN_VALUE) {
                out.addBlockName(name);
            } else {
                out.addBlock(id);
            }
        }
    }

    /** The exception for a line that exhausted the stack of java.util.regex. */
    static UncheckedIOException tooComplex(int bytes, String what) {
        return new UncheckedIOException(new IOException("a line of " + bytes + " bytes is too complex for " + what
                + " (the regular expression engine ran out of stack); shorten the line or simplify the pattern"));
    }

    private int whichRule() {
        for (int i = 0; i < tokens.length; i++) {
            if (matcher.start("m" + i) >= 0) {
                return i;
            }
        }
        throw new IllegalStateException("no rule matched");
    }

    private void literal(String content, int from, int to) {
        if (from >= to) {
            return;
        }
        byte[] bytes = content.substring(from, Math.min(to, content.length())).getBytes(StandardCharsets.UTF_8);
        for (byte x : bytes) {
            writer.literal(x);
        }
    }
}
