// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkReaderTest {

    private static byte[] reassemble(byte[] input, int chunkSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ChunkReader r = new ChunkReader(new ByteArrayInputStream(input), chunkSize)) {
            Chunk c;
            long expectedOffset = 0;
            while ((c = r.next()) != null) {
                assertEquals(expectedOffset, c.offset());
                byte[] part = Arrays.copyOf(c.bytes(), c.length());
                // Every chunk but the last ends with a line break.
                if (c.offset() + c.length() < input.length) {
                    assertEquals('\n', part[part.length - 1]);
                }
                out.write(part);
                expectedOffset += c.length();
                r.recycle(c.bytes());
            }
        }
        return out.toByteArray();
    }

    @Test
    void chunksAreWholeLinesAndLoseNothing() throws IOException {
        Random rnd = new Random(1);
        for (int trial = 0; trial < 200; trial++) {
            StringBuilder s = new StringBuilder();
            int lines = rnd.nextInt(50);
            for (int i = 0; i < lines; i++) {
                s.append("x".repeat(rnd.nextInt(70))).append(rnd.nextBoolean() ? "\n" : "\r\n");
            }
            if (rnd.nextBoolean()) {
                s.append("no trailing newline");
            }
            byte[] in = s.toString().getBytes();
            assertArrayEquals(in, reassemble(in, 16 + rnd.nextInt(100)));
        }
    }

    @Test
    void aLineLongerThanTheChunkGrowsTheBuffer() throws IOException {
        byte[] in = ("short\n" + "y".repeat(10_000_000) + "\nafter\n").getBytes();
        assertArrayEquals(in, reassemble(in, 1 << 16));
    }

    @Test
    void emptyInputHasNoChunk() throws IOException {
        try (ChunkReader r = new ChunkReader(new ByteArrayInputStream(new byte[0]), 64)) {
            assertNull(r.next());
        }
    }
}
