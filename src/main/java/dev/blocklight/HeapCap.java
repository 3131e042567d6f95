// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides whether {@code java -jar blocklight.jar} should restart itself with a bounded heap, and
 * builds that command. Without {@code -Xmx} the JVM takes a quarter of the machine's memory as its
 * limit (6 GB on a 24 GB machine) and G1 grows into it: the full-scale benchmark peaked at 5.6 GB
 * resident, against 2.0 GB with {@code -Xmx1g} (and 2.8 GB with {@code -Xmx1536m}). A running JVM
 * cannot lower its own limit, so when the user chose no heap size and the default is above
 * {@link #RESTART_ABOVE}, {@link Main} runs the same class path again with {@link #COMMAND_HEAP} for
 * a subcommand, or {@link #WORKBENCH_HEAP} for the workbench, which also holds the tables.
 * {@code BLOCKLIGHT_NO_RESTART=1} turns this off.
 */
final class HeapCap {
    /** The heap given to a restarted subcommand. */
    static final String COMMAND_HEAP = "-Xmx1g";
    /** The heap given to a restarted workbench; the installers' launchers pass the same. */
    static final String WORKBENCH_HEAP = "-Xmx1536m";
    /** Default heaps up to this size are kept (a machine with 8 GB or less). */
    static final long RESTART_ABOVE = 2L << 30;
    /** Set on the restarted JVM, so it never restarts again. */
    static final String RESTARTED = "blocklight.restarted";
    /** Environment variable that turns the restart off. */
    static final String OPT_OUT = "BLOCKLIGHT_NO_RESTART";
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM",
            "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction");
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private HeapCap() {
    }

    /**
     * The command that restarts this program with a bounded heap, or empty when it should run here:
     * the user chose a heap (on the command line or in an options variable), runs a debugger, opted out, already
     * restarted, the default heap is small, or the program was not started by {@code java} from a
     * class path (an installed app's own launcher passes its heap anyway).
     *
     * @param java the {@code java} executable of this process, if known
     * @param vmArgs this JVM's input arguments (asked for only when the other checks pass)
     * @param classPath {@code java.class.path}
     * @param maxHeap this JVM's maximum heap
     * @param workbench whether the arguments open the workbench rather than run a subcommand
     */
    static Optional<List<String>> restartCommand(Optional<String> java, Supplier<List<String>> vmArgs, String classPath,
            long maxHeap, Map<String, String> env, String restartedProperty, boolean workbench, String[] args) {
        if (java.isEmpty() || !isJava(java.get()) || classPath == null || classPath.isBlank() || maxHeap <= RESTART_ABOVE
                || restartedProperty != null || env.get(OPT_OUT) != null
                || OPTION_VARIABLES.stream().map(env::get).anyMatch(v -> v != null && setsHeapIn(v))) {
            return Optional.empty();
        }
        List<String> given = vmArgs.get();
        if (given.stream().anyMatch(a -> setsHeap(a) || debugs(a))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(given);
        command.add(workbench ? WORKBENCH_HEAP : COMMAND_HEAP);
        command.add("-D" + RESTARTED + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Only a {@code java} launcher takes JVM options; a native app launcher (jpackage) would take them as arguments. */
    private static boolean isJava(String command) {
        String name = java.nio.file.Path.of(command).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe") || name.equals("javaw");
    }

    /**
     * Environment the restarted JVM gets in addition to this one's: on Linux {@code MALLOC_ARENA_MAX=2}
     * unless set, as the installed launcher does. glibc reads it only when a process starts, so the
     * restart is the one chance to apply it; it keeps the native heap from spreading over one arena
     * per thread (see the README's soak figures).
     */
    static Map<String, String> childEnvironment(String osName, Map<String, String> env) {
        if (osName.toLowerCase(java.util.Locale.ROOT).contains("linux") && env.get("MALLOC_ARENA_MAX") == null) {
            return Map.of("MALLOC_ARENA_MAX", "2");
        }
        return Map.of();
    }

    /** A debugger agent: the child would try to open the same debug port, and the debugger would see only the parent. */
    private static boolean debugs(String vmArg) {
        return vmArg.startsWith("-agentlib:jdwp") || vmArg.startsWith("-Xrunjdwp") || vmArg.equals("-Xdebug");
    }

    private static boolean setsHeap(String vmArg) {
        return HEAP_OPTIONS.stream().anyMatch(vmArg::startsWith);
    }

    private static boolean setsHeapIn(String options) {
        for (String option : options.trim().split("\\s+")) {
            if (setsHeap(option)) {
                return true;
            }
        }
        return false;
    }
}
