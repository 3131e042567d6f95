// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.nio.charset.StandardCharsets;

/**
 * Canonical numeric form of HDFS block ids: {@code blk_-123} is the long -123. Ids that would not
 * print back identically (leading zeros, {@code -0}, overflow) stay as names.
 */
public final class BlockIds {
    private static final String PREFIX = "blk_";

    private BlockIds() {
    }

    /** Adds the id whose digits (with optional '-') are {@code b[from, to)} to the output. */
    static void add(byte[] b, int from, int to, MaskOutput out) {
        long v = parse(b, from, to);
        if (v == Long.MIN_VALUE) {
            out.addBlockName(PREFIX + new String(b, from, to - from, StandardCharsets.US_ASCII));
        } else {
            out.addBlock(v);
        }
    }

    /** Parses a canonical signed decimal, or returns Long.MIN_VALUE when it is not canonical. */
    static long parse(byte[] b, int from, int to) {
        boolean neg = b[from] == '-';
        int p = neg ? from + 1 : from;
        int digits = to - p;
        if (digits == 0 || digits > 19 || (b[p] == '0' && (digits > 1 || neg))) {
            return Long.MIN_VALUE;
        }
        // As Long.parseLong, accumulating negatively; Long.MIN_VALUE itself is the "not canonical" mark.
        long limit = neg ? Long.MIN_VALUE + 1 : -Long.MAX_VALUE;
        long multmin = limit / 10;
        long v = 0;
        for (; p < to; p++) {
            int d = b[p] - '0';
            if (v < multmin) {
                return Long.MIN_VALUE;
            }
            v *= 10;
            if (v < limit + d) {
                return Long.MIN_VALUE;
            }
            v -= d;
        }
        return neg ? v : -v;
    }

    /** The printed name of a numeric block id. */
    public static String name(long id) {
        return PREFIX + id;
    }

    /** The numeric id of a name, or Long.MIN_VALUE when the name is not a canonical HDFS id. */
    public static long parse(String name) {
        if (!name.startsWith(PREFIX) || name.length() <= PREFIX.length()) {
            return Long.MIN_VALUE;
        }
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        for (int i = PREFIX.length(); i < b.length; i++) {
            if (!(BuiltInRule.isDigit(b[i]) || (i == PREFIX.length() && b[i] == '-' && b.length > i + 1))) {
                return Long.MIN_VALUE;
            }
        }
        return parse(b, PREFIX.length(), b.length);
    }
}
