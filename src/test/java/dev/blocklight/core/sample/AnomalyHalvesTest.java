// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.core.sample.AnomalyHalves.Half;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The halves rule against SHA-256 values computed outside Java ({@code printf 'E22 E5' | sha256sum}):
 * an even first digest byte is TUNE, an odd one HELD_OUT.
 */
class AnomalyHalvesTest {
    @ParameterizedTest
    @CsvSource({
        "E22 E5, b2, TUNE",
        "E5 E5 E22 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26, 1d, HELD_OUT",
        "E22 E5 E5 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26, fa, TUNE",
        "E5, ef, HELD_OUT",
        "E7, a2, TUNE",
        "E5 E5 E22 E7, 53, HELD_OUT",
        "E5 E22 E5 E5 E7 E11 E10 E14, 5a, TUNE",
        "E5 E5 E5 E22 E11 E9 E11 E9 E26 E26 E25 E18 E5 E6 E16 E26, a3, HELD_OUT",
    })
    void halfFollowsTheLowBitOfTheFirstDigestByte(String sequence, String firstByteHex, Half expected) {
        assertEquals((Integer.parseInt(firstByteHex, 16) & 1) == 0 ? Half.TUNE : Half.HELD_OUT, expected,
                "the table itself");
        assertEquals(expected, AnomalyHalves.of(sequence));
        int[] events = java.util.Arrays.stream(sequence.split(" ")).mapToInt(t -> Integer.parseInt(t.substring(1)))
                .toArray();
        assertEquals(expected, AnomalyHalves.of(events));
        assertEquals(expected, new RealSequence(events, true).half());
        assertEquals(sequence, AnomalyHalves.canonical(events));
    }

    @ParameterizedTest
    @CsvSource({"'5 5 22 7', E5 E5 E22 E7", "'  E22   E5 ', E22 E5", "'e5\t22', E5 E22"})
    void anySpellingOfASequenceHasTheHalfOfItsCanonicalText(String spelled, String canonical) {
        assertEquals(canonical, AnomalyHalves.canonical(spelled));
        assertEquals(AnomalyHalves.of(canonical), AnomalyHalves.of(spelled));
    }
}
