// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import java.util.Random;

/** Seeded synthetic score distributions with known shapes. */
final class Synthetic {
    private Synthetic() {
    }

    /** Log-normal scores exp(N(ln median, s)): the body of normal blocks. */
    static float[] lognormal(int n, double median, double s, long seed) {
        Random r = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (median * Math.exp(s * r.nextGaussian()));
        }
        return out;
    }

    /** Normal scores followed by anomalies ~ N(mean, sd) at the end of the array. */
    static float[] mixture(int normals, int anomalies, double anomalyMean, long seed) {
        float[] body = lognormal(normals, 0.15, 0.25, seed);
        float[] out = java.util.Arrays.copyOf(body, normals + anomalies);
        Random r = new Random(seed + 1);
        for (int i = 0; i < anomalies; i++) {
            out[normals + i] = (float) Math.abs(anomalyMean + 0.3 * r.nextGaussian());
        }
        return out;
    }

    /** Labels for {@link #mixture}: the last {@code anomalies} blocks are anomalies. */
    static byte[] mixtureLabels(int normals, int anomalies) {
        byte[] l = new byte[normals + anomalies];
        java.util.Arrays.fill(l, normals, l.length, (byte) 1);
        return l;
    }

    /** Generalized Pareto samples by inversion: σ/γ((1-U)^-γ - 1), or -σ ln(1-U) for γ = 0. */
    static double[] gpd(int n, double gamma, double sigma, long seed) {
        Random r = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            out[i] = gamma == 0 ? -sigma * Math.log1p(-u) : sigma / gamma * (Math.pow(1 - u, -gamma) - 1);
            if (out[i] <= 0) {
                out[i] = Double.MIN_NORMAL;
            }
        }
        return out;
    }
}
