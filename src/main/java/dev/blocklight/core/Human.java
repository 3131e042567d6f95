// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core;

import java.util.Locale;

/** Formats numbers for people: 1.5 GB, 1.2M lines, 2.3 s. Used by the CLI and the workbench. */
public final class Human {
    private Human() {
    }

    /** Bytes in decimal units: {@code 999 B}, {@code 1.5 KB}, {@code 1.5 GB}. */
    public static String bytes(long b) {
        if (b < 1000) {
            return b + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = b;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** A count with a k or M suffix: {@code 950}, {@code 12.3k}, {@code 1.5M}. */
    public static String count(double n) {
        if (n >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", n / 1e6);
        }
        if (n >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", n);
    }

    /** A duration: {@code 850 ms}, {@code 2.3 s}, {@code 4 min 05 s}. */
    public static String duration(long nanos) {
        double s = nanos / 1e9;
        if (s < 1) {
            return String.format(Locale.ROOT, "%.0f ms", s * 1000);
        }
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        long whole = Math.round(s);
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
