// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Formats numbers for people, short and locale-independent: 1.5 GB, 1.2M lines, 2.3 s, 575,061
 * blocks, 3.0%, 0.35, 50×. Used by the CLI, the workbench and the detection's explanations.
 */
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

    /** A count in full, with thousands separators: {@code 575,061} (where {@link #count} gives {@code 575.1k}). */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Three significant digits, trailing zeros dropped, at least one decimal under 100: 0.35, 8.0, 1.2E-7. */
    public static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isNaN(x) ? "n/a" : (x > 0 ? "∞" : "-∞");
        }
        if (x == 0) {
            return "0.0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros();
        if (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e7) {
            return d.toString();
        }
        String s = d.toPlainString();
        return s.indexOf('.') < 0 && Math.abs(x) < 100 ? s + ".0" : s;
    }

    /** A share as a percentage that never rounds a partial share to 0% or 100%: 99.9%, 3.0%, 0.012%. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "n/a";
        }
        if (part == 0 || part == whole) {
            return part == 0 ? "0%" : "100%";
        }
        return percent((double) part / whole);
    }

    /** A rate in [0, 1] as a percentage. */
    public static String percent(double rate) {
        if (Double.isNaN(rate)) {
            return "n/a";
        }
        double p = rate * 100;
        if (p == 0) {
            return "0%";
        }
        if (p >= 0.1) {
            double shown = Math.min(p >= 99.95 && p < 100 ? 99.9 : p, 100);
            return String.format(Locale.ROOT, "%.1f%%", shown);
        }
        return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString() + "%";
    }

    /** A factor: 50×, 3.2×. */
    public static String factor(double f) {
        if (Double.isInfinite(f)) {
            return "∞×";
        }
        return (f >= 10 ? String.format(Locale.ROOT, "%.0f", f) : String.format(Locale.ROOT, "%.1f", f)) + "×";
    }
}
