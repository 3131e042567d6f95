// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A seed line and the mutations applied to it, in order. */
public record FuzzLine(String seed, List<LineMutation> mutations) {

    /** The mutated line's bytes (no line break unless a mutation put one in, which none does). */
    public byte[] bytes() {
        byte[] b = seed.getBytes(StandardCharsets.UTF_8);
        for (LineMutation m : mutations) {
            b = m.apply(b);
        }
        return b;
    }

    @Override
    public String toString() {
        return mutations.isEmpty() ? "\"" + Escape.bytes(bytes(), 300) + "\""
                : "FuzzLine[seed=\"" + seed + "\", mutations=" + mutations + ", result=\"" + Escape.bytes(bytes(), 300)
                        + "\"]";
    }
}
