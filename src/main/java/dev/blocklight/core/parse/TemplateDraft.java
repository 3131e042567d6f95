// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/**
 * A template as mined so far while a parse runs, before event ids are numbered and variable-length
 * templates merged: for showing the template table fill up live.
 *
 * @param template Drain's current template text
 * @param lines lines matched to it so far
 */
public record TemplateDraft(String template, long lines) {
}
