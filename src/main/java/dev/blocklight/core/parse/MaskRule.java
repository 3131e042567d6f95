// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One masking rule: text matching {@code regex} becomes the token {@code <name>} before template
 * mining. With {@code restOfLine} the mask also swallows everything after the match, which is how
 * free-text tails such as exception messages become a single parameter.
 */
public record MaskRule(String name, String regex, boolean restOfLine) {

    public MaskRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regex, "regex");
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("mask name '" + name + "' must be upper case letters, digits or _");
        }
        try {
            if (Pattern.compile(regex).matcher("").matches()) {
                throw new IllegalArgumentException("mask <" + name + "> matches the empty string: " + regex);
            }
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("mask <" + name + "> has a bad regex: " + e.getDescription(), e);
        }
    }

    /** The token this rule writes, such as {@code <BLK>}. */
    public String token() {
        return "<" + name + ">";
    }
}
