// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.ErrorMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and a non-zero exit code: 2 for bad usage,
 * 1 for bad input or a failed run. The stack trace goes to the debug log only.
 */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int BAD_INPUT = 1;
    static final int BAD_USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        LOG.debug("command failed", ex);
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": error: " + ErrorMessages.describe(ex));
        cmd.getErr().flush();
        return BAD_INPUT;
    }

    /** The one error line for an out-of-memory error that escaped the command {@code args} named. */
    static int outOfMemory(CommandLine root, String[] args, OutOfMemoryError e) {
        LOG.debug("out of memory", e);
        CommandLine sub = args.length > 0 ? root.getSubcommands().get(args[0]) : null;
        String name = sub == null ? root.getCommandName() : "blocklight " + sub.getCommandName();
        root.getErr().println(name + ": error: " + ErrorMessages.describe(e));
        root.getErr().flush();
        return BAD_INPUT;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": error: " + ex.getMessage() + " (see --help)");
        cmd.getErr().flush();
        return BAD_USAGE;
    }
}
