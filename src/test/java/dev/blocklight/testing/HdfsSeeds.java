// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-shaped HDFS lines to mutate: a few lines of every event the generator writes (with a high
 * anomaly rate, so the rare failure events are there too), plus the real Loghub HDFS_2k lines when
 * the shared data folder is present (read in place, never copied).
 */
public final class HdfsSeeds {
    private static final int PER_EVENT = 6;
    private static List<String> lines;

    private HdfsSeeds() {
    }

    /** The seed lines, without line breaks; built once per test JVM. */
    public static synchronized List<String> lines() {
        if (lines == null) {
            List<String> all = new ArrayList<>(generated());
            Path real = SharedData.dir().resolve("HDFS_2k.log");
            if (Files.isRegularFile(real)) {
                try {
                    all.addAll(Files.readAllLines(real, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            lines = List.copyOf(all);
        }
        return lines;
    }

    /** Up to {@value #PER_EVENT} generated lines of each true event. */
    static List<String> generated() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StringWriter truth = new StringWriter();
        try {
            new HdfsLogGenerator(new GeneratorConfig(20_000, 77, 0.3)).generate(log, new StringWriter(), truth,
                    ProgressListener.NONE, Cancellation.NEVER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] text = log.toString(StandardCharsets.UTF_8).split("\n");
        String[] events = truth.toString().split("\n");
        Map<String, List<String>> byEvent = new LinkedHashMap<>();
        for (int i = 0; i < text.length; i++) {
            List<String> some = byEvent.computeIfAbsent(events[i], k -> new ArrayList<>());
            if (some.size() < PER_EVENT) {
                some.add(text[i]);
            }
        }
        List<String> out = new ArrayList<>();
        byEvent.values().forEach(out::addAll);
        return out;
    }
}
