// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Index of collapsed template signatures for {@link Drain}'s variable-length fallback.
 *
 * <p>A signature is a template in which every run of consecutive {@code <*>} tokens is collapsed to a single
 * {@code <*>}. A line fits a signature when its constants match in order and every {@code <*>} absorbs one
 * or more line tokens. Signatures without any wildcard or without any constant are not indexed: the first
 * kind only fits lines the tree already finds, the second would swallow every unknown line.
 *
 * <p>To avoid scanning all clusters, a signature is filed under one key:
 * <ul>
 *   <li>starting with a constant: under that constant, looked up with the line's first token;</li>
 *   <li>starting with {@code <*>} and ending with a constant: under that constant, looked up with the line's
 *       last token;</li>
 *   <li>starting and ending with {@code <*>}: under its first constant, looked up with each distinct inner
 *       token of the line (linear in the line length).</li>
 * </ul>
 * Only the candidates in those buckets are tried, each in time linear in the line for typical templates.
 * The winner is the fitting signature with the most constant tokens, then the lowest cluster id, so the
 * result does not depend on iteration order. Writes happen only while learning or merging.
 */
final class VariableRunIndex {

    private enum Anchor { HEAD, TAIL, INNER }

    private record Entry(String[] signature, Anchor anchor, String key, int constants) {}

    private final Map<Integer, Entry> entries = new HashMap<>();
    private final Map<Anchor, Map<String, TreeSet<Integer>>> buckets = new HashMap<>();

    VariableRunIndex() {
        for (Anchor a : Anchor.values()) {
            buckets.put(a, new HashMap<>());
        }
    }

    /** Collapses every run of consecutive {@code <*>} tokens into one. */
    static String[] collapse(String[] template) {
        List<String> out = new ArrayList<>(template.length);
        boolean previousWild = false;
        for (String t : template) {
            boolean wild = Drain.WILDCARD.equals(t);
            if (!(wild && previousWild)) {
                out.add(t);
            }
            previousWild = wild;
        }
        return out.toArray(String[]::new);
    }

    /** Number of constant (non-wildcard) tokens of a signature. */
    static int constants(String[] signature) {
        return signature.length - Cluster.countWildcards(signature);
    }

    /** Files (or re-files) a cluster under the signature of its current template. */
    void put(int clusterId, String[] template) {
        remove(clusterId);
        String[] sig = collapse(template);
        int constants = constants(sig);
        if (constants == 0 || constants == sig.length) {
            return;
        }
        Anchor anchor;
        String key;
        if (!isWild(sig[0])) {
            anchor = Anchor.HEAD;
            key = sig[0];
        } else if (!isWild(sig[sig.length - 1])) {
            anchor = Anchor.TAIL;
            key = sig[sig.length - 1];
        } else {
            anchor = Anchor.INNER;
            key = sig[1];
        }
        entries.put(clusterId, new Entry(sig, anchor, key, constants));
        buckets.get(anchor).computeIfAbsent(key, k -> new TreeSet<>()).add(clusterId);
    }

    void remove(int clusterId) {
        Entry old = entries.remove(clusterId);
        if (old != null) {
            Map<String, TreeSet<Integer>> byKey = buckets.get(old.anchor());
            TreeSet<Integer> ids = byKey.get(old.key());
            ids.remove(clusterId);
            if (ids.isEmpty()) {
                byKey.remove(old.key());
            }
        }
    }

    /** The id of the best-fitting indexed cluster, or {@link Drain#UNKNOWN}. Read-only. */
    int lookup(String[] tokens) {
        int n = tokens.length;
        if (n < 2) {
            return Drain.UNKNOWN; // every indexed signature has a constant and a wildcard
        }
        int[] best = {Drain.UNKNOWN, -1};
        consider(buckets.get(Anchor.HEAD).get(tokens[0]), tokens, best);
        consider(buckets.get(Anchor.TAIL).get(tokens[n - 1]), tokens, best);
        Map<String, TreeSet<Integer>> inner = buckets.get(Anchor.INNER);
        if (!inner.isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (int i = 1; i < n - 1; i++) {
                if (seen.add(tokens[i])) {
                    consider(inner.get(tokens[i]), tokens, best);
                }
            }
        }
        return best[0];
    }

    private void consider(TreeSet<Integer> ids, String[] tokens, int[] best) {
        if (ids == null) {
            return;
        }
        for (int id : ids) {
            Entry e = entries.get(id);
            boolean better = e.constants() > best[1] || (e.constants() == best[1] && id < best[0]);
            if (better && fits(e.signature(), tokens)) {
                best[0] = id;
                best[1] = e.constants();
            }
        }
    }

    /**
     * Whether the line fits a collapsed signature, each {@code <*>} absorbing at least one token. Constant
     * segments between wildcards are matched at their leftmost possible place, which is optimal for such
     * patterns (a later placement never leaves more room for what follows).
     */
    static boolean fits(String[] sig, String[] line) {
        int m = sig.length;
        int n = line.length;
        int first = indexOfWild(sig, 0);
        if (first < 0) {
            return Arrays.equals(sig, line);
        }
        if (n < m) {
            return false;
        }
        int last = m - 1;
        while (!isWild(sig[last])) {
            last--;
        }
        int suffix = m - 1 - last;
        if (!Arrays.equals(sig, 0, first, line, 0, first)
                || !Arrays.equals(sig, last + 1, m, line, n - suffix, n)) {
            return false;
        }
        int limit = n - suffix; // line[pos, limit) is left for the part sig[first .. last]
        int pos = first;
        int k = first;
        while (k < last) {
            int segStart = k + 1;
            int segEnd = indexOfWild(sig, segStart);
            int len = segEnd - segStart;
            int found = find(sig, segStart, len, line, pos + 1, limit - 1 - len);
            if (found < 0) {
                return false;
            }
            pos = found + len;
            k = segEnd;
        }
        return limit - pos >= 1;
    }

    private static int find(String[] sig, int segStart, int len, String[] line, int from, int lastStart) {
        for (int s = from; s <= lastStart; s++) {
            if (Arrays.equals(sig, segStart, segStart + len, line, s, s + len)) {
                return s;
            }
        }
        return -1;
    }

    private static int indexOfWild(String[] sig, int from) {
        for (int i = from; i < sig.length; i++) {
            if (isWild(sig[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWild(String token) {
        return Drain.WILDCARD.equals(token);
    }
}
