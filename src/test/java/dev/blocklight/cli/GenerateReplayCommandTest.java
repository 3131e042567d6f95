// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.session.LabelReader;
import dev.blocklight.testing.ReplayedLogs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blocklight generate --replay}: the files beside the log, gzip, --help, and errors that leave no files. */
class GenerateReplayCommandTest {
    private static final String SEQUENCES = "Label,NumEvents,EventSequence,Source\n"
            + "Normal,13,E22 E5 E5 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26,t\n"
            + "Normal,19,E5 E5 E22 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26 E23 E23 E23 E21 E21 E21,t\n"
            + "Anomaly,4,E5 E22 E5 E7,t\n"
            + "Anomaly,4,E22 E5 E5 E7,t\n";

    @TempDir
    Path dir;

    private Path sequences() throws IOException {
        return Files.writeString(dir.resolve("seq.csv"), SEQUENCES);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesTheLogWithLabelsAndTruthBesideItThatParseBack() throws IOException {
        Path seq = sequences();
        Path log = dir.resolve("replay.log");
        CliRun r = CliRun.of("generate", "--replay", seq.toString(), "--blocks", "300", "--anomaly-share", "0.1",
                "--seed", "4", "--out", log.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("Replayed 300 blocks (30 anomalous, half all) from 4 sequences: "), r.out());
        Path labels = dir.resolve("replay_anomaly_label.csv");
        Path truth = dir.resolve("replay_truth.txt");
        assertEquals(labels, LabelReader.besideLog(log), "where the workbench and the CLI look for labels");
        assertEquals(Stream.of(seq, log, labels, truth).sorted().toList(), files(), "no temporary files left");
        Map<String, List<Integer>> byBlock = ReplayedLogs.truthByBlock(log, truth);
        assertEquals(byBlock, ReplayedLogs.parse(log, byBlock).sequences());
        Map<String, String> rows = ReplayedLogs.labels(labels);
        assertEquals(300, rows.size());
        assertEquals(30, rows.values().stream().filter("Anomaly"::equals).count());
        assertEquals(30, LabelReader.read(labels).anomalies());
    }

    @Test
    void gzipAndExplicitFilesGiveTheSameBytesForTheSameSeed() throws IOException {
        Path seq = sequences();
        Path plain = dir.resolve("a.log");
        Path zipped = dir.resolve("b.log.gz");
        assertEquals(0, CliRun.of("generate", "--replay", seq.toString(), "--blocks", "200", "--half", "tune",
                "--out", plain.toString()).exitCode());
        Path labels = dir.resolve("own-labels.csv");
        CliRun r = CliRun.of("generate", "--replay", seq.toString(), "--blocks", "200", "--half", "tune", "--gzip",
                "--labels", labels.toString(), "--truth", dir.resolve("own-truth.txt").toString(),
                "--out", zipped.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("half tune"), r.out());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(zipped))) {
            assertArrayEquals(Files.readAllBytes(plain), in.readAllBytes());
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a_anomaly_label.csv")), Files.readAllBytes(labels));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a_truth.txt")),
                Files.readAllBytes(dir.resolve("own-truth.txt")));
        assertTrue(Files.notExists(dir.resolve("b_anomaly_label.csv")), "named files replace the ones beside the log");
    }

    @Test
    void helpDescribesTheReplayOptionsAndLinesIsNotRequiredWithReplay() {
        CliRun help = CliRun.of("generate", "--help");
        assertEquals(0, help.exitCode());
        for (String s : new String[] {"--replay", "--blocks", "--anomaly-share", "--half", "--replay-label",
            "X_anomaly_label.csv", "X_truth.txt", "abnormal", "not with --replay", "0.0293"}) {
            assertTrue(help.out().contains(s), s + " in: " + help.out());
        }
    }

    @Test
    void badSequenceFileIsOneLineErrorNamingTheLineAndLeavesNoFiles() throws IOException {
        Path seq = Files.writeString(dir.resolve("bad.csv"), SEQUENCES + "Normal,2,E5 E44,t\n");
        CliRun r = CliRun.of("generate", "--replay", seq.toString(), "--out", dir.resolve("x.log").toString());
        assertEquals(OneLineErrors.BAD_INPUT, r.exitCode());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains(seq + ": line 6: unknown event id 'E44'"), r.err());
        assertEquals(List.of(seq), files());
    }

    @Test
    void missingAnomaliesOfTheHalfIsOneLineErrorAndLeavesNoFiles() throws IOException {
        Path seq = sequences(); // both anomalous rows are in the tune half
        CliRun r = CliRun.of("generate", "--replay", seq.toString(), "--half", "held-out", "--out",
                dir.resolve("x.log").toString());
        assertEquals(OneLineErrors.BAD_INPUT, r.exitCode());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains(seq + ": no anomalous sequences in the held-out half"), r.err());
        assertEquals(List.of(seq), files());
        CliRun none = CliRun.of("generate", "--replay", seq.toString(), "--half", "held-out", "--anomaly-share", "0",
                "--blocks", "10", "--out", dir.resolve("ok.log").toString());
        assertEquals(0, none.exitCode(), none.err());
        Path normalOnly = Files.writeString(dir.resolve("hdfs_test_abnormal"), "5 22 7\n");
        CliRun noNormal = CliRun.of("generate", "--replay", normalOnly.toString(), "--out",
                dir.resolve("y.log").toString());
        assertEquals(OneLineErrors.BAD_INPUT, noNormal.exitCode());
        assertTrue(noNormal.err().contains("no normal sequences"), noNormal.err());
        assertEquals(0, CliRun.of("generate", "--replay", normalOnly.toString(), "--replay-label", "normal",
                "--anomaly-share", "0", "--blocks", "5", "--out", dir.resolve("z.log").toString()).exitCode());
    }

    @Test
    void misusedOptionsAreOneLineUsageErrors() throws IOException {
        Path seq = sequences();
        String out = dir.resolve("x.log").toString();
        for (String[] args : new String[][] {
            {"generate", "--replay", seq.toString(), "--lines", "100", "--out", out},
            {"generate", "--replay", seq.toString(), "--anomaly-rate", "0.1", "--out", out},
            {"generate", "--lines", "100", "--blocks", "10", "--out", out},
            {"generate", "--out", out},
            {"generate", "--replay", seq.toString(), "--half", "middle", "--out", out},
            {"generate", "--replay", seq.toString(), "--replay-label", "maybe", "--out", out}}) {
            CliRun r = CliRun.of(args);
            assertEquals(OneLineErrors.BAD_USAGE, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneLineError(), r.err());
        }
        CliRun share = CliRun.of("generate", "--replay", seq.toString(), "--anomaly-share", "2", "--out", out);
        assertEquals(OneLineErrors.BAD_INPUT, share.exitCode());
        assertTrue(share.err().contains("anomaly share"), share.err());
        assertEquals(List.of(seq), files());
    }
}
