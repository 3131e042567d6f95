// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real program in a new JVM without a heap option, as {@code java -jar} does. On a
 * machine whose default heap is above 2 GB (more than 8 GB of memory) it restarts itself with the
 * bounded heap, and each JVM prints its flags: the command still works, its error still reaches the
 * user, and the exit code comes back from the child.
 */
class RestartedProcessTest {

    @Test
    void theRestartedProgramDoesTheJobAndPassesOnItsExitCode(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gen.log");
        Result ok = run(dir, "generate", "--lines", "500", "--out", log.toString());
        assertEquals(0, ok.code, ok.output);
        assertTrue(Files.size(log) > 10_000, "the log was written");
        assertTrue(ok.output.contains("Generated 500 lines"), ok.output);
        Matcher heap = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(ok.output);
        assertTrue(heap.find(), ok.output);
        if (Long.parseLong(heap.group(1)) > HeapCap.RESTART_ABOVE) {
            assertTrue(heap.find() && heap.group(1).equals(Long.toString(1L << 30)),
                    "restarted with -Xmx1g: " + ok.output);
        } else {
            System.out.println("RestartedProcessTest: default heap " + heap.group(1) + " bytes, no restart here");
        }

        Result bad = run(dir, "parse", dir.resolve("missing.log").toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, bad.code, bad.output);
        assertTrue(bad.output.contains("no such file"), bad.output);
    }

    @Test
    void theChildEndsWhenTheParentIsKilledOutright(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("small.log");
        assertEquals(0, run(dir, "generate", "--lines", "5000", "--out", log.toString()).code);
        // a long job that writes nothing until it ends
        Process parent = start(dir, "train", log.toString(), "--model", dir.resolve("m.zip").toString(), "--epochs", "100000");
        ProcessHandle child = null;
        try {
            for (int i = 0; i < 100 && child == null; i++) {
                child = parent.descendants().findFirst().orElse(null);
                Thread.sleep(100);
            }
            Assumptions.assumeTrue(child != null, "the default heap is small here: no restart, no child");
            Thread.sleep(1000); // the child is running the job
            assertTrue(child.isAlive());
            parent.destroyForcibly(); // SIGKILL: the parent's shutdown hook does not run
            child.onExit().get(20, TimeUnit.SECONDS);
            assertFalse(child.isAlive(), "the child ended with its parent");
        } finally {
            parent.destroyForcibly();
            if (child != null) {
                child.destroyForcibly();
            }
        }
    }

    private static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove(HeapCap.OPT_OUT);
        return builder.start();
    }

    private static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintCommandLineFlags", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove(HeapCap.OPT_OUT);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program ended");
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }
}
