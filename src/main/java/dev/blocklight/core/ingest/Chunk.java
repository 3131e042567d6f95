// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

/**
 * A run of whole lines: {@code bytes[0, length)} starting at byte {@code offset} of the
 * (decompressed) log. Only the last chunk of a file may end without a line break.
 */
public record Chunk(byte[] bytes, int length, long offset, int sequence) {
}
