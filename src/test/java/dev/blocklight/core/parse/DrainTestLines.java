// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/** Helpers shared by the Drain tests. */
final class DrainTestLines {

    private DrainTestLines() {}

    /** Splits a line on single spaces ("" gives no tokens). */
    static String[] t(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }
}
