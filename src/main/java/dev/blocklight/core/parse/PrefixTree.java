// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drain's fixed-depth prefix tree: the root's children are keyed by token count (as a decimal string), the
 * next {@code depth - 2} levels by the leading tokens of the line; the node reached after the last of those
 * levels (or after all tokens of a shorter line) is the leaf that lists the candidate clusters.
 *
 * <p>Routing follows the original Drain rule: a token containing a digit goes through the {@code <*>} child,
 * and once a node is full ({@code maxChildren} children, {@code <*>} included) unseen tokens go to {@code <*>}.
 * All walks are iterative and touch at most {@code depth - 2} tokens, whatever the line length.
 */
final class PrefixTree {

    /** A tree node; insertion order of children and of clusters is kept (it decides ties and snapshots). */
    static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<Integer> clusters = new ArrayList<>();
    }

    private final Node root;
    private final int tokenLevels;
    private final int maxChildren;

    PrefixTree(DrainConfig config) {
        this(config, new Node());
    }

    PrefixTree(DrainConfig config, Node root) {
        this.root = root;
        this.tokenLevels = config.tokenLevels();
        this.maxChildren = config.maxChildren();
    }

    Node root() {
        return root;
    }

    /** Number of token levels a line of {@code length} tokens walks through. */
    int levelsFor(int length) {
        return Math.min(tokenLevels, length);
    }

    /** The leaf a line would be matched in, or {@code null} when the tree has no path for it. Read-only. */
    Node findLeaf(String[] tokens) {
        Node node = root.children.get(Integer.toString(tokens.length));
        int levels = levelsFor(tokens.length);
        for (int i = 0; i < levels && node != null; i++) {
            Node next = node.children.get(tokens[i]);
            node = next != null ? next : node.children.get(Drain.WILDCARD);
        }
        return node;
    }

    /** The leaf a new cluster created from this line belongs to, creating the path as Drain does. */
    Node leafForInsert(String[] tokens) {
        Node node = root.children.computeIfAbsent(Integer.toString(tokens.length), k -> new Node());
        int levels = levelsFor(tokens.length);
        for (int i = 0; i < levels; i++) {
            node = step(node, tokens[i]);
        }
        return node;
    }

    private Node step(Node node, String token) {
        Node existing = node.children.get(token);
        if (existing != null) {
            return existing;
        }
        Map<String, Node> children = node.children;
        if (hasDigit(token)) {
            return children.computeIfAbsent(Drain.WILDCARD, k -> new Node());
        }
        if (children.containsKey(Drain.WILDCARD)) {
            return children.size() < maxChildren ? addChild(node, token) : children.get(Drain.WILDCARD);
        }
        // No <*> child yet: keep the last free slot for it.
        if (children.size() + 1 < maxChildren) {
            return addChild(node, token);
        }
        return addChild(node, Drain.WILDCARD);
    }

    private static Node addChild(Node node, String key) {
        Node child = new Node();
        node.children.put(key, child);
        return child;
    }

    static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
