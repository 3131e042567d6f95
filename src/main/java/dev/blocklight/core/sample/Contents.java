// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.util.SplittableRandom;

/** Writes the content part of each event exactly as HDFS_v1 prints it, with fresh parameters. */
final class Contents {
    private static final byte[] BLK = ExceptionText.b("blk_");
    private static final byte[] PORT = ExceptionText.b(":50010");
    private static final byte[] E1 = ExceptionText.b("Adding an already existing block ");
    private static final byte[] E2 = ExceptionText.b("Verification succeeded for ");
    private static final byte[] E3 = ExceptionText.b(" Served block ");
    private static final byte[] TO_SLASH = ExceptionText.b(" to /");
    private static final byte[] TO = ExceptionText.b(" to ");
    private static final byte[] E4 = ExceptionText.b(":Got exception while serving ");
    private static final byte[] RECEIVING = ExceptionText.b("Receiving block ");
    private static final byte[] RECEIVED = ExceptionText.b("Received block ");
    private static final byte[] SRC = ExceptionText.b(" src: /");
    private static final byte[] DEST = ExceptionText.b(" dest: /");
    private static final byte[] OF_SIZE = ExceptionText.b(" of size ");
    private static final byte[] E7 = ExceptionText.b("writeBlock ");
    private static final byte[] E7_TAIL = ExceptionText.b(" received exception ");
    private static final byte[] RESPONDER = ExceptionText.b("PacketResponder ");
    private static final byte[] FOR_BLOCK = ExceptionText.b(" for block ");
    private static final byte[] INTERRUPTED = ExceptionText.b(" Interrupted.");
    private static final byte[] FROM_SLASH = ExceptionText.b(" from /");
    private static final byte[] E10 = ExceptionText.b(" Exception ");
    private static final byte[] TERMINATING = ExceptionText.b(" terminating");
    private static final byte[] E12 = ExceptionText.b(":Exception writing block ");
    private static final byte[] MIRROR = ExceptionText.b(" to mirror ");
    private static final byte[] E13 = ExceptionText.b("Receiving empty packet for block ");
    private static final byte[] E14 = ExceptionText.b("Exception in receiveBlock for block ");
    private static final byte[] E15 = ExceptionText.b("Changing block file offset of block ");
    private static final byte[] FROM = ExceptionText.b(" from ");
    private static final byte[] META = ExceptionText.b(" meta file offset to ");
    private static final byte[] E16 = ExceptionText.b(":Transmitted block ");
    private static final byte[] E17 = ExceptionText.b(":Failed to transfer ");
    private static final byte[] GOT = ExceptionText.b(" got ");
    private static final byte[] E18 = ExceptionText.b(" Starting thread to transfer block ");
    private static final byte[] E19 = ExceptionText.b("Reopen Block ");
    private static final byte[] E20 = ExceptionText.b("Unexpected error trying to delete block ");
    private static final byte[] E20_TAIL = ExceptionText.b(". BlockInfo not found in volumeMap.");
    private static final byte[] E21 = ExceptionText.b("Deleting block ");
    private static final byte[] E21_FILE = ExceptionText.b(" file /mnt/hadoop/dfs/data/current/");
    private static final byte[] SUBDIR = ExceptionText.b("subdir");
    private static final byte[] E22 = ExceptionText.b("BLOCK* NameSystem.allocateBlock: ");
    private static final byte[] E23 = ExceptionText.b("BLOCK* NameSystem.delete: ");
    private static final byte[] E23_TAIL = ExceptionText.b(" is added to invalidSet of ");
    private static final byte[] E24 = ExceptionText.b("BLOCK* Removing block ");
    private static final byte[] E24_TAIL = ExceptionText.b(" from neededReplications as it does not belong to any file.");
    private static final byte[] ASK = ExceptionText.b("BLOCK* ask ");
    private static final byte[] E25 = ExceptionText.b(" to replicate ");
    private static final byte[] DATANODES = ExceptionText.b(" to datanode(s) ");
    private static final byte[] E26 = ExceptionText.b("BLOCK* NameSystem.addStoredBlock: blockMap updated: ");
    private static final byte[] ADDED_TO = ExceptionText.b(" is added to ");
    private static final byte[] SIZE = ExceptionText.b(" size ");
    private static final byte[] E27 = ExceptionText.b(
            "BLOCK* NameSystem.addStoredBlock: Redundant addStoredBlock request received for ");
    private static final byte[] E28 = ExceptionText.b("BLOCK* NameSystem.addStoredBlock: addStoredBlock request received for ");
    private static final byte[] ON = ExceptionText.b(" on ");
    private static final byte[] E28_TAIL = ExceptionText.b(" But it does not belong to any file.");
    private static final byte[] E29 = ExceptionText.b("PendingReplicationMonitor timed out block ");
    private static final byte[] E30 = ExceptionText.b(" to delete  ");

