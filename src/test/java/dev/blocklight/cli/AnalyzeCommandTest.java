// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} end to end on small generated logs. Every check recomputes what a file should
 * hold from the inputs (the log's lines and block ids, the label file) or from another output file,
 * never from the code under test.
 */
class AnalyzeCommandTest {
    private static final Pattern BLOCK = Pattern.compile("blk_-?\\d+");
    @TempDir
    static Path dir;
    static Path log;
    static Path labels;
    static Path trained;
    static CliRun run;

    @BeforeAll
    static void analyzeOnce() {
        log = dir.resolve("week1.log");
        labels = dir.resolve("week1_anomaly_label.csv"); // beside the log: analyze finds it by itself
        CliRun gen = CliRun.of("generate", "--lines", "30000", "--seed", "5", "--out", log.toString(), "--labels",
                labels.toString());
        assertEquals(0, gen.exitCode(), gen.err());
        trained = dir.resolve("out");
        run = CliRun.of("analyze", log.toString(), "--out", trained.toString(), "--epochs", "2");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void writesTheFiveFilesAndReportsProgressAndASummary() throws IOException {
        try (Stream<Path> files = Files.list(trained)) {
            assertEquals(Set.of("scores.csv", "flagged.csv", "templates.csv", "model.zip", "summary.json"),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "exactly the five files, no staging folder left");
        }
        assertTrue(run.err().contains("epoch 1/2") && run.err().contains("epoch 2/2"), run.err());
        assertTrue(run.out().contains("F1 "), run.out());
        assertTrue(run.out().contains("Wrote " + trained), run.out());
    }

    @Test
    void scoresHoldOneRowPerBlockOfTheLogAndFlaggedExactlyThoseAboveTheThreshold() throws IOException {
        List<CSVRecord> scores = csv(trained.resolve("scores.csv"), "BlockId", "Score", "EventCount", "Threshold",
                "Label");
        Map<String, Integer> linesPerBlock = linesPerBlock(log);
        Map<String, Integer> rowCounts = new HashMap<>();
        for (CSVRecord r : scores) {
            rowCounts.merge(r.get("BlockId"), 1, Integer::sum);
            assertEquals(linesPerBlock.get(r.get("BlockId")), Integer.valueOf(r.get("EventCount")), r.toString());
        }
        assertEquals(linesPerBlock.keySet(), rowCounts.keySet(), "every block of the log, and only those");
        assertTrue(rowCounts.values().stream().allMatch(n -> n == 1), "one row per block");

        double threshold = Double.parseDouble(scores.get(0).get("Threshold"));
        assertTrue(scores.stream().allMatch(r -> Double.parseDouble(r.get("Threshold")) == threshold));
        Set<String> above = new TreeSet<>();
        for (CSVRecord r : scores) {
            if (Float.parseFloat(r.get("Score")) > threshold) {
                above.add(r.get("BlockId"));
            }
        }
        List<CSVRecord> flagged = csv(trained.resolve("flagged.csv"), "BlockId", "Score", "Threshold", "Severity",
                "Rank", "EventCount", "EventSequence", "TopEvents", "ScoreParts", "FirstSeen", "LastSeen", "Label");
        assertFalse(above.isEmpty(), "the generated log has anomalies above the threshold");
        assertEquals(above, new TreeSet<>(flagged.stream().map(r -> r.get("BlockId")).toList()));
        assertEquals(above.size(), flagged.size());
        for (int i = 1; i < flagged.size(); i++) {
            assertTrue(Float.parseFloat(flagged.get(i - 1).get("Score")) >= Float.parseFloat(flagged.get(i).get("Score")),
                    "highest score first");
        }
        Map<String, String> truth = labels(labels);
        for (CSVRecord r : scores) {
            assertEquals(truth.get(r.get("BlockId")), r.get("Label"), "the label column comes from the label file");
        }
    }

    @Test
    void templatesCountEveryLineOfTheLog() throws IOException {
        List<CSVRecord> templates = csv(trained.resolve("templates.csv"), "EventId", "EventTemplate", "Occurrences");
        long occurrences = templates.stream().mapToLong(r -> Long.parseLong(r.get("Occurrences"))).sum();
        assertEquals(Files.readAllLines(log).size(), occurrences, "each line is one event of one template");
        assertEquals(templates.size(), new HashSet<>(templates.stream().map(r -> r.get("EventId")).toList()).size());
    }

    @Test
    void theSummaryMatchesTheFilesAndItsF1IsTheOneTheScoresAndLabelsGive() throws IOException {
        JsonNode s = new ObjectMapper().readTree(trained.resolve("summary.json").toFile());
        List<CSVRecord> scores = csv(trained.resolve("scores.csv"), "BlockId", "Score", "EventCount", "Threshold",
                "Label");
        assertEquals(log.toAbsolutePath().normalize().toString(), s.get("input").asText());
        assertEquals(Files.readAllLines(log).size(), s.get("lines").asLong());
        assertEquals(scores.size(), s.get("blocks").asInt());
        assertEquals(csv(trained.resolve("templates.csv"), "EventId", "EventTemplate", "Occurrences").size(),
                s.get("templates").asInt());
        assertEquals(csv(trained.resolve("flagged.csv")).size(), s.get("flagged").asInt());
        double threshold = Double.parseDouble(scores.get(0).get("Threshold"));
        assertEquals(threshold, s.get("threshold").get("value").asDouble());
        assertEquals("max", s.get("threshold").get("spec").asText(), "the default with labels");
        assertFalse(s.get("threshold").get("rationale").asText().isEmpty());
        assertTrue(s.get("distinctSequences").asInt() > 0 && s.get("distinctSequences").asInt() <= scores.size());

        JsonNode l = s.get("labels");
        assertEquals(labels.toAbsolutePath().normalize().toString(), l.get("file").asText());
        assertEquals("beside the log", l.get("source").asText());
        Map<String, String> truth = labels(labels);
        assertEquals(truth.size(), l.get("labelledBlocks").asLong());
        assertEquals(truth.values().stream().filter("Anomaly"::equals).count(), l.get("anomalies").asLong());

        JsonNode m = s.get("model");
        assertTrue(m.get("trainedHere").asBoolean());
        assertEquals(trained.resolve("model.zip").toAbsolutePath().normalize().toString(), m.get("file").asText());
        assertEquals("normal blocks", m.get("trainedOn").asText());
        assertEquals(truth.values().stream().filter("Normal"::equals).count(),
                m.get("trainingBlocks").asLong() + m.get("validationBlocks").asLong(), "trained on the normal blocks");

        assertQualityIsRecomputedFromTheFiles(trained, labels);

        JsonNode t = s.get("seconds");
        double stages = t.get("parse").asDouble() + t.get("train").asDouble() + t.get("score").asDouble()
                + t.get("export").asDouble();
        assertTrue(t.get("train").asDouble() > 0 && t.get("total").asDouble() >= stages, t.toString());
        assertTrue(t.get("load").isNull(), "no model was loaded");
    }

    @Test
    void aSavedModelIsReusedWithItsOwnThresholdAndNoModelFileIsWritten() throws IOException {
        Path other = dir.resolve("week2.log"); // no label file beside it
        assertEquals(0, CliRun.of("generate", "--lines", "20000", "--seed", "77", "--out", other.toString())
                .exitCode());
        Path out = dir.resolve("reused");
        CliRun reuse = CliRun.of("analyze", other.toString(), "--model", trained.resolve("model.zip").toString(),
                "--out", out.toString());
        assertEquals(0, reuse.exitCode(), reuse.err());
        assertFalse(Files.exists(out.resolve("model.zip")), "nothing was trained here");
        assertFalse(reuse.err().contains("epoch"), reuse.err());
        JsonNode first = new ObjectMapper().readTree(trained.resolve("summary.json").toFile());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(first.get("threshold").get("value").asDouble(), s.get("threshold").get("value").asDouble(),
                "the model's own threshold");
        assertEquals("model", s.get("threshold").get("spec").asText());
        assertFalse(s.get("model").get("trainedHere").asBoolean());
        assertEquals(trained.resolve("model.zip").toAbsolutePath().normalize().toString(),
                s.get("model").get("file").asText());
        assertTrue(s.get("labels").isNull() && s.get("quality").isNull(), "no labels beside week2.log");
        assertTrue(s.get("seconds").get("train").isNull() && s.get("seconds").get("load").asDouble() > 0);
        List<CSVRecord> scores = csv(out.resolve("scores.csv"));
        assertEquals(linesPerBlock(other).keySet(), new HashSet<>(scores.stream().map(r -> r.get("BlockId")).toList()));
        double t = first.get("threshold").get("value").asDouble();
        assertEquals(scores.stream().filter(r -> Float.parseFloat(r.get("Score")) > t).count(), s.get("flagged").asLong());
        // the model's templates: week2's events carry week1's ids
        Map<String, String> ids = new HashMap<>();
        csv(trained.resolve("templates.csv")).forEach(r -> ids.put(r.get("EventTemplate"), r.get("EventId")));
        for (CSVRecord r : csv(out.resolve("templates.csv"))) {
            if (ids.containsKey(r.get("EventTemplate"))) {
                assertEquals(ids.get(r.get("EventTemplate")), r.get("EventId"), r.toString());
            }
        }
    }

    @Test
    void lastWeeksModelOnThisWeeksLabelledLogGivesTheF1OfItsScores() throws IOException {
        Path other = dir.resolve("week3.log");
        Path otherLabels = dir.resolve("week3-labels.csv"); // not beside the log: named with --labels
        assertEquals(0, CliRun.of("generate", "--lines", "20000", "--seed", "78", "--out", other.toString(),
                "--labels", otherLabels.toString()).exitCode());
        Path out = dir.resolve("week3-out");
        CliRun r = CliRun.of("analyze", other.toString(), "--model", trained.resolve("model.zip").toString(),
                "--labels", otherLabels.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("--labels", s.get("labels").get("source").asText());
        JsonNode q = s.get("quality");
        assertTrue(q.get("falsePositives").asLong() + q.get("falseNegatives").asLong() > 0,
                "a two-epoch model on another log is not perfect, so precision, recall and F1 differ: " + q);
        double f1 = assertQualityIsRecomputedFromTheFiles(out, otherLabels);
        assertTrue(f1 > 0 && f1 < 1, "F1 " + f1);
    }

    @Test
    void withoutLabelsTheDefaultIsGapAndThereIsNoQuality() throws IOException {
        Path out = dir.resolve("nolabels");
        CliRun r = CliRun.of("analyze", log.toString(), "--out", out.toString(), "--epochs", "1", "--no-labels");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("gap", s.get("threshold").get("spec").asText());
        assertEquals("all blocks", s.get("model").get("trainedOn").asText());
        assertTrue(s.get("labels").isNull() && s.get("quality").isNull());
        assertEquals("", csv(out.resolve("scores.csv")).get(0).get("Label"));
    }

    @Test
    void aThresholdSpecOverridesTheDefaultAndIsKeptInTheModel() throws IOException {
        Path out = dir.resolve("rate");
        CliRun r = CliRun.of("analyze", log.toString(), "--out", out.toString(), "--epochs", "1", "--threshold",
                "rate:0.1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("rate:0.1", s.get("threshold").get("spec").asText());
        long blocks = csv(out.resolve("scores.csv")).size();
        assertEquals(0.10, s.get("flagged").asDouble() / blocks, 0.01, "about a tenth of the blocks");
        Path again = dir.resolve("rate-again");
        CliRun reuse = CliRun.of("analyze", log.toString(), "--model", out.resolve("model.zip").toString(), "--out",
                again.toString());
        assertEquals(0, reuse.exitCode(), reuse.err());
        JsonNode s2 = new ObjectMapper().readTree(again.resolve("summary.json").toFile());
        assertEquals(s.get("threshold").get("value").asDouble(), s2.get("threshold").get("value").asDouble());
        assertEquals(s.get("flagged").asLong(), s2.get("flagged").asLong(), "the same model scores the same log alike");
    }

    @Test
    void badInputIsOneLineAndLeavesNoFolder() throws IOException {
        Path empty = dir.resolve("empty.log");
        Files.createFile(empty);
        Path binary = dir.resolve("binary.log");
        Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, 7, 0});
        Path foreign = dir.resolve("foreign_labels.csv");
        Files.writeString(foreign, "BlockId,Label\nblk_1,Anomaly\nblk_2,Normal\n");
        Path notAModel = dir.resolve("not-a-model.zip");
        Files.writeString(notAModel, "PK not really");
        List<String[]> bad = List.of(
                new String[] {empty.toString()},
                new String[] {binary.toString()},
                new String[] {dir.resolve("missing.log").toString()},
                new String[] {log.toString(), "--labels", foreign.toString()},
                new String[] {log.toString(), "--labels", dir.resolve("missing.csv").toString()},
                new String[] {log.toString(), "--model", notAModel.toString()},
                new String[] {log.toString(), "--threshold", "pct:150"});
        for (String[] args : bad) {
            Path out = dir.resolve("bad-" + Math.abs(String.join(" ", args).hashCode()));
            List<String> argv = new ArrayList<>(List.of("analyze"));
            argv.addAll(List.of(args));
            argv.addAll(List.of("--out", out.toString()));
            if (!argv.contains("--model")) {
                argv.addAll(List.of("--epochs", "1"));
            }
            CliRun r = CliRun.of(argv.toArray(String[]::new));
            assertEquals(1, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneLineError(), r.err());
            assertFalse(Files.exists(out), "no output folder after: " + String.join(" ", args));
        }
        Path file = dir.resolve("a-file");
        Files.writeString(file, "keep me");
        CliRun r = CliRun.of("analyze", log.toString(), "--out", file.toString());
        assertEquals(1, r.exitCode());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void contradictoryOptionsAreBadUsage() {
        Path out = dir.resolve("usage");
        CliRun withEpochs = CliRun.of("analyze", log.toString(), "--out", out.toString(), "--model",
                trained.resolve("model.zip").toString(), "--epochs", "3");
        assertEquals(2, withEpochs.exitCode(), withEpochs.err());
        assertTrue(withEpochs.oneLineError(), withEpochs.err());
        CliRun both = CliRun.of("analyze", log.toString(), "--out", out.toString(), "--labels", labels.toString(),
                "--no-labels");
        assertEquals(2, both.exitCode(), both.err());
        assertEquals(2, CliRun.of("analyze", log.toString()).exitCode(), "--out is required");
        CliRun bestF1 = CliRun.of("analyze", log.toString(), "--out", out.toString(), "--no-labels", "--threshold",
                "bestf1");
        assertEquals(2, bestF1.exitCode(), "refused before any work: " + bestF1.err());
        assertTrue(bestF1.oneLineError(), bestF1.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpNamesTheOutputs() {
        CliRun help = CliRun.of("analyze", "--help");
        assertEquals(0, help.exitCode());
        for (String s : List.of("Usage: blocklight analyze", "--out", "--model", "--labels", "--threshold", "--epochs",
                "--seed", "--model-threads", "--format", "summary.json", "flagged.csv")) {
            assertTrue(help.out().contains(s), s + " in " + help.out());
        }
        assertTrue(CliRun.of("--help").out().contains("analyze"), "listed among the subcommands");
    }

    /**
     * The summary's quality equals what scores.csv and the label file give, recomputed here; returns
     * the summary's F1.
     */
    static double assertQualityIsRecomputedFromTheFiles(Path out, Path labelFile) throws IOException {
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        List<CSVRecord> scores = csv(out.resolve("scores.csv"));
        double threshold = Double.parseDouble(scores.get(0).get("Threshold"));
        Map<String, String> truth = labels(labelFile);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        List<float[]> ranked = new ArrayList<>();
        for (CSVRecord r : scores) {
            boolean anomaly = truth.get(r.get("BlockId")).equals("Anomaly");
            boolean flag = Float.parseFloat(r.get("Score")) > threshold;
            tp += anomaly && flag ? 1 : 0;
            fp += !anomaly && flag ? 1 : 0;
            fn += anomaly && !flag ? 1 : 0;
            ranked.add(new float[] {Float.parseFloat(r.get("Score")), anomaly ? 1 : 0});
        }
        JsonNode q = s.get("quality");
        assertEquals(tp + fn, q.get("anomalies").asLong());
        assertEquals(tp, q.get("truePositives").asLong());
        assertEquals(fp, q.get("falsePositives").asLong());
        assertEquals(fn, q.get("falseNegatives").asLong());
        assertEquals((double) tp / (tp + fp), q.get("precision").asDouble(), 1e-12);
        assertEquals((double) tp / (tp + fn), q.get("recall").asDouble(), 1e-12);
        assertEquals(2.0 * tp / (2 * tp + fp + fn), q.get("f1").asDouble(), 1e-12);
        assertEquals(averagePrecision(ranked), q.get("prAuc").asDouble(), 1e-9);

        return q.get("f1").asDouble();
    }

    /** Average precision with each group of tied scores entering as one step, from the top. */
    static double averagePrecision(List<float[]> ranked) {
        List<float[]> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparingDouble((float[] r) -> r[0]).reversed());
        long positives = sorted.stream().filter(r -> r[1] == 1).count();
        double ap = 0;
        long tp = 0;
        long seen = 0;
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            long groupTp = 0;
            while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
                groupTp += sorted.get(j)[1] == 1 ? 1 : 0;
                j++;
            }
            tp += groupTp;
            seen += j - i;
            ap += (double) groupTp / positives * ((double) tp / seen);
            i = j;
        }
        return ap;
    }

    /** Lines per block id, read straight from the log with a regex. */
    static Map<String, Integer> linesPerBlock(Path log) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            Set<String> inLine = new HashSet<>();
            Matcher m = BLOCK.matcher(line);
            while (m.find()) {
                inLine.add(m.group());
            }
            inLine.forEach(b -> out.merge(b, 1, Integer::sum));
        }
        return out;
    }

    static Map<String, String> labels(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        csv(file, "BlockId", "Label").forEach(r -> out.put(r.get("BlockId"), r.get("Label")));
        return out;
    }

    /** The rows of a CSV file; with {@code header} given, checks that the header is exactly that. */
    static List<CSVRecord> csv(Path file, String... header) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
                var p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            if (header.length > 0) {
                assertEquals(List.of(header), p.getHeaderNames(), file.getFileName().toString());
            }
            return p.getRecords();
        }
    }
}
