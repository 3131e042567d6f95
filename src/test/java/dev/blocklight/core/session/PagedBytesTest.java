// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PagedBytesTest {
    /** 16-byte pages, so that values straddle page edges all the time. */
    private static final int TINY = 4;

    @Test
    void fixedWidthValuesRoundTripAcrossPageEdges() {
        for (int width = 0; width <= 8; width++) {
            PagedBytes b = new PagedBytes(TINY);
            long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
            Random r = new Random(width);
            long[] values = new long[500];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.nextLong() & mask;
                b.addFixed(values[i], width);
            }
            assertEquals(500L * width, b.size());
            for (int i = 0; i < values.length; i++) {
                assertEquals(values[i], b.getFixed((long) i * width, width), "width " + width + " value " + i);
            }
        }
    }

    @Test
    void everyStartWithinAPageWorksForEveryWidth() {
        for (int width = 1; width <= 8; width++) {
            for (int at = 0; at < 16; at++) {
                PagedBytes b = new PagedBytes(TINY);
                b.grow(64);
                long v = 0x8877665544332211L >>> (8 * (8 - width));
                b.putFixed(at, v, width);
                assertEquals(v, b.getFixed(at, width), "width " + width + " at " + at);
                assertEquals(0, b.get(at + width), "nothing written past the value");
                if (at > 0) {
                    assertEquals(0, b.get(at - 1), "nothing written before the value");
                }
            }
        }
    }

    @Test
    void varintsRoundTripWithTheirLengths() {
        PagedBytes b = new PagedBytes(TINY);
        long[] values = {0, 1, 127, 128, 255, 16383, 16384, 1L << 35, Long.MAX_VALUE, -1, Long.MIN_VALUE};
        long expectedSize = 0;
        for (long v : values) {
            b.addVarint(v);
            expectedSize += PagedBytes.varintLength(v);
            assertEquals(expectedSize, b.size());
        }
        PagedBytes.Cursor c = new PagedBytes.Cursor(b, 0);
        for (long v : values) {
            assertEquals(v, c.nextVarint());
        }
        assertEquals(10, PagedBytes.varintLength(-1));
        assertEquals(1, PagedBytes.varintLength(127));
        assertEquals(2, PagedBytes.varintLength(128));
    }

    @Test
    void zigzagKeepsSmallNumbersOfEitherSignSmall() {
        for (long v : new long[] {0, -1, 1, -2, 63, -64, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(v, PagedBytes.unzigzag(PagedBytes.zigzag(v)));
        }
        assertEquals(1, PagedBytes.zigzag(-1));
        assertEquals(2, PagedBytes.zigzag(1));
    }

    @Test
    void widthsOfSpans() {
        assertEquals(0, PagedBytes.widthOf(0));
        assertEquals(1, PagedBytes.widthOf(255));
        assertEquals(2, PagedBytes.widthOf(256));
        assertEquals(3, PagedBytes.widthOf((1 << 24) - 1));
        assertEquals(4, PagedBytes.widthOf(1 << 24));
        assertEquals(5, PagedBytes.widthOf(1L << 32));
        assertEquals(8, PagedBytes.widthOf(Long.MAX_VALUE));
    }

    @Test
    void growZeroFillsAndReleasedPagesAreGone() {
        PagedBytes b = new PagedBytes(TINY);
        b.add(7);
        b.grow(100);
        assertEquals(100, b.size());
        assertEquals(7, b.get(0));
        for (int i = 1; i < 100; i++) {
            assertEquals(0, b.get(i));
        }
        assertEquals(16, b.allocatedBytes(), "pages are taken when written, not when grown");
        b.putFixed(30, 0xABCDEF12L, 4); // bytes 30-33: pages 1 and 2
        b.put(99, 1);
        assertEquals(4 * 16, b.allocatedBytes());
        assertEquals(0xABCDEF12L, b.getFixed(30, 4));
        b.releaseBelow(40); // pages 0 and 1 lie wholly below 40; page 2 holds bytes 32-47
        assertEquals(2 * 16, b.allocatedBytes());
        assertEquals(0, b.get(40));
        assertEquals(1, b.get(99));
        assertThrows(IllegalStateException.class, () -> b.get(31));
        assertThrows(IllegalStateException.class, () -> b.put(3, 1));
        b.add(9);
        assertEquals(9, b.get(100));
    }

    @Test
    void appendsExactlyAtAPageEdgeStartANewPage() {
        PagedBytes b = new PagedBytes(TINY);
        for (int i = 0; i < 16; i++) {
            b.add(i);
        }
        assertEquals(16, b.allocatedBytes());
        b.add(99);
        assertEquals(32, b.allocatedBytes());
        assertEquals(15, b.get(15));
        assertEquals(99, b.get(16));
    }
}
