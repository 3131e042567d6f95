// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one number formatter: each form as the CLI, the workbench and the explanations show it. */
class HumanTest {
    @Test
    void bytesInDecimalUnits() {
        assertEquals("999 B", Human.bytes(999));
        assertEquals("1.5 KB", Human.bytes(1500));
        assertEquals("1.5 GB", Human.bytes(1_500_000_000L));
    }

    @Test
    void shortCountsAndFullCountsAreTwoForms() {
        assertEquals("950", Human.count(950));
        assertEquals("12.3k", Human.count(12_300));
        assertEquals("1.5M", Human.count(1_500_000));
        assertEquals("575.1k", Human.count(575_061L), "a long still gets the short form");
        assertEquals("575,061", Human.grouped(575_061));
        assertEquals("19", Human.grouped(19));
    }

    @Test
    void durations() {
        assertEquals("850 ms", Human.duration(850_000_000L));
        assertEquals("2.3 s", Human.duration(2_300_000_000L));
        assertEquals("4 min 05 s", Human.duration(245_000_000_000L));
    }

    @Test
    void numbersKeepThreeSignificantDigits() {
        assertEquals("0.35", Human.number(0.35));
        assertEquals("8.0", Human.number(8));
        assertEquals("0.0", Human.number(0));
        assertEquals("0.000012", Human.number(0.000012));
        assertEquals("1.2E-7", Human.number(1.2e-7));
        assertEquals("123", Human.number(123.4));
        assertEquals("n/a", Human.number(Double.NaN));
        assertEquals("∞", Human.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void percentagesNeverRoundAPartialShareToZeroOrAll() {
        assertEquals("0%", Human.percent(0, 10));
        assertEquals("100%", Human.percent(10, 10));
        assertEquals("99.9%", Human.percent(99_999, 100_000));
        assertEquals("3.0%", Human.percent(3, 100));
        assertEquals("0.012%", Human.percent(12, 100_000));
        assertEquals("n/a", Human.percent(1, 0));
        assertEquals("n/a", Human.percent(Double.NaN));
    }

    @Test
    void factors() {
        assertEquals("50×", Human.factor(50));
        assertEquals("3.2×", Human.factor(3.2));
        assertEquals("∞×", Human.factor(Double.POSITIVE_INFINITY));
    }
}
