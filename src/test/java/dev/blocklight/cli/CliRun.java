// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its exit code and both streams. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BlocklightCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error stream is exactly one line that names the command, and holds no stack trace. */
    boolean oneLineError() {
        String e = err.strip();
        return !e.isEmpty() && !e.contains("\n") && e.startsWith("blocklight ") && !e.contains("Exception")
                && !e.contains("\tat ");
    }
}
