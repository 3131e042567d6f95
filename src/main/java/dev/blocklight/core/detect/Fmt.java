// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats for the sentences shown to people: short, locale-independent. */
final class Fmt {
    private Fmt() {
    }

    /** Three significant digits, trailing zeros dropped, at least one decimal under 100: 0.35, 8.0, 1.2E-5. */
    static String num(double x) {
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
    static String pct(long part, long whole) {
        if (whole == 0) {
            return "n/a";
        }
        if (part == 0 || part == whole) {
            return part == 0 ? "0%" : "100%";
        }
        return pct((double) part / whole);
    }

    /** A rate in [0, 1] as a percentage. */
    static String pct(double rate) {
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

    /** A count with thousands separators: 575,061. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A factor: 50×, 3.2×. */
    static String factor(double f) {
        if (Double.isInfinite(f)) {
            return "∞×";
        }
        return (f >= 10 ? String.format(Locale.ROOT, "%.0f", f) : String.format(Locale.ROOT, "%.1f", f)) + "×";
    }
}
