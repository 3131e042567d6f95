// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks generated lines against the real HDFS_v1 data, read in place from the shared folder: every
 * content matches the published Loghub template of its true event id and no other, and every event
 * that occurs in the real sample files has the same level and component as there.
 */
class RealShapeTest {
    /** Many anomalies, so that the rare events occur too. */
    private static final Generated RUN = Generated.run(60_000, 5, 0.4);

    /** Loghub's HDFS_templates.csv (E1-E30, {@code <*>} wildcards) as anchored regexes. */
    private static Map<String, Pattern> templates() throws IOException {
        Map<String, Pattern> out = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(SharedData.require("HDFS_templates.csv"));
        for (String row : rows.subList(1, rows.size())) {
            int comma = row.indexOf(',');
            String[] parts = row.substring(comma + 1).strip().split("<\\*>", -1);
            List<String> quoted = new ArrayList<>();
            for (String p : parts) {
                quoted.add(Pattern.quote(p));
            }
            out.put(row.substring(0, comma), Pattern.compile(String.join(".*?", quoted)));
        }
        return out;
    }

    private static List<String> matching(Map<String, Pattern> templates, String content) {
        List<String> ids = new ArrayList<>();
        templates.forEach((id, p) -> {
            if (p.matcher(content).matches()) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Test
    void everyContentMatchesExactlyTheTemplateOfItsTrueEvent() throws IOException {
        Map<String, Pattern> templates = templates();
        assertEquals(30, templates.size());
        List<String> lines = RUN.lines();
        List<String> truth = RUN.truthIds();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = Generated.LINE.matcher(lines.get(i));
            assertTrue(m.matches(), lines.get(i));
            assertEquals(List.of(truth.get(i)), matching(templates, m.group(6)), lines.get(i));
            seen.add(truth.get(i));
        }
        assertEquals(30, seen.size(), "all 30 events occur: " + seen);
    }

    @Test
    void levelsAndComponentsAreThoseOfTheRealLog() throws IOException {
        Map<String, Pattern> templates = templates();
        Map<String, Set<String>> real = new HashMap<>();
        for (String file : List.of("HDFS_2k.log", "HDFS_AD_110blocks.log", "HDFS_head20k_part1.log")) {
            Path p = SharedData.require(file);
            for (String line : Files.readAllLines(p)) {
                Matcher m = Generated.LINE.matcher(line);
                List<String> ids = m.matches() ? matching(templates, m.group(6)) : List.of();
                if (ids.size() == 1) {
                    real.computeIfAbsent(ids.get(0), k -> new TreeSet<>()).add(m.group(4) + " " + m.group(5));
                }
            }
        }
        assertTrue(real.size() >= 15, "real sample covers " + real.keySet());
        List<String> lines = RUN.lines();
        List<String> truth = RUN.truthIds();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            Set<String> expected = real.get(truth.get(i));
            if (expected != null) {
                Matcher m = Generated.LINE.matcher(lines.get(i));
                assertTrue(m.matches() && expected.contains(m.group(4) + " " + m.group(5)),
                        lines.get(i) + " should have one of " + expected);
                checked++;
            }
        }
        assertTrue(checked > 0.95 * lines.size(), "checked " + checked);
    }
}
