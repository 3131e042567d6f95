// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-reads raw lines by their byte offsets, so a block's lines can be shown without a second pass.
 * Plain files are read by seeking; gzip files by decompressing up to the offsets, in one pass for
 * any number of sorted offsets.
 */
public final class RawLines {
    /** Longest line returned; longer lines are cut and end with an ellipsis. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    private RawLines() {
    }

    /** The lines starting at the given offsets, in the order given. */
    public static List<String> read(LogSource source, long[] offsets) throws IOException {
        long[] sorted = offsets.clone();
        Arrays.sort(sorted);
        List<String> bySorted = source.isGzip() ? readStream(source, sorted) : readSeek(source, sorted);
        List<String> out = new ArrayList<>(offsets.length);
        for (long o : offsets) {
            out.add(bySorted.get(Arrays.binarySearch(sorted, o)));
        }
        return out;
    }

    /** One line, made safe for a one-line message: control characters replaced, cut to 120 characters. */
    public static String preview(LogSource source, long offset) {
        try {
            String line = read(source, new long[] {offset}).get(0);
            String clean = line.replaceAll("\\p{Cntrl}", "?");
            return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static List<String> readSeek(LogSource source, long[] sorted) throws IOException {
        List<String> out = new ArrayList<>(sorted.length);
        try (FileChannel ch = FileChannel.open(source.path(), StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(MAX_LINE_BYTES + 1);
            for (long off : sorted) {
                buf.clear();
                ch.read(buf, off);
                out.add(firstLine(buf.array(), buf.position()));
            }
        }
        return out;
    }

    private static List<String> readStream(LogSource source, long[] sorted) throws IOException {
        List<String> out = new ArrayList<>(sorted.length);
        try (InputStream in = new java.io.BufferedInputStream(source.open(), 1 << 16)) {
            long pos = 0;
            byte[] line = new byte[MAX_LINE_BYTES + 1];
            for (long off : sorted) {
                if (off < pos) { // the same offset twice
                    out.add(out.get(out.size() - 1));
                    continue;
                }
                in.skipNBytes(off - pos);
                pos = off;
                int n = 0;
                int c;
                while ((c = in.read()) >= 0) {
                    pos++;
                    if (c == '\n') {
                        break;
                    }
                    if (n < line.length) {
                        line[n++] = (byte) c;
                    }
                }
                out.add(firstLine(line, n));
            }
        }
        return out;
    }

    private static String firstLine(byte[] b, int n) {
        int end = 0;
        while (end < n && b[end] != '\n') {
            end++;
        }
        boolean cut = end == n && n > MAX_LINE_BYTES;
        int stop = Math.min(end, MAX_LINE_BYTES);
        if (stop > 0 && b[stop - 1] == '\r') {
            stop--;
        }
        String s = new String(b, 0, stop, StandardCharsets.UTF_8);
        return cut ? s + "…" : s;
    }
}
