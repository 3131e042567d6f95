// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import dev.blocklight.core.export.LoghubCsv;
import dev.blocklight.core.export.StagedFolder;
import dev.blocklight.core.export.StructuredCsv;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParseStats;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.parse.TemplateSnapshots;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blocklight parse}: mines templates and block sessions from a raw log, headless. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Mines event templates and per-block event sequences from an HDFS log (plain or .gz), "
                + "or reads a Loghub *_structured.csv.",
            "Writes templates.csv, sessions.csv and templates.json (the template snapshot) to the output folder, "
                + "and structured.csv with --structured."})
final class ParseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The log file (plain, .gz, or a Loghub *_structured.csv).")
    Path log;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--structured", description = "Also write structured.csv, one row per line (large).")
    boolean structured;

    @Option(names = "--cache", paramLabel = "DIR", description = "Workspace cache folder: reuse the analysis saved "
            + "there when LOG is unchanged, else parse and save it.")
    Path cache;

    @Mixin
    ParseOptions parse;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        StagedFolder.requireFolder(out);
        boolean raw = !LogOpener.isStructured(log);
        ParseResult r = cache == null ? parseWithProgress(parse, log, spec.commandLine().getErr())
                : CachedParse.parse(parse, log, cache, spec.commandLine().getErr());
        ParseStats s = r.stats();
        if (s.lines() == s.blankLines()) {
            throw new IOException(log + " holds no log lines (" + (s.lines() == 0 ? "it is empty" : "only blank lines") + ")");
        }
        // All files or none: structured.csv first, as it reads the log again.
        StagedFolder.write(out, stage -> {
            if (structured && raw) {
                StructuredCsv.write(LogSource.of(log), parse.format(), r.miner(), stage.resolve("structured.csv"),
                        Cancellation.NEVER);
            }
            LoghubCsv.writeTemplates(r.events(), stage.resolve("templates.csv"));
            LoghubCsv.writeSessions(r.sessions(), r.events(), stage.resolve("sessions.csv"));
            if (raw) {
                new TemplateSnapshots().write(r.miner().snapshot(parse.format().pattern()), stage.resolve("templates.json"));
            }
        });
        report(o, s);
        return 0;
    }

    /** Parses with a progress line on standard error (when it is a terminal), cleared at the end. */
    static ParseResult parseWithProgress(ParseOptions parse, Path log, PrintWriter err) throws IOException {
        return parseWithProgress(parse, log, null, err);
    }

    /** The same with a given miner (such as a model's frozen templates), or the options' own when null. */
    static ParseResult parseWithProgress(ParseOptions parse, Path log, TemplateMiner miner, PrintWriter err)
            throws IOException {
        ConsoleProgress progress = new ConsoleProgress(err, "parse");
        try {
            return miner == null ? parse.parse(log, progress) : parse.parse(log, miner, progress);
        } finally {
            progress.done();
        }
    }

    static void report(PrintWriter o, ParseStats s) {
        o.printf("Parsed %,d lines (%s) in %.2f s: %,.0f lines/s; %,d blocks, %,d templates%n", s.lines(),
                Human.bytes(s.bytes()), s.elapsedNanos() / 1e9, s.linesPerSecond(), s.blocks(), s.events());
        if (s.unparsedLines() > 0) {
            o.printf("Warning: %,d lines did not match the log format and were kept aside (first at line %d)%n",
                    s.unparsedLines(), s.unparsedSamples().isEmpty() ? 0 : s.unparsedSamples().get(0).lineNumber());
        }
        if (s.unknownLines() > 0) {
            o.printf("Warning: %,d lines matched no known template (event E0)%n", s.unknownLines());
        }
        if (s.blocks() == 0 && s.lines() > 0) {
            o.println("Warning: no block ids found; templates were mined but there are no block sessions");
        }
    }
}
