// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts a {@link Drain}'s internals to and from a {@link DrainSnapshot}, validating on the way in. */
final class DrainSnapshotCodec {

    private DrainSnapshotCodec() {}

    static DrainSnapshot snapshot(DrainConfig config, PrefixTree tree, List<Cluster> clusters) {
        List<PrefixTree.Node> order = new ArrayList<>();
        Map<PrefixTree.Node, Integer> index = new IdentityHashMap<>();
        order.add(tree.root());
        index.put(tree.root(), 0);
        for (int i = 0; i < order.size(); i++) { // breadth-first, iterative
            for (PrefixTree.Node child : order.get(i).children.values()) {
                index.put(child, order.size());
                order.add(child);
            }
        }
        List<DrainSnapshot.Node> nodes = new ArrayList<>(order.size());
        for (PrefixTree.Node n : order) {
            Map<String, Integer> children = new LinkedHashMap<>();
            n.children.forEach((key, child) -> children.put(key, index.get(child)));
            nodes.add(new DrainSnapshot.Node(children, List.copyOf(n.clusters)));
        }
        List<DrainSnapshot.ClusterState> states = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            states.add(new DrainSnapshot.ClusterState(c.id, List.of(c.template), c.size, c.mergedInto));
        }
        return new DrainSnapshot(DrainSnapshot.FORMAT, DrainSnapshot.VERSION, config, nodes, states);
    }

    static Drain restore(DrainSnapshot s) {
        require(s != null, "the snapshot is empty");
        require(DrainSnapshot.FORMAT.equals(s.format()), "it is not a Blocklight Drain snapshot");
        require(s.version() == DrainSnapshot.VERSION, "its version " + s.version() + " is not supported");
        require(s.config() != null, "it has no config");
        require(s.nodes() != null && !s.nodes().isEmpty(), "it has no tree");
        require(s.clusters() != null, "it has no cluster list");
        List<Cluster> clusters = restoreClusters(s.clusters());
        PrefixTree.Node root = restoreTree(s.config(), s.nodes(), clusters);
        return new Drain(s.config(), new PrefixTree(s.config(), root), clusters);
    }

    private static List<Cluster> restoreClusters(List<DrainSnapshot.ClusterState> states) {
        List<Cluster> clusters = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            DrainSnapshot.ClusterState c = states.get(i);
            require(c != null && c.id() == i + 1, "cluster ids are not dense from 1 at position " + (i + 1));
            require(c.template() != null, "cluster " + c.id() + " has no template");
            String[] template = c.template().toArray(String[]::new); // List.of() would reject contains(null)
            for (String token : template) {
                require(token != null, "cluster " + c.id() + " has a null template token");
            }
            require(c.size() >= 0, "cluster " + c.id() + " has a negative size");
            require(c.mergedInto() >= 1 && c.mergedInto() <= states.size(),
                    "cluster " + c.id() + " is merged into a missing cluster");
            clusters.add(new Cluster(c.id(), template, c.size(), c.mergedInto()));
        }
        for (Cluster c : clusters) {
            require(clusters.get(c.mergedInto - 1).survives(),
                    "cluster " + c.id + " is merged into a cluster that was itself merged");
        }
        return clusters;
    }

    private static PrefixTree.Node restoreTree(DrainConfig config, List<DrainSnapshot.Node> nodes,
            List<Cluster> clusters) {
        int count = nodes.size();
        PrefixTree.Node[] built = new PrefixTree.Node[count];
        for (int i = 0; i < count; i++) {
            built[i] = new PrefixTree.Node();
        }
        int[] level = new int[count]; // 0 = root, 1 = token-count node, then one per token level
        int[] length = new int[count];
        boolean[] reached = new boolean[count];
        boolean[] listed = new boolean[clusters.size() + 1];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        reached[0] = true;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            DrainSnapshot.Node node = nodes.get(i);
            require(node != null && node.children() != null && node.clusters() != null, "node " + i + " is incomplete");
            int leafLevel = level[i] >= 1 ? 1 + Math.min(config.tokenLevels(), length[i]) : -1;
            require(node.children().isEmpty() || level[i] != leafLevel, "leaf node " + i + " has children");
            require(level[i] < 2 || node.children().size() <= config.maxChildren(),
                    "node " + i + " has more than maxChildren children");
            for (Map.Entry<String, Integer> e : node.children().entrySet()) {
                Integer child = e.getValue();
                require(e.getKey() != null && child != null && child > 0 && child < count && !reached[child],
                        "node " + i + " has an invalid or shared child");
                reached[child] = true;
                level[child] = level[i] + 1;
                length[child] = level[i] == 0 ? parseLength(e.getKey()) : length[i];
                built[i].children.put(e.getKey(), built[child]);
                queue.add(child);
            }
            require(node.clusters().isEmpty() || level[i] == leafLevel, "inner node " + i + " lists clusters");
            for (Integer id : node.clusters()) {
                require(id != null && id >= 1 && id <= clusters.size() && !listed[id],
                        "node " + i + " lists a missing or repeated cluster");
                require(clusters.get(id - 1).template.length == length[i],
                        "cluster " + id + " sits under the wrong token count");
                listed[id] = true;
                built[i].clusters.add(id);
            }
        }
        for (int i = 0; i < count; i++) {
            require(reached[i], "node " + i + " is not reachable from the root");
        }
        for (int id = 1; id <= clusters.size(); id++) {
            require(listed[id], "cluster " + id + " is not in the tree");
        }
        return built[0];
    }

    private static int parseLength(String key) {
        try {
            int n = Integer.parseInt(key);
            require(n >= 0 && Integer.toString(n).equals(key), "token count key '" + key + "' is invalid");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid Drain snapshot: token count key '" + key + "' is invalid.");
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid Drain snapshot: " + problem + ".");
        }
    }
}
