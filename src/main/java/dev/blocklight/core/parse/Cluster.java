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
     * same constant token. Positions holding {@code <*>} are not similar (they are counted in {@link #wildcards}),
     * unless the line itself holds the text {@code <*>} there: otherwise a line made of literal {@code <*>}
     * tokens founds a cluster that can never match it again (found by the snapshot fuzz: such a line came
     * back as the unknown event in match-only mode). An empty template is fully similar to the empty line.
     */
    double similarity(String[] tokens, boolean separateWords) {
        int n = template.length;
        if (n == 0) {
            return 1.0;
        }
        int same = 0;
        for (int i = 0; i < n; i++) {
            String t = template[i];
            if (t.equals(tokens[i])) {
                same++;
            } else if (separateWords && isPlainWord(t) && isPlainWord(tokens[i])) {
                return -1; // two different words: two different events, however similar the rest
            }
        }
        return (double) same / n;
    }

    /**
     * A token of letters only, perhaps ending in one {@code .}, {@code :} or {@code ,}: text written by
     * the programmer, never a parameter (parameters carry digits or were masked).
     */
    static boolean isPlainWord(String token) {
        int end = token.length();
        if (end > 1 && (token.charAt(end - 1) == '.' || token.charAt(end - 1) == ':' || token.charAt(end - 1) == ',')) {
            end--;
        }
        if (end < 2) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
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
