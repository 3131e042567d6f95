// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ErrorMessages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** An out-of-memory error (Java heap or JavaCPP's physical limit) ends a command with one line, not a trace. */
class OutOfMemoryLineTest {
    static final String JAVACPP = "Physical memory usage is too high: physicalBytes (3G) > maxPhysicalBytes (2500M)";

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError(JAVACPP);
        }
    }

    @Test
    void javacppsOutOfMemoryErrorBecomesOneLineAndExitCodeOne() {
        CommandLine cli = new CommandLine(new BlocklightCommand());
        cli.addSubcommand("boom", new Boom());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        int code = BlocklightCommand.execute(cli, new String[] {"boom"});
        assertEquals(OneLineErrors.BAD_INPUT, code);
        CliRun run = new CliRun(code, "", err.toString());
        assertTrue(run.oneLineError(), err.toString());
        assertTrue(err.toString().startsWith("blocklight boom: error: out of memory (" + JAVACPP + "); "), err.toString());
        assertTrue(err.toString().contains("-Xmx"), "says how to give it more memory: " + err);
    }

    @Test
    void aWrappedOutOfMemoryErrorIsNamedAsSuch() {
        String line = ErrorMessages.describe(new IllegalStateException("scoring failed",
                new OutOfMemoryError("Java heap space")));
        assertTrue(line.startsWith("out of memory (Java heap space); "), line);
        assertEquals("out of memory; " + ErrorMessages.MEMORY_HINT, ErrorMessages.describe(new OutOfMemoryError()));
    }
}
