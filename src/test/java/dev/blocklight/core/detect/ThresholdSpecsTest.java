// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ThresholdSpecsTest {

    @Test
    void parsesEveryForm() {
        assertEquals(new StaticStrategy(0.35), ThresholdSpecs.parse("static:0.35"));
        assertEquals(new PercentileStrategy(99.5), ThresholdSpecs.parse("pct:99.5"));
        assertEquals(new SigmaStrategy(3), ThresholdSpecs.parse("sigma:3"));
        assertEquals(new PotStrategy(1e-4), ThresholdSpecs.parse("pot:1e-4"));
        assertEquals(new PotStrategy(1e-3, 0.95), ThresholdSpecs.parse("pot:0.001@0.95"));
        assertEquals(new RateStrategy(0.03), ThresholdSpecs.parse("rate:0.03"));
        assertEquals(new BestF1Strategy(), ThresholdSpecs.parse("bestf1"));
        assertEquals(new StaticStrategy(-1.5), ThresholdSpecs.parse("  STATIC : -1.5 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"static:0.35", "pct:99.5", "sigma:3", "sigma:2.5", "pot:1e-4", "pot:0.001@0.95",
        "rate:0.03", "bestf1"})
    void specRoundTrips(String spec) {
        ThresholdStrategy s = ThresholdSpecs.parse(spec);
        assertEquals(s, ThresholdSpecs.parse(s.spec()));
    }

    @Test
    void defaultIsAValidSpec() {
        assertEquals(ThresholdSpecs.parse(ThresholdSpecs.DEFAULT_SPEC), ThresholdSpecs.defaultStrategy());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "foo:1; unknown strategy 'foo'",
        "static:abc; 'abc' is not a number",
        "static:; static needs a value, as in static:0.35",
        "static; static needs a value",
        "pct:150; percentile must be between 0 and 100",
        "pct:0; percentile must be between 0 and 100",
        "rate:3; rate must be a fraction between 0 and 1",
        "rate:-0.1; rate must be a fraction",
        "pot:2; POT risk q must be a probability",
        "pot:1e-4@0.2; POT initial level must be between 0.5 and 1",
        "bestf1:2; bestf1 takes no value",
        "static:NaN; 'nan' is not a number",
        "sigma:Infinity; 'infinity' is not a number",
    })
    void badSpecsSayWhatIsWrong(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdSpecs.parse(spec));
        assertTrue(e.getMessage().startsWith("threshold spec '" + spec.trim() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void emptySpecListsTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdSpecs.parse(" "));
        assertTrue(e.getMessage().contains(ThresholdSpecs.FORMS), e.getMessage());
    }
}
