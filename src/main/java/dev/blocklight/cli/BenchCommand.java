// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code bench} subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bench is not implemented yet");
    }
}
