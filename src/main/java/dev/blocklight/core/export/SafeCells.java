// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

/**
 * Neutralises spreadsheet formula injection in text cells: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so
 * spreadsheets show it as text instead of evaluating it (OWASP's CSV injection advice). Apply it
 * to text columns only; numeric columns must stay numbers.
 */
public final class SafeCells {
    private SafeCells() {
    }

    /** The cell as it is, or with a leading apostrophe when it could start a formula. */
    public static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
