// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Splits anomalous block sequences into two fixed halves by content: one to tune on (thresholds,
 * weights), one held out to judge on. A sequence's half depends only on its events, so every copy of
 * it lands in the same half, in every file and every run.
 *
 * <p>The rule: take the canonical text of the sequence, its event ids with the {@code E} prefix
 * joined by single spaces ({@code E22 E5 E5 E11}); compute SHA-256 of its UTF-8 bytes; the half is
 * {@link Half#TUNE} when {@code (digest[0] & 1) == 0}, else {@link Half#HELD_OUT}. Normal sequences
 * are not split: both halves share them.
 */
public final class AnomalyHalves {
    /** The two halves of the anomalous sequences. */
    public enum Half {
        /** For choosing thresholds and settings. */
        TUNE,
        /** Kept out of all tuning, for the final judgement. */
        HELD_OUT
    }

    private AnomalyHalves() {
    }

    /**
     * The half of a sequence given as text: event ids separated by white space, with or without the
     * {@code E} prefix ({@code "E22 E5"} and {@code "22 5"} are the same sequence).
     */
    public static Half of(String sequence) {
        return ofCanonical(canonical(sequence));
    }

    /** The half of a sequence of event numbers ({@code 22} for E22). */
    public static Half of(int[] events) {
        return ofCanonical(canonical(events));
    }

    /** The canonical text of a sequence: {@code E22 E5 E5 E11}. */
    public static String canonical(int[] events) {
        StringBuilder sb = new StringBuilder(events.length * 4);
        for (int i = 0; i < events.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append('E').append(events[i]);
        }
        return sb.toString();
    }

    /** The canonical text of a sequence given with or without {@code E} prefixes and any white space. */
    public static String canonical(String sequence) {
        StringBuilder sb = new StringBuilder(sequence.length() + 8);
        for (String token : sequence.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(token.charAt(0) == 'E' || token.charAt(0) == 'e' ? "E" + token.substring(1) : "E" + token);
        }
        return sb.toString();
    }

    private static Half ofCanonical(String canonical) {
        byte[] digest = sha256().digest(canonical.getBytes(StandardCharsets.UTF_8));
        return (digest[0] & 1) == 0 ? Half.TUNE : Half.HELD_OUT;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
