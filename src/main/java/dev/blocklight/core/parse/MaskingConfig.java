// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Masking rules, tried in order at each position (the first that matches wins, as in one regex
 * alternation), plus the pattern that names a block. Runs of the same mask, optionally separated by
 * a comma, collapse into one token: a list of one or many datanodes or blocks is one parameter.
 */
public record MaskingConfig(List<MaskRule> rules, String blockPattern) {
    /** Exception class and its message, up to the end of the line. */
    public static final String EXC = "(?:[A-Za-z_$][\\w$]*\\.)+[\\w$]*(?:Exception|Error)(?![\\w$]):?";
    /** HDFS block id. */
    public static final String BLK = "blk_-?\\d+";
    /** IPv4 address with optional leading slash and port. */
    public static final String IP = "/?\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?";
    /** A {@code key=value} pair. */
    public static final String KV = "[A-Za-z_][\\w.]*=[^\\s,;]*";
    /** A number that is not part of a word. */
    public static final String NUM = "(?<![A-Za-z0-9])[-+]?\\d+(?![A-Za-z0-9])";

    public MaskingConfig {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Objects.requireNonNull(blockPattern, "blockPattern");
        try {
            Pattern.compile(blockPattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad block id pattern: " + e.getDescription(), e);
        }
        if (rules.stream().map(MaskRule::name).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("two masking rules have the same name");
        }
    }

    /** The HDFS defaults: exceptions, blocks, IP addresses, key=value pairs and numbers. */
    public static MaskingConfig hdfsDefaults() {
        return new MaskingConfig(List.of(
                new MaskRule("EXC", EXC, true),
                new MaskRule("BLK", BLK, false),
                new MaskRule("IP", IP, false),
                new MaskRule("KV", KV, false),
                new MaskRule("NUM", NUM, false)), BLK);
    }

    /** No masking at all; blocks are still found with the default pattern. */
    public static MaskingConfig none() {
        return new MaskingConfig(List.of(), BLK);
    }
}
