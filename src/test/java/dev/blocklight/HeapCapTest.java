// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JVM restarts with a bounded heap only when the user chose none and the default is large. */
class HeapCapTest {
    static final long GB = 1L << 30;
    static final Optional<String> JAVA = Optional.of("/jdk/bin/java");
    static final String[] ARGS = {"train", "my log.txt", "--model", "m.zip"};

    @Test
    void restartsWithTheBoundedHeapAndTheSameArguments() {
        List<String> command = restart(List.of("-Dfoo=bar", "-javaagent:x.jar"), 6 * GB, Map.of(), null).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Dfoo=bar", "-javaagent:x.jar", "-Xmx1g",
                "-Dblocklight.restarted=true", "-cp", "app/blocklight.jar", "dev.blocklight.Main",
                "train", "my log.txt", "--model", "m.zip"), command);
        List<String> workbench = HeapCap.restartCommand(JAVA, List::of, "app/blocklight.jar", 6 * GB, Map.of(), null,
                true, new String[0]).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Xmx1536m", "-Dblocklight.restarted=true", "-cp", "app/blocklight.jar",
                "dev.blocklight.Main"), workbench, "the workbench gets more room for its tables");
    }

    @Test
    void keepsTheUsersHeapChoiceAndADebugger() {
        for (String option : List.of("-Xmx4g", "-XX:MaxHeapSize=4g", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=8g",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")) {
            assertTrue(restart(List.of(option), 6 * GB, Map.of(), null).isEmpty(), option);
        }
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertTrue(restart(List.of(), 6 * GB, Map.of(variable, "-Dx=1  -Xmx3g"), null).isEmpty(), variable);
            assertTrue(restart(List.of(), 6 * GB, Map.of(variable, "-Dx=1"), null).isPresent(), variable);
        }
    }

    @Test
    void runsHereWhenTheHeapIsSmallOrAfterARestartOrWhenTurnedOff() {
        assertTrue(restart(List.of(), 2 * GB, Map.of(), null).isEmpty(), "a 2 GB default heap is kept");
        assertTrue(restart(List.of(), 6 * GB, Map.of(), "true").isEmpty(), "never restarts twice");
        assertTrue(restart(List.of(), 6 * GB, Map.of(HeapCap.OPT_OUT, "1"), null).isEmpty(), "opt-out");
        assertTrue(HeapCap.restartCommand(Optional.empty(), List::of, "app/blocklight.jar", 6 * GB, Map.of(), null,
                false, ARGS).isEmpty(), "no java executable known");
        assertTrue(HeapCap.restartCommand(Optional.of("/opt/blocklight/bin/Blocklight"), List::of, "app/blocklight.jar",
                6 * GB, Map.of(), null, false, ARGS).isEmpty(), "an app launcher is not java");
        assertTrue(HeapCap.restartCommand(JAVA, List::of, "", 6 * GB, Map.of(), null, false, ARGS).isEmpty(),
                "no class path");
    }

    @Test
    void onLinuxTheChildGetsTheMallocArenaCapUnlessSet() {
        assertEquals(Map.of("MALLOC_ARENA_MAX", "2"), HeapCap.childEnvironment("Linux", Map.of()));
        assertEquals(Map.of(), HeapCap.childEnvironment("Linux", Map.of("MALLOC_ARENA_MAX", "8")), "the user's value stays");
        assertEquals(Map.of(), HeapCap.childEnvironment("Windows 11", Map.of()));
        assertEquals(Map.of(), HeapCap.childEnvironment("Mac OS X", Map.of()));
    }

    private static Optional<List<String>> restart(List<String> vmArgs, long maxHeap, Map<String, String> env,
            String restarted) {
        return HeapCap.restartCommand(JAVA, () -> vmArgs, "app/blocklight.jar", maxHeap, env, restarted, false, ARGS);
    }
}
