// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Simulated time: milliseconds since the start of the log, printed as HDFS_v1's
 * {@code yymmdd hhmmss} (the log starts at {@code 081109 203518}). The printed form is cached per second.
 */
final class Clock {
    /** 2008-11-09 20:35:18, the first line of HDFS_v1. */
    static final LocalDateTime START = LocalDateTime.of(2008, 11, 9, 20, 35, 18);
    private static final long START_EPOCH = START.toEpochSecond(ZoneOffset.UTC);

    private long cachedSecond = Long.MIN_VALUE;
    private final byte[] cached = new byte[13];

    /** Writes {@code yymmdd hhmmss} for the time {@code ms} after the start. */
    void write(LineBuffer out, long ms) {
        long second = ms / 1000;
        if (second != cachedSecond) {
            render(second);
        }
        out.put(cached);
    }

    private void render(long second) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(START_EPOCH + second, 0, ZoneOffset.UTC);
        put2(0, t.getYear() % 100);
        put2(2, t.getMonthValue());
        put2(4, t.getDayOfMonth());
        cached[6] = ' ';
        put2(7, t.getHour());
        put2(9, t.getMinute());
        put2(11, t.getSecond());
        cachedSecond = second;
    }

    private void put2(int at, int v) {
        cached[at] = (byte) ('0' + v / 10);
        cached[at + 1] = (byte) ('0' + v % 10);
    }

    /** A jobtracker id such as {@code 200811092030}: the minute {@code ms} after the start, yyyyMMddHHmm. */
    static String trackerId(long ms) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(START_EPOCH + ms / 1000, 0, ZoneOffset.UTC);
        return String.format(java.util.Locale.ROOT, "%04d%02d%02d%02d%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute());
    }
}
