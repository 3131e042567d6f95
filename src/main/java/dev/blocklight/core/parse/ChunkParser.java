// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Chunk;

/**
 * The per-thread hot loop: splits a chunk into lines, matches the line layout, masks the content,
 * de-duplicates masked contents within the chunk and records which blocks each line names.
 */
final class ChunkParser {
    private final LogFormat format;
    private final Masker masker;
    private final MaskOutput masked = new MaskOutput();
    private final int[] bounds;
    private final int content;
    private final int date;
    private final int time;
    private final Timestamps timestamps = new Timestamps();

    ChunkParser(LogFormat format, MaskingConfig masking) {
        this.format = format;
        this.masker = Masker.create(masking);
        this.bounds = new int[format.fields().size() * 2];
        this.content = format.contentField();
        this.date = format.indexOf("Date");
        this.time = format.indexOf("Time");
    }

    ChunkResult parse(Chunk chunk) {
        byte[] b = chunk.bytes();
        int n = chunk.length();
        ChunkResult r = new ChunkResult(chunk.sequence(), chunk.offset(), n, b);
        int pos = 0;
        int lineNo = 0;
        while (pos < n) {
            int nl = pos;
            while (nl < n && b[nl] != '\n') {
                nl++;
            }
            int end = nl > pos && b[nl - 1] == '\r' ? nl - 1 : nl;
            parseLine(b, pos, end, chunk.offset() + pos, lineNo, r);
            lineNo++;
            pos = nl + 1;
        }
        r.lines = lineNo;
        return r;
    }

    private void parseLine(byte[] b, int from, int to, long offset, int lineNo, ChunkResult r) {
        if (from == to) {
            r.blankLines++;
            return;
        }
        if (!format.match(b, from, to, bounds)) {
            r.addUnparsed(lineNo, offset);
            return;
        }
        masker.mask(b, bounds[2 * content], bounds[2 * content + 1], masked);
        int idx = r.contents.intern(masked.bytes(), 0, masked.length());
        r.countContent(idx, offset);
        int blocks = masked.blockCount() + masked.blockNames().size();
        if (blocks == 0) {
            r.linesWithoutBlock++;
            return;
        }
        long ts = date < 0 || time < 0 ? Timestamps.UNKNOWN
                : timestamps.parse(b, bounds[2 * date], bounds[2 * date + 1], bounds[2 * time], bounds[2 * time + 1]);
        for (int i = 0; i < masked.blockCount(); i++) {
            r.addPair(idx, masked.blockId(i), null, offset, ts);
        }
        for (String name : masked.blockNames()) {
            r.addPair(idx, 0, name, offset, ts);
        }
    }
}
