// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code blocklight} command; its subcommands run the core engine headless. */
@Command(
        name = "blocklight",
        mixinStandardHelpOptions = true,
        version = "Blocklight 0.1.0",
        description = "Finds anomalous HDFS blocks in raw Hadoop logs.",
        subcommands = {AnalyzeCommand.class, GenerateCommand.class, ParseCommand.class, TrainCommand.class,
            ScoreCommand.class, EvaluateCommand.class, BenchCommand.class})
public final class BlocklightCommand {

    /**
     * Whether {@code args} ask for the workbench rather than a headless command: no argument, or
     * one argument that names an existing file and not a subcommand (a log to open).
     */
    public static boolean wantsWorkbench(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length > 1 || args[0].startsWith("-")) {
            return false;
        }
        return !new CommandLine(new BlocklightCommand()).getSubcommands().containsKey(args[0])
                && Files.isRegularFile(Path.of(args[0]));
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line with the given streams, for tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BlocklightCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        return execute(cli, args);
    }

    /**
     * Runs {@code cli}; an out-of-memory error (which picocli's handlers do not see: it is no
     * {@code Exception}), such as JavaCPP's when the process passes
     * {@code org.bytedeco.javacpp.maxphysicalbytes}, becomes one error line and exit code 1.
     */
    static int execute(CommandLine cli, String[] args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return OneLineErrors.outOfMemory(cli, args, e);
        }
    }
}
