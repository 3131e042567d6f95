// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/**
 * Reads a line's timestamp from its Date and Time fields as UTC epoch seconds: dates of 6 digits
 * ({@code yyMMdd}, HDFS) or 8 digits ({@code yyyy-MM-dd} and the like, separators ignored), times
 * of {@code HHmmss} or {@code HH:mm:ss}. Anything else gives {@link #UNKNOWN}. Keeps the last date
 * seen, because consecutive lines nearly always share it; not thread-safe.
 */
final class Timestamps {
    static final long UNKNOWN = Long.MIN_VALUE;
    private int lastDateKey = -1;
    private long lastDay;

    long parse(byte[] b, int dateFrom, int dateTo, int timeFrom, int timeTo) {
        int date = digits(b, dateFrom, dateTo, 8);
        int dateDigits = digitCount;
        int time = digits(b, timeFrom, timeTo, 6);
        if (date < 0 || time < 0 || digitCount < 6 || (dateDigits != 6 && dateDigits != 8)) {
            return UNKNOWN;
        }
        int year = dateDigits == 6 ? 2000 + date / 10000 : date / 10000;
        int month = (date / 100) % 100;
        int day = date % 100;
        int hh = time / 10000;
        int mm = (time / 100) % 100;
        int ss = time % 100;
        if (month < 1 || month > 12 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) {
            return UNKNOWN;
        }
        int key = year * 10000 + month * 100 + day;
        if (key != lastDateKey) {
            lastDay = daysFromCivil(year, month, day);
            lastDateKey = key;
        }
        return lastDay * 86400L + hh * 3600L + mm * 60L + ss;
    }

    private int digitCount;

    /** Reads up to {@code max} digits, skipping separators; -1 if a letter or too many digits appear. */
    private int digits(byte[] b, int from, int to, int max) {
        int v = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (n == max) {
                    break; // e.g. milliseconds after HH:mm:ss
                }
                v = v * 10 + (c - '0');
                n++;
            } else if (c == '-' || c == ':' || c == '/' || c == '.' || c == ',') {
                continue;
            } else {
                return -1;
            }
        }
        digitCount = n;
        return n == 0 ? -1 : v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
