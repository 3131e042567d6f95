// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Drain log parser (He et al., ICWS 2017) on lines that are already tokenised and masked.
 *
 * <p>Tokens such as {@code <BLK>} or {@code <IP>:Got} are ordinary constants; only {@code <*>} is a
 * wildcard. A line is routed through a fixed-depth prefix tree (token count, then the first
 * {@code depth - 2} tokens) to a leaf; there the cluster with the highest similarity (share of positions
 * where the template holds the line's constant token; ties go to the template with more {@code <*>}) is
 * taken if its similarity reaches the threshold. {@link #learn} then generalises that template or creates
 * a new cluster; {@link #match} only looks.
 *
 * <p>Because Drain keys by token count, an event with a variable-length parameter splits into several
 * templates; {@link #mergeVariableRuns()} merges templates that are equal once runs of {@code <*>} are
 * collapsed, and {@link #match} falls back to such collapsed signatures (see {@link VariableRunIndex}).
 * {@link #learn} itself stays the published algorithm and never uses that fallback.
 *
 * <p>Not thread-safe for learning; concurrent {@link #match} calls are safe while nobody learns or merges.
 */
public final class Drain {

    /** The id {@link #match} returns when no cluster matches. Real ids start at 1. */
    public static final int UNKNOWN = 0;

    static final String WILDCARD = "<*>";

    private final DrainConfig config;
    private final PrefixTree tree;
    private final List<Cluster> clusters;
    private final VariableRunIndex runIndex = new VariableRunIndex();

    /** An empty parser with the given settings. */
    public Drain(DrainConfig config) {
        this(config, new PrefixTree(config), new ArrayList<>());
    }

    Drain(DrainConfig config, PrefixTree tree, List<Cluster> clusters) {
        this.config = Objects.requireNonNull(config, "config");
        this.tree = tree;
        this.clusters = clusters;
        for (Cluster c : clusters) {
            runIndex.put(c.id, c.template);
        }
    }

    /** The settings of this parser. */
    public DrainConfig config() {
        return config;
    }

    /** Learning mode: returns the id (>= 1, dense, in creation order) of the cluster the line joins or creates. */
    public int learn(String[] tokens) {
        checkTokens(tokens);
        PrefixTree.Node leaf = tree.findLeaf(tokens);
        Cluster hit = leaf == null ? null : bestInLeaf(leaf, tokens);
        if (hit == null) {
            Cluster created = new Cluster(clusters.size() + 1, tokens.clone(), 1, clusters.size() + 1);
            clusters.add(created);
            tree.leafForInsert(tokens).clusters.add(created.id);
            runIndex.put(created.id, created.template);
            return created.id;
        }
        if (hit.generalise(tokens)) {
            runIndex.put(hit.id, hit.template);
        }
        Cluster owner = clusters.get(hit.mergedInto - 1);
        owner.size++;
        return owner.id;
    }

    /**
     * Match-only: with frozen templates, returns the id of the cluster whose template best matches at the
     * similarity threshold or better, else the id of the best variable-run fit, else {@link #UNKNOWN}.
     * Never changes state. Thread-safe for concurrent match calls as long as nobody learns concurrently.
     */
    public int match(String[] tokens) {
        checkTokens(tokens);
        PrefixTree.Node leaf = tree.findLeaf(tokens);
        Cluster hit = leaf == null ? null : bestInLeaf(leaf, tokens);
        if (hit != null) {
            return hit.mergedInto;
        }
        int fitted = runIndex.lookup(tokens);
        return fitted == UNKNOWN ? UNKNOWN : clusters.get(fitted - 1).mergedInto;
    }

    private Cluster bestInLeaf(PrefixTree.Node leaf, String[] tokens) {
        Cluster best = null;
        double bestSim = -1;
        for (int id : leaf.clusters) {
            Cluster c = clusters.get(id - 1);
            double sim = c.similarity(tokens, config.separateWords());
            if (sim < 0) {
                continue;
            }
            if (sim > bestSim || (sim == bestSim && c.wildcards > best.wildcards)) {
                best = c;
                bestSim = sim;
            }
        }
        return best != null && bestSim >= config.similarityThreshold() ? best : null;
    }

    /** Number of cluster ids handed out so far (merged clusters included); ids run from 1 to this. */
    public int clusterCount() {
        return clusters.size();
    }

    /**
     * The cluster's current template tokens (a copy). For an id that was merged away this is the template
     * of the cluster it was merged into.
     */
    public List<String> template(int clusterId) {
        return List.of(survivor(clusterId).template.clone());
    }

    /** The template tokens joined by a single space. */
    public String templateText(int clusterId) {
        return String.join(" ", survivor(clusterId).template);
    }

    /** How many {@link #learn} calls the cluster absorbed (for a merged id: those of its survivor). */
    public long size(int clusterId) {
        return survivor(clusterId).size;
    }

    /** The id a cluster was merged into, or the id itself if it survives. */
    public int survivorOf(int clusterId) {
        return survivor(clusterId).id;
    }

    private Cluster survivor(int clusterId) {
        if (clusterId < 1 || clusterId > clusters.size()) {
            throw new IllegalArgumentException("No Drain cluster with id " + clusterId + ".");
        }
        return clusters.get(clusters.get(clusterId - 1).mergedInto - 1);
    }

    /**
     * Merges surviving clusters whose templates are equal after collapsing every run of consecutive
     * {@code <*>} into one (templates with no constant token are left alone). Each group is merged into its
     * lowest id: sizes are added and the survivor keeps its own template; the merged clusters stay in the
     * tree so their lines keep being routed, but they now count for the survivor.
     *
     * @return an array of length {@code clusterCount() + 1} mapping every id to the id it was merged into
     *     (itself if it survived); index 0 maps {@link #UNKNOWN} to itself
     */
    public int[] mergeVariableRuns() {
        Map<List<String>, Cluster> firstBySignature = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            if (!c.survives()) {
                continue;
            }
            String[] sig = VariableRunIndex.collapse(c.template);
            if (VariableRunIndex.constants(sig) == 0) {
                continue;
            }
            Cluster owner = firstBySignature.putIfAbsent(Arrays.asList(sig), c);
            if (owner != null) { // ids ascend, so the owner has the lowest id of the group
                owner.size += c.size;
                c.size = 0;
                c.mergedInto = owner.id;
            }
        }
        int[] map = new int[clusters.size() + 1];
        for (Cluster c : clusters) {
            c.mergedInto = clusters.get(c.mergedInto - 1).mergedInto; // flattens earlier merges
            map[c.id] = c.mergedInto;
        }
        return map;
    }

    /** A serialisable copy of the whole state; see {@link DrainSnapshot}. */
    public DrainSnapshot snapshot() {
        return DrainSnapshotCodec.snapshot(config, tree, clusters);
    }

    /**
     * Rebuilds a parser that answers {@link #learn} and {@link #match} exactly as the snapshotted one would.
     *
     * @throws IllegalArgumentException if the snapshot is inconsistent
     */
    public static Drain restore(DrainSnapshot snapshot) {
        return DrainSnapshotCodec.restore(snapshot);
    }

    private static void checkTokens(String[] tokens) {
        Objects.requireNonNull(tokens, "tokens");
        for (String t : tokens) {
            if (t == null) {
                throw new IllegalArgumentException("Drain tokens must not be null.");
            }
        }
    }
}
