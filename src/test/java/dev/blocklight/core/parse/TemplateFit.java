// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The test's own statement of "a template matches a line": every constant token equal, and each run of
 * {@code <*>} standing for one or more tokens (a run of several, because merged variable-length
 * templates share one event). Written independently of {@link VariableRunIndex}.
 */
final class TemplateFit {
    private TemplateFit() {
    }

    /** Tokens of a masked content or template text, as the miner splits them. */
    static String[] tokens(String text) {
        return text.isEmpty() ? new String[0] : text.split(" ", -1);
    }

    /** Same length, and every constant of the template equals the line's token there. */
    static boolean exact(String[] template, String[] line) {
        if (template.length != line.length) {
            return false;
        }
        for (int i = 0; i < line.length; i++) {
            if (!template[i].equals(Drain.WILDCARD) && !template[i].equals(line[i])) {
                return false;
            }
        }
        return true;
    }

    /** Runs of {@code <*>} take one or more tokens each; constants must be equal. */
    static boolean fits(String[] template, String[] line) {
        List<String> pattern = new ArrayList<>();
        for (String t : template) {
            if (!(t.equals(Drain.WILDCARD) && !pattern.isEmpty() && pattern.get(pattern.size() - 1).equals(Drain.WILDCARD))) {
                pattern.add(t);
            }
        }
        int m = pattern.size();
        int n = line.length;
        // can[i][j]: pattern[i..] fits line[j..]
        boolean[][] can = new boolean[m + 1][n + 1];
        can[m][n] = true;
        for (int i = m - 1; i >= 0; i--) {
            if (pattern.get(i).equals(Drain.WILDCARD)) {
                boolean later = false; // can[i + 1][k] for some k > j
                for (int j = n - 1; j >= 0; j--) {
                    later = later || can[i + 1][j + 1];
                    can[i][j] = later;
                }
            } else {
                for (int j = n - 1; j >= 0; j--) {
                    can[i][j] = pattern.get(i).equals(line[j]) && can[i + 1][j + 1];
                }
            }
        }
        return can[0][0];
    }
}
