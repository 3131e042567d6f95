// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.FileKinds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code blocklight parse} on bad input files: a failure is one line on standard error, exit code 1,
 * and no output at all (not even the output folder); a log that parses in part says what it skipped.
 */
class ParseCommandFaultTest {
    static final String L1 = "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38 "
            + "terminating";
    static final String L2 = "081109 203616 143 INFO dfs.DataNode$DataXceiver: Receiving block blk_-1608999687919862906 "
            + "src: /10.250.19.102:54106 dest: /10.250.19.102:50010";

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs parse into a fresh output folder and checks the failure contract; returns the error line. */
    private String fails(Path log, String... more) {
        Path out = dir.resolve("out-" + log.getFileName());
        String[] args = Stream.concat(Stream.of("parse", log.toString(), "--out", out.toString()), Arrays.stream(more))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.oneLineError(), run.err());
        assertFalse(Files.exists(out), "a failed run leaves no output folder");
        return run.err().strip();
    }

    private CliRun succeeds(Path log, Path out, String... more) {
        String[] args = Stream.concat(Stream.of("parse", log.toString(), "--out", out.toString()), Arrays.stream(more))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no staging or temporary file left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return run;
    }

    @Test
    void anEmptyOrBlankLogIsAnError() throws IOException {
        assertTrue(fails(file("empty.log", "")).endsWith("empty.log holds no log lines (it is empty)"));
        assertTrue(fails(file("blank.log", "\n\n\r\n")).endsWith("blank.log holds no log lines (only blank lines)"));
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(5).nextBytes(noise);
        assertTrue(fails(file("noise.bin", noise)).contains("looks binary"));
        assertTrue(fails(file("nul.log", L1 + "\n\u0000\u0000\n" + L1 + "\n")).contains("a NUL byte at offset"));
    }

    @Test
    void aLogOfOtherLinesIsRefused() throws IOException {
        String json = "{\"level\":\"INFO\",\"msg\":\"hello\"}\n";
        String err = fails(file("app.jsonl", json.repeat(40)));
        assertTrue(err.contains("none of the 40 lines matches the log format"), err);
    }

    @Test
    void mixedFormatsParseAndReportWhatWasSkipped() throws IOException {
        Path log = file("mixed.log", L1 + "\njava.io.IOException: reset\n\tat a.B.c(B.java:1)\n" + L2 + "\n{\"x\":1}\n");
        Path out = dir.resolve("out");
        CliRun run = succeeds(log, out, "--structured");
        assertTrue(run.out().contains("Parsed 5 lines"), run.out());
        assertTrue(run.out().contains("Warning: 3 lines did not match the log format and were kept aside (first at line 2)"),
                run.out());
        assertEquals(3, Files.readAllLines(out.resolve("structured.csv")).size(), "header and the two parsed lines");
    }

    @Test
    void aTenMegabyteLineGoesThroughToStructuredCsv() throws IOException {
        String huge = "081109 203615 148 INFO comp: " + "x".repeat(10_000_000) + " blk_5";
        Path out = dir.resolve("out");
        succeeds(file("huge.log", L1 + "\n" + huge), out, "--structured");
        List<String> rows = Files.readAllLines(out.resolve("structured.csv"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(2).length() > 10_000_000);
        assertTrue(Files.readString(out.resolve("sessions.csv")).contains("blk_5,"));
    }

    @Test
    void brokenUtf8BecomesReplacementCharactersInValidUtf8Output() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((L1 + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("081109 203615 148 INFO comp: bad ".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xC3, '(', ' ', (byte) 0xFF, ' ', 'b', 'l', 'k', '_', '4', '\n'});
        Path out = dir.resolve("out");
        succeeds(file("utf8.log", b.toByteArray()), out, "--structured");
        byte[] csv = Files.readAllBytes(out.resolve("structured.csv"));
        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(csv)).toString();
        assertTrue(text.contains("bad \uFFFD( \uFFFD blk_4"), text);
    }

    @Test
    void aTruncatedGzipIsRefused() throws IOException {
        byte[] gz = FileKinds.gzip((L1 + "\n" + L2 + "\n").repeat(4000));
        String err = fails(file("cut.log.gz", Arrays.copyOf(gz, gz.length - 3)));
        assertTrue(err.contains("truncated gzip"), err);
    }

    @Test
    void aFolderOrAPipeIsRefusedWithoutBlocking() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("logs"));
        assertTrue(fails(folder).endsWith("is a folder, not a log file"));
        Path fifo = FileKinds.fifo(dir.resolve("pipe.log"));
        String err = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> fails(fifo));
        assertTrue(err.contains("not a regular file"), err);
        Path structuredFifo = FileKinds.fifo(dir.resolve("x_structured.csv"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> fails(structuredFifo));
    }

    /** Opening a named pipe blocks until someone writes to it: a pipe given as --templates hung the command. */
    @Test
    void aPipeOrFolderAsTemplatesIsRefusedWithoutBlocking() throws Exception {
        Path log = file("a.log", L1 + "\n");
        Path fifo = FileKinds.fifo(dir.resolve("templates.json"));
        String err = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> fails(log, "--templates", fifo.toString()));
        assertTrue(err.contains("not a regular file"), err);
        String folder = fails(log, "--templates", dir.toString());
        assertTrue(folder.endsWith("is a folder, not a template snapshot"), folder);
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedBeforeParsing() throws IOException {
        Path log = file("a.log", L1 + "\n");
        Path notAFolder = file("taken", "keep me");
        CliRun run = CliRun.of("parse", log.toString(), "--out", notAFolder.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains("is not a folder"), run.err());
        assertEquals("keep me", Files.readString(notAFolder));
    }

    /** A failed run into a folder from an earlier run leaves the earlier files exactly as they were. */
    @Test
    void aFailedRunLeavesAnEarlierRunsOutputsAlone() throws IOException {
        Path out = dir.resolve("out");
        succeeds(file("good.log", L1 + "\n" + L2 + "\n"), out);
        byte[] before = Files.readAllBytes(out.resolve("templates.csv"));
        CliRun run = CliRun.of("parse", file("bad.log", "").toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(Arrays.equals(before, Files.readAllBytes(out.resolve("templates.csv"))));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "templates.csv, sessions.csv, templates.json and nothing else");
        }
    }
}
