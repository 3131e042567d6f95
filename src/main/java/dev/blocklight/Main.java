// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import dev.blocklight.cli.BlocklightCommand;

/**
 * Composition root and entry point: with no argument it opens the workbench, with a subcommand it
 * runs headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(BlocklightCommand.run(new String[] {"--help"}));
        }
        System.exit(BlocklightCommand.run(args));
    }
}