    private final LineBuffer out;
    private final Datanodes nodes;
    private final SplittableRandom random;

    Contents(LineBuffer out, Datanodes nodes, SplittableRandom random) {
        this.out = out;
        this.nodes = nodes;
        this.random = random;
    }

    /** Writes the content of step {@code k} of block {@code b} about the node in {@code role}. */
    void write(Block b, EventKind k, int role, long[] others, int otherCount) {
        int node = b.node[role];
        switch (k) {
            case E1 -> blockAfter(E1, b);
            case E2 -> blockAfter(E2, b);
            case E3 -> {
                out.put(nodes.ipPort(node));
                blockAfter(E3, b);
                out.put(TO_SLASH);
                out.put(nodes.ip(client(node)));
            }
            case E4 -> {
                out.put(nodes.ipPort(node));
                blockAfter(E4, b);
                out.put(TO_SLASH);
                out.put(nodes.ip(client(node)));
                out.put(':');
            }
            case E5 -> {
                blockAfter(RECEIVING, b);
                srcDest(b, role, node);
            }
            case E6 -> {
                blockAfter(RECEIVED, b);
                srcDest(b, role, node);
                out.put(OF_SIZE);
                out.putLong(b.size);
            }
            case E7 -> {
                blockAfter(E7, b);
                out.put(E7_TAIL);
                exception(b, node, upstream(b, role));
            }
            case E8 -> {
                out.put(RESPONDER);
                out.putLong(responder(role));
                blockAfter(FOR_BLOCK, b);
                out.put(INTERRUPTED);
            }
            case E9 -> {
                blockAfter(RECEIVED, b);
                out.put(OF_SIZE);
                out.putLong(b.size);
                out.put(FROM_SLASH);
                out.put(nodes.ip(upstream(b, role)));
            }
            case E10 -> {
                blockAfter(RESPONDER, b);
                out.put(' ');
                out.putLong(responder(role));
                out.put(E10);
                exception(b, node, downstream(b, role));
            }
            case E11 -> {
                out.put(RESPONDER);
                out.putLong(responder(role));
                blockAfter(FOR_BLOCK, b);
                out.put(TERMINATING);
            }
            case E12 -> {
                out.put(nodes.ipPort(node));
                blockAfter(E12, b);
                out.put(MIRROR);
                out.put(nodes.ipPort(downstream(b, role)));
            }
            case E13 -> blockAfter(E13, b);
            case E14 -> {
                blockAfter(E14, b);
                out.put(' ');
                exception(b, node, upstream(b, role));
            }
            case E15 -> fileOffset(b);
            case E16 -> {
                out.put(nodes.ipPort(b.node[b.replSource]));
                blockAfter(E16, b);
                out.put(TO_SLASH);
                out.put(nodes.ipPort(node));
            }
            case E17 -> {
                out.put(nodes.ipPort(node));
                blockAfter(E17, b);
                out.put(TO);
                out.put(nodes.ipPort(b.node[3]));
                out.put(GOT);
                exception(b, node, b.node[3]);
            }
            case E18 -> {
                out.put(nodes.ipPort(node));
                blockAfter(E18, b);
                out.put(TO);
                targets(b, true);
            }
            case E19 -> blockAfter(E19, b);
            case E20 -> {
                blockAfter(E20, b);
                out.put(E20_TAIL);
            }
            case E21 -> {
                blockAfter(E21, b);
                out.put(E21_FILE);
                if (random.nextInt(5) != 0) {
                    out.put(SUBDIR);
                    out.putLong(random.nextInt(64));
                    out.put('/');
                }
                out.put(BLK);
                out.putLong(b.id);
            }
            case E22 -> {
                out.put(E22);
                out.put(b.path);
                out.put(' ');
                out.put(BLK);
                out.putLong(b.id);
            }
            case E23 -> {
                blockAfter(E23, b);
                out.put(E23_TAIL);
                out.put(nodes.ipPort(node));
            }
            case E24 -> {
                blockAfter(E24, b);
                out.put(E24_TAIL);
            }
            case E25 -> {
                out.put(ASK);
                out.put(nodes.ipPort(node));
                blockAfter(E25, b);
                out.put(DATANODES);
                targets(b, false);
            }
            case E26 -> {
                out.put(E26);
                out.put(nodes.ipPort(node));
                blockAfter(ADDED_TO, b);
                out.put(SIZE);
                out.putLong(b.size);
            }
            case E27, E28 -> {
                blockAfter(k == EventKind.E27 ? E27 : E28, b);
                out.put(ON);
                out.put(nodes.ipPort(node));
                out.put(SIZE);
                out.putLong(b.size);
                if (k == EventKind.E28) {
                    out.put(E28_TAIL);
                }
            }
            case E29 -> blockAfter(E29, b);
            case E30 -> {
                out.put(ASK);
                out.put(nodes.ipPort(node));
                blockAfter(E30, b);
                for (int i = 0; i < otherCount; i++) {
                    out.put(' ');
                    out.put(BLK);
                    out.putLong(others[i]);
                }
            }
            default -> throw new IllegalStateException("no content for " + k);
        }
    }

