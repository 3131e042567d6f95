// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Parses threshold spec strings: {@code static:0.35}, {@code pct:99.5}, {@code sigma:3},
 * {@code pot:1e-4} (optionally {@code pot:1e-4@0.98} for the initial quantile),
 * {@code rate:0.03}, {@code bestf1}. Bad specs give an {@link IllegalArgumentException} whose
 * message names the spec and the accepted forms.
 */
public final class ThresholdSpecs {
    /**
     * The strategy used when the user names none and no labels are loaded: the 97th percentile of
     * the training scores. Chosen by measurement ({@code blocklight bench --model}, which compares
     * the candidates): on generated logs with 3% anomalies and an unsupervised model it flagged 0.98x
     * the true count with F1 at the best-F1 level, while Peaks-Over-Threshold, fitted to training
     * scores that contain the anomalies themselves, put the threshold far out and flagged 0.01%.
     * HDFS_v1 has 2.9% anomalous blocks. Change it here only.
     */
    public static final String DEFAULT_SPEC = "pct:97";
    /** The accepted forms, for help texts and error messages. */
    public static final String FORMS = "static:V, pct:P, sigma:K, pot:Q, rate:R or bestf1";

    private ThresholdSpecs() {
    }

    /** The default strategy (see {@link #DEFAULT_SPEC}). */
    public static ThresholdStrategy defaultStrategy() {
        return parse(DEFAULT_SPEC);
    }

    /** Parses one spec; case and surrounding spaces are ignored. */
    public static ThresholdStrategy parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty threshold spec; use " + FORMS);
        }
        String s = spec.trim().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon).trim();
        String arg = colon < 0 ? null : s.substring(colon + 1).trim();
        try {
            return create(name, arg, spec);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("threshold spec '")) {
                throw e;
            }
            throw new IllegalArgumentException("threshold spec '" + spec.trim() + "': " + e.getMessage(), e);
        }
    }

    private static ThresholdStrategy create(String name, String arg, String spec) {
        if (name.equals("bestf1")) {
            if (arg != null) {
                throw new IllegalArgumentException("bestf1 takes no value");
            }
            return new BestF1Strategy();
        }
        if (!name.matches("static|pct|sigma|pot|rate")) {
            throw new IllegalArgumentException("threshold spec '" + spec.trim() + "': unknown strategy '" + name
                    + "'; use " + FORMS);
        }
        if (arg == null || arg.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a value, as in " + example(name));
        }
        switch (name) {
            case "static":
                return new StaticStrategy(value(arg, name));
            case "pct":
                return new PercentileStrategy(value(arg, name));
            case "sigma":
                return new SigmaStrategy(value(arg, name));
            case "rate":
                return new RateStrategy(value(arg, name));
            default:
                int at = arg.indexOf('@');
                return at < 0 ? new PotStrategy(value(arg, name))
                        : new PotStrategy(value(arg.substring(0, at), name), value(arg.substring(at + 1), name));
        }
    }

    private static double value(String text, String name) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a number (as in " + example(name) + ")");
        }
    }

    private static String example(String name) {
        switch (name) {
            case "static":
                return "static:0.35";
            case "pct":
                return "pct:99.5";
            case "sigma":
                return "sigma:3";
            case "pot":
                return "pot:1e-4";
            default:
                return "rate:0.03";
        }
    }

    /** A short, exact decimal form of a spec value: 0.35, 99.5, 3, 1E-4. */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 && d.precision() - d.scale() <= 16 ? d.toPlainString() : d.toString();
    }
}
