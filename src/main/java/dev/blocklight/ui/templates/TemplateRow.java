// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.templates;

/** One row of the template browser. */
public record TemplateRow(String id, String template, long occurrences, double share) {
}
