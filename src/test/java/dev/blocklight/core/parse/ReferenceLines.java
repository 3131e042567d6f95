// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parse of a byte string must report, worked out the slow and obvious way: split on LF, drop
 * one CR before it, blank when nothing is left, unparsed when the layout does not match, and the
 * blocks of a line found with {@code java.util.regex} on its decoded content.
 */
final class ReferenceLines {
    private static final Pattern BLOCK = Pattern.compile(MaskingConfig.BLK);

    /** One parsed line: 1-based number, byte offset, content bytes and the block names it holds. */
    record Line(long number, long offset, byte[] content, Set<String> blocks) {
    }

    long lines;
    long blank;
    long unparsed;
    long withoutBlock;
    final List<Line> parsed = new ArrayList<>();
    /** Block name to the offsets of its lines, in log order. */
    final Map<String, List<Long>> blocks = new LinkedHashMap<>();

    static ReferenceLines of(byte[] log, LogFormat format) {
        ReferenceLines r = new ReferenceLines();
        int[] bounds = new int[format.fields().size() * 2];
        int c = format.contentField();
        int start = 0;
        while (start < log.length) {
            int nl = start;
            while (nl < log.length && log[nl] != '\n') {
                nl++;
            }
            int end = nl > start && log[nl - 1] == '\r' ? nl - 1 : nl;
            r.lines++;
            if (end == start) {
                r.blank++;
            } else if (!format.match(log, start, end, bounds)) {
                r.unparsed++;
            } else {
                byte[] content = java.util.Arrays.copyOfRange(log, bounds[2 * c], bounds[2 * c + 1]);
                Set<String> names = new LinkedHashSet<>();
                Matcher m = BLOCK.matcher(new String(content, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group());
                }
                if (names.isEmpty()) {
                    r.withoutBlock++;
                }
                for (String name : names) {
                    r.blocks.computeIfAbsent(name, k -> new ArrayList<>()).add((long) start);
                }
                r.parsed.add(new Line(r.lines, start, content, names));
            }
            start = nl + 1;
        }
        return r;
    }
}
