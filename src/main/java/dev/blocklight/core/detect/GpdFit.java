// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximum-likelihood fit of a generalized Pareto distribution to peaks (excesses over a
 * threshold), by Grimshaw's trick as in SPOT (Siffer et al., KDD 2017, section 3.2).
 *
 * <p>With {@code x = γ/σ}, the likelihood equations reduce to one equation in x:
 * {@code u(x)·v(x) = 1}, where {@code u(x) = mean(1/(1 + x·Y))} and
 * {@code v(x) = 1 + mean(log(1 + x·Y))}. Each root gives {@code γ = v(x) - 1} and
 * {@code σ = γ/x}. The roots lie in {@code (-1/max(Y), 0)} or {@code (0, 2(mean-min)/min²)}. We
 * scan both intervals on a grid dense near their ends, refine every sign change by bisection, add
 * the exponential case {@code γ = 0, σ = mean(Y)}, and keep the candidate with the highest
 * log-likelihood.
 *
 * @param gamma shape (0 exponential tail, below 0 bounded tail, above 0 heavy tail)
 * @param sigma scale, positive
 * @param logLikelihood log-likelihood of the peaks under the fit
 */
public record GpdFit(double gamma, double sigma, double logLikelihood) {
    private static final int GRID = 300;

    /** Fits strictly positive peaks; needs at least two distinct values for a non-exponential fit. */
    public static GpdFit fit(double[] peaks) {
        if (peaks.length == 0) {
            throw new IllegalArgumentException("no peaks to fit");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double sum = 0;
        for (double y : peaks) {
            if (!(y > 0)) {
                throw new IllegalArgumentException("peaks must be positive, got " + y);
            }
            min = Math.min(min, y);
            max = Math.max(max, y);
            sum += y;
        }
        double mean = sum / peaks.length;
        GpdFit best = new GpdFit(0, mean, logLikelihood(peaks, 0, mean));
        if (max - min <= 1e-12 * max) {
            return best;
        }
        double eps = 1e-8 / mean;
        List<Double> roots = new ArrayList<>();
        double a = -1 / max;
        roots(peaks, grid(a, -eps, eps), roots);
        double b = 2 * (mean - min) / (min * min);
        if (b > eps) {
            roots(peaks, grid(eps, b, eps), roots);
        }
        for (double x : roots) {
            double gamma = v(peaks, x) - 1;
            double sigma = gamma / x;
            if (sigma > 0 && Double.isFinite(sigma)) {
                double ll = logLikelihood(peaks, gamma, sigma);
                if (ll > best.logLikelihood) {
                    best = new GpdFit(gamma, sigma, ll);
                }
            }
        }
        return best;
    }

    /** Probability that a peak exceeds {@code y} under this fit. */
    double survival(double y) {
        if (Math.abs(gamma) < 1e-12) {
            return Math.exp(-y / sigma);
        }
        double base = 1 + gamma * y / sigma;
        return base <= 0 ? 0 : Math.pow(base, -1 / gamma);
    }

    /**
     * The excess over the initial threshold that the overall exceedance probability {@code q}
     * corresponds to, with {@code tailShare} the share of observations that were peaks:
     * {@code σ/γ·((q/tailShare)^-γ - 1)}, or {@code -σ·ln(q/tailShare)} for γ = 0.
     */
    public double excessQuantile(double q, double tailShare) {
        double r = q / tailShare;
        if (Math.abs(gamma) < 1e-12) {
            return -sigma * Math.log(r);
        }
        return sigma / gamma * (Math.pow(r, -gamma) - 1);
    }

    static double logLikelihood(double[] y, double gamma, double sigma) {
        double n = y.length;
        if (Math.abs(gamma) < 1e-12) {
            double s = 0;
            for (double v : y) {
                s += v;
            }
            return -n * Math.log(sigma) - s / sigma;
        }
        double s = 0;
        for (double v : y) {
            double t = 1 + gamma * v / sigma;
            if (t <= 0) {
                return Double.NEGATIVE_INFINITY;
            }
            s += Math.log(t);
        }
        return -n * Math.log(sigma) - (1 + 1 / gamma) * s;
    }

    private static double w(double[] y, double x) {
        double u = 0;
        double v = 0;
        for (double yi : y) {
            double t = 1 + x * yi;
            u += 1 / t;
            v += Math.log(t);
        }
        return (u / y.length) * (1 + v / y.length) - 1;
    }

    private static double v(double[] y, double x) {
        double v = 0;
        for (double yi : y) {
            v += Math.log(1 + x * yi);
        }
        return 1 + v / y.length;
    }

    /**
     * Points in the open interval (from, to), log-spaced from both ends, the nearest at distance
     * {@code min(eps, width·1e-10)}: roots can sit close to the pole at -1/max(Y), close to 0, or
     * anywhere in a positive interval that spans many orders of magnitude.
     */
    static double[] grid(double from, double to, double eps) {
        double width = to - from;
        double[] g = new double[2 * GRID];
        double lo = Math.log(Math.min(eps, width * 1e-10));
        double hi = Math.log(width / 2);
        for (int i = 0; i < GRID; i++) {
            double d = Math.exp(lo + (hi - lo) * i / (GRID - 1));
            g[i] = from + d;
            g[2 * GRID - 1 - i] = to - d;
        }
        return g;
    }

    private static void roots(double[] y, double[] grid, List<Double> out) {
        double prevX = grid[0];
        double prevW = w(y, prevX);
        for (int i = 1; i < grid.length; i++) {
            double x = grid[i];
            double wx = w(y, x);
            if (Double.isFinite(prevW) && Double.isFinite(wx) && (prevW == 0 || Math.signum(prevW) != Math.signum(wx))) {
                out.add(bisect(y, prevX, x, prevW));
            }
            prevX = x;
            prevW = wx;
        }
    }

    private static double bisect(double[] y, double lo, double hi, double wLo) {
        for (int i = 0; i < 80 && hi - lo > 1e-12 * Math.abs(hi); i++) {
            double mid = (lo + hi) / 2;
            double wm = w(y, mid);
            if (Math.signum(wm) == Math.signum(wLo)) {
                lo = mid;
                wLo = wm;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