    private void blockAfter(byte[] text, Block b) {
        out.put(text);
        out.put(BLK);
        out.putLong(b.id);
    }

    private void exception(Block b, int node, int peer) {
        ExceptionText.write(out, random, nodes, b.id, node, peer);
    }

    /** {@code src: /a:port dest: /b:50010}; the source is mostly the receiving node itself, as in HDFS_v1. */
    private void srcDest(Block b, int role, int node) {
        int src = random.nextInt(10) == 0 ? upstream(b, role) : node;
        out.put(SRC);
        out.put(nodes.ip(src));
        out.put(':');
        out.putLong(32_768 + random.nextInt(28_000));
        out.put(DEST);
        out.put(nodes.ipPort(node));
    }

    /** One target ({@code a:50010}) or two: E18 separates them with ", ", E25 with " ". */
    private void targets(Block b, boolean comma) {
        out.put(nodes.ipPort(b.node[3]));
        if (b.replTargets > 1) {
            if (comma) {
                out.put(',');
            }
            out.put(' ');
            out.put(nodes.ipPort(b.node[4]));
        }
    }

    private void fileOffset(Block b) {
        long chunks = 1 + random.nextInt(131_072);
        long to = chunks * 512;
        long from = to + 512L * random.nextInt(200);
        blockAfter(E15, b);
        out.put(FROM);
        out.putLong(from);
        out.put(TO);
        out.putLong(to);
        out.put(META);
        out.putLong(7 + chunks * 4);
    }

    /** The PacketResponder number: how many datanodes follow in the pipeline. */
    private static int responder(int role) {
        return role < 3 ? 2 - role : 0;
    }

    private static int upstream(Block b, int role) {
        return b.node[role > 0 && role < 3 ? role - 1 : role == 0 ? 0 : b.replSource];
    }

    private static int downstream(Block b, int role) {
        return b.node[role < 2 ? role + 1 : 0];
    }

    private int client(int node) {
        return random.nextInt(3) == 0 ? node : random.nextInt(Datanodes.COUNT);
    }
}
