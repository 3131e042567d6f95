// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident set size of this process, from {@code /proc/self/status} (Linux only). */
final class PeakRss {
    private PeakRss() {
    }

    /** Peak RSS in bytes, or -1 where it cannot be read. */
    static long bytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Peak RSS for people ({@code 1.4 GB}), or {@code n/a}. */
    static String human() {
        long b = bytes();
        return b < 0 ? "n/a" : Human.bytes(b);
    }
}
