// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An in-memory generator run and the facts the tests read from its text (not from its internals). */
final class Generated {
    static final Pattern BLOCK = Pattern.compile("blk_-?\\d+");
    /** The HDFS_v1 line layout, as in Loghub's format string. */
    static final Pattern LINE = Pattern.compile("(\\d{6}) (\\d{6}) (\\d+) (INFO|WARN|ERROR) ([\\w.$]+): (.*)");

    final GenerationSummary summary;
    final byte[] log;
    final String labels;
    final String truth;

    private Generated(GenerationSummary summary, byte[] log, String labels, String truth) {
        this.summary = summary;
        this.log = log;
        this.labels = labels;
        this.truth = truth;
    }

    static Generated run(long lines, long seed, double rate) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StringWriter labels = new StringWriter();
        StringWriter truth = new StringWriter();
        try {
            GenerationSummary s = new HdfsLogGenerator(new GeneratorConfig(lines, seed, rate))
                    .generate(log, labels, truth, ProgressListener.NONE, Cancellation.NEVER);
            return new Generated(s, log.toByteArray(), labels.toString(), truth.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines() {
        String text = new String(log, StandardCharsets.US_ASCII);
        return List.of(text.split("\n", -1)).subList(0, (int) text.chars().filter(c -> c == '\n').count());
    }

    List<String> truthIds() {
        return List.of(truth.split("\n"));
    }

    /** Label rows in file order: block id to Normal/Anomaly. */
    Map<String, String> labelRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        String[] lines = labels.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            rows.put(cells[0], cells[1]);
        }
        return rows;
    }

    /** For each block in order of first appearance, the indexes of the lines that name it. */
    Map<String, List<Integer>> linesByBlock() {
        Map<String, List<Integer>> byBlock = new LinkedHashMap<>();
        List<String> all = lines();
        for (int i = 0; i < all.size(); i++) {
            Matcher m = BLOCK.matcher(all.get(i));
            List<String> seen = new ArrayList<>();
            while (m.find()) {
                if (!seen.contains(m.group())) {
                    seen.add(m.group());
                    byBlock.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        return byBlock;
    }
}
