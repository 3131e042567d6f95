// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.templates;

/**
 * One row of the template browser.
 *
 * @param blocks blocks whose sequence contains the event, or -1 while still counting
 */
public record TemplateRow(String id, String template, long occurrences, double share, int blocks) {
}
