// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the tries of the fuzz properties. Each property states its tries for the everyday
 * {@code ./mvnw verify}; {@code -Pfuzz} sets {@code blocklight.fuzz.factor} to run many times more.
 * By default every run uses the fixed seed {@link #DEFAULT_SEED}, so a red build can be replayed;
 * {@code -Dblocklight.fuzz.seed=random} (set by {@code -Pfuzz}) draws a new seed each run, and
 * {@code -Dblocklight.fuzz.seed=N} replays the seed jqwik printed for a failure.
 */
public final class FuzzScale implements AroundPropertyHook {
    /** The seed of the everyday build. */
    public static final String DEFAULT_SEED = "20261125";

    /** The factor by which tries are multiplied (system property {@code blocklight.fuzz.factor}, default 1). */
    public static int factor() {
        String f = System.getProperty("blocklight.fuzz.factor", "1").strip();
        try {
            return Math.max(1, Integer.parseInt(f));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("blocklight.fuzz.factor must be a whole number, got '" + f + "'", e);
        }
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int tries = context.attributes().tries().orElse(100);
        if (tries > 1) { // an @Example runs once whatever the factor
            context.attributes().setTries(tries * factor());
        }
        String seed = System.getProperty("blocklight.fuzz.seed", DEFAULT_SEED).strip();
        if (!seed.equalsIgnoreCase("random") && !seed.isEmpty()) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }

    /** Applies to every property of the annotated class (and of its nested classes). */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Runs before jqwik's own hooks read the attributes. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
