// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code generate} subcommand. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("generate is not implemented yet");
    }
}
