// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/** One log cluster of a {@link Drain} instance: its template, size and merge target (package-private state). */
final class Cluster {
    final int id;
    String[] template;
    int wildcards;
    long size;
    /** The id of the cluster this one was merged into, or {@link #id} while it survives. */
    int mergedInto;

    Cluster(int id, String[] template, long size, int mergedInto) {
        this.id = id;
        this.template = template;
        this.size = size;
        this.mergedInto = mergedInto;
        this.wildcards = countWildcards(template);
    }

    boolean survives() {
        return mergedInto == id;
    }

    /**
     * Drain's similarity of a line of the same length: the share of positions where the template holds the
     * same constant token. Positions holding {@code <*>} are not similar (they are counted in {@link #wildcards}).
     * An empty template is fully similar to the empty line.
     */
    double similarity(String[] tokens) {
        int n = template.length;
        if (n == 0) {
            return 1.0;
        }
        int same = 0;
        for (int i = 0; i < n; i++) {
            String t = template[i];
            if (!Drain.WILDCARD.equals(t) && t.equals(tokens[i])) {
                same++;
            }
        }
        return (double) same / n;
    }

    /** Replaces every position where the line differs by {@code <*>}; returns whether the template changed. */
    boolean generalise(String[] tokens) {
        boolean changed = false;
        for (int i = 0; i < template.length; i++) {
            if (!template[i].equals(tokens[i]) && !Drain.WILDCARD.equals(template[i])) {
                template[i] = Drain.WILDCARD;
                wildcards++;
                changed = true;
            }
        }
        return changed;
    }

    static int countWildcards(String[] template) {
        int count = 0;
        for (String t : template) {
            if (Drain.WILDCARD.equals(t)) {
                count++;
            }
        }
        return count;
    }
}
