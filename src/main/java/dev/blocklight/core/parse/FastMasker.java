// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks with the built-in byte matchers: one pass over the content, trying the rules in order at
 * each position exactly as a regex alternation would, without decoding or allocating.
 */
final class FastMasker extends Masker {
    private final BuiltInRule[] rules;
    private final byte[][] tokens;
    private final boolean[] restOfLine;
    private final TokenWriter writer = new TokenWriter();
    private final boolean hasExc;
    private final boolean hasKv;
    /** The block pattern's matcher when it is not the built-in {@code blk_-?\d+}, else null. */
    private final Matcher blockMatcher;

    FastMasker(MaskingConfig config) {
        List<MaskRule> list = config.rules();
        rules = new BuiltInRule[list.size()];
        tokens = new byte[list.size()][];
        restOfLine = new boolean[list.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = BuiltInRule.forRegex(list.get(i).regex());
            tokens[i] = list.get(i).token().getBytes(StandardCharsets.US_ASCII);
            restOfLine[i] = list.get(i).restOfLine();
        }
        hasExc = List.of(rules).contains(BuiltInRule.EXC);
        hasKv = List.of(rules).contains(BuiltInRule.KV);
        blockMatcher = config.blockPattern().equals(MaskingConfig.BLK) ? null
                : Pattern.compile(config.blockPattern()).matcher("");
    }

    /** Whether every rule is a built-in one (any block pattern: a custom one is matched as a regex). */
    static boolean supports(MaskingConfig config) {
        return config.rules().stream().allMatch(r -> BuiltInRule.forRegex(r.regex()) != null);
    }

    @Override
    public void mask(byte[] b, int from, int to, MaskOutput out) {
        writer.begin(out);
        if (blockMatcher == null) {
            findBlocks(b, from, to, out);
        } else {
            try {
                RegexMasker.findBlocks(blockMatcher, new String(b, from, to - from, StandardCharsets.UTF_8), out);
            } catch (StackOverflowError e) {
                throw RegexMasker.tooComplex(to - from, "the block pattern");
            }
        }
        // Positions before which a word-scanning rule is known to fail (see BuiltInRule.EXC/KV);
        // without such a rule, it can never match.
        int excSkip = hasExc ? from : Integer.MAX_VALUE;
        int kvSkip = hasKv ? from : Integer.MAX_VALUE;
        int p = from;
        outer:
        while (p < to) {
            byte c = b[p];
            if (cannotStartMatch(c, p < excSkip && p < kvSkip)) {
                writer.literal(c);
                p++;
                continue;
            }
            for (int r = 0; r < rules.length; r++) {
                BuiltInRule rule = rules[r];
                if ((rule == BuiltInRule.EXC && p < excSkip) || (rule == BuiltInRule.KV && p < kvSkip)) {
                    continue;
                }
                int end = rule.matchAt(b, p, from, to);
                if (end > p) {
                    writer.mask(r, tokens[r]);
                    p = restOfLine[r] ? to : end;
                    continue outer;
                }
                if (end < 0 && rule == BuiltInRule.EXC && BuiltInRule.identStart(c)) {
                    excSkip = BuiltInRule.excFailsUntil(b, p, to);
                } else if (end < 0 && rule == BuiltInRule.KV && (BuiltInRule.isLetter(c) || c == '_')) {
                    kvSkip = kvRunEnd(b, p, to);
                }
            }
            writer.literal(c);
            p++;
        }
        writer.endToken();
    }

    /**
     * Whether no built-in rule can match at a byte {@code c}: BLK needs {@code b}, IP a digit or
     * {@code /}, NUM a digit or sign, and EXC and KV an identifier start, unless a failed attempt
     * earlier in the same word already rules them out ({@code wordRulesFail}).
     */
    private static boolean cannotStartMatch(byte c, boolean wordRulesFail) {
        if (c == 'b' || c == '/' || c == '-' || c == '+' || BuiltInRule.isDigit(c)) {
            return false;
        }
        return wordRulesFail || !BuiltInRule.identStart(c);
    }

    private static int kvRunEnd(byte[] b, int p, int to) {
        while (p < to && (BuiltInRule.isWord(b[p]) || b[p] == '.')) {
            p++;
        }
        return p;
    }

    /** Finds every {@code blk_-?\d+} left to right, as {@code Matcher.find()} would. */
    static void findBlocks(byte[] b, int from, int to, MaskOutput out) {
        int p = from;
        while (p < to - 4) {
            if (b[p] != 'b') {
                p++;
                continue;
            }
            int end = BuiltInRule.blockEnd(b, p, to);
            if (end < 0) {
                p++;
                continue;
            }
            BlockIds.add(b, p + 4, end, out);
            p = end;
        }
    }
}
