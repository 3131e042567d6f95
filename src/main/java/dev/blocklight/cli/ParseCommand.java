// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code parse} subcommand. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class ParseCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("parse is not implemented yet");
    }
}
