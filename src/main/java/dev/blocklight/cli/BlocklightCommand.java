// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.BuildInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The root {@code blocklight} command: with no command, or with just a log file, it opens the
 * workbench (with its two display options); its subcommands run the core engine headless.
 */
@Command(
        name = "blocklight",
        mixinStandardHelpOptions = true,
        versionProvider = BlocklightCommand.Version.class,
        description = {"Finds anomalous HDFS blocks in raw Hadoop logs.",
            "With no command, or with just a LOG file, it opens the workbench."},
        subcommands = {AnalyzeCommand.class, GenerateCommand.class, ParseCommand.class, TrainCommand.class,
            ScoreCommand.class, EvaluateCommand.class, BenchCommand.class})
public final class BlocklightCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--software-render", description = "Workbench: draw in software (prism.order=sw). Chosen by"
            + " itself under xrdp, X11 over SSH, Windows Remote Desktop and without /dev/dri (no GPU).")
    boolean softwareRender;

    @Option(names = "--low-bandwidth", description = "Workbench: few repaints a second and notices without"
            + " animation, for a slow remote display. On by itself over xrdp and X11 over SSH, or from View >"
            + " Low-bandwidth mode.")
    boolean lowBandwidth;

    @Parameters(arity = "0..1", paramLabel = "LOG", description = "A log file to open in the workbench.")
    Path log;

    /**
     * What a command line asks for.
     *
     * @param workbench open the workbench rather than run a headless command: no command, and no
     *     LOG or one that names an existing file
     * @param softwareRender {@code --software-render} was given
     * @param lowBandwidth {@code --low-bandwidth} was given
     * @param rest for the workbench, the log to open (if any); else the whole command line, unchanged
     */
    public record Launch(boolean workbench, boolean softwareRender, boolean lowBandwidth, List<String> rest) {
        public Launch {
            rest = List.copyOf(rest);
        }

        /** {@link #rest} as an array, for {@code Application.launch} and the CLI. */
        public String[] restArray() {
            return rest.toArray(String[]::new);
        }
    }

    /** Parses {@code args} with the commands' own options; a command line that does not parse goes to the CLI, which reports it. */
    public static Launch launch(String[] args) {
        CommandLine cli = new CommandLine(new BlocklightCommand());
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (ParameterException e) {
            return new Launch(false, false, false, List.of(args));
        }
        BlocklightCommand root = cli.getCommand();
        boolean workbench = !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()
                && (root.log == null || Files.isRegularFile(root.log));
        List<String> rest = !workbench ? List.of(args) : root.log == null ? List.of() : List.of(root.log.toString());
        return new Launch(workbench, root.softwareRender, root.lowBandwidth, rest);
    }

    /** Reached from the CLI only when no command was named and LOG is no file (else the workbench opened). */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), log == null ? "Missing required subcommand"
                : "'" + log + "' is neither a command nor a log file");
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** {@code blocklight --version}: the build's version ({@link BuildInfo}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.nameAndVersion()};
        }
    }

    /** Runs the command line with the given streams. */
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
