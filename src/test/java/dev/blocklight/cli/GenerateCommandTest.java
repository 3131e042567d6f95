// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blocklight generate}: the files it writes, its summary, and one-line errors. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BlocklightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesTheLogLabelsAndTruthAndPrintsOneSummaryLine() throws IOException {
        Path log = dir.resolve("gen.log");
        Path labels = dir.resolve("labels.csv");
        Path truth = dir.resolve("truth.txt");
        Result r = run("generate", "--lines", "5000", "--out", log.toString(), "--labels", labels.toString(),
                "--truth", truth.toString(), "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().matches("Generated 5,000 lines, [\\d,]+ blocks \\([\\d,]+ anomalous\\), [\\d.]+ MB in [\\d.]+ s.*\\s*"),
                r.out());
        assertEquals(5000, Files.readAllLines(log).size());
        assertEquals(5000, Files.readAllLines(truth).size());
        List<String> labelRows = Files.readAllLines(labels);
        assertEquals("BlockId,Label", labelRows.get(0));
        assertTrue(r.out().contains(String.format("%,d blocks", labelRows.size() - 1)), r.out());
        assertEquals(List.of(log, labels, truth).stream().sorted().toList(), files(), "no temporary files left");
    }

    @Test
    void sameSeedSameLogAndGzipHoldsTheSameLines() throws IOException {
        Path a = dir.resolve("a.log");
        Path b = dir.resolve("b.log.gz");
        assertEquals(0, run("generate", "--lines", "3000", "--seed", "9", "--anomaly-rate", "0.1",
                "--out", a.toString()).code());
        assertEquals(0, run("generate", "--lines", "3000", "--seed", "9", "--anomaly-rate", "0.1", "--gzip",
                "--out", b.toString()).code());
        byte[] plain = Files.readAllBytes(a);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(b))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void zeroLinesIsOneLineErrorAndNoFile() throws IOException {
        Result r = run("generate", "--lines", "0", "--out", dir.resolve("x.log").toString());
        assertEquals(OneLineErrors.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("blocklight generate: error: ") && r.err().contains("at least 1"), r.err());
        assertEquals(List.of(), files());
    }

    @Test
    void unwritablePlaceIsOneLineErrorAndLeavesNoHalfFiles() throws IOException {
        Path log = dir.resolve("ok.log");
        Result r = run("generate", "--lines", "100", "--out", log.toString(), "--labels",
                dir.resolve("missing/folder/labels.csv").toString());
        assertEquals(OneLineErrors.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("folder does not exist"), r.err());
        assertFalse(Files.exists(log), "the log is not committed when another output fails");
        assertEquals(List.of(), files());
    }

    @Test
    void badRateAndNonNumbersAreOneLineErrors() {
        Result rate = run("generate", "--lines", "10", "--anomaly-rate", "1.5", "--out", dir.resolve("r.log").toString());
        assertEquals(OneLineErrors.BAD_INPUT, rate.code());
        assertTrue(rate.err().contains("anomaly rate"), rate.err());
        assertEquals(1, rate.err().lines().count());
        Result word = run("generate", "--lines", "many", "--out", dir.resolve("w.log").toString());
        assertEquals(OneLineErrors.BAD_USAGE, word.code());
        assertEquals(1, word.err().lines().count(), word.err());
        Result missing = run("generate", "--lines", "10");
        assertEquals(OneLineErrors.BAD_USAGE, missing.code());
        assertTrue(missing.err().contains("--out"), missing.err());
    }
}
