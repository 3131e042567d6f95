// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.nio.charset.StandardCharsets;

/**
 * The HDFS_v1 events the generator writes, numbered as Loghub's {@code HDFS_templates.csv}: E1–E29 as
 * in the published block sequences, plus E30, the multi-block {@code BLOCK* ask ... to delete} line.
 * Each event has the level and the logging class (component) it has in the real log.
 */
enum EventKind {
    E1("WARN", "dfs.DataBlockScanner", Pid.SCANNER),            // Adding an already existing block
    E2("INFO", "dfs.DataBlockScanner", Pid.SCANNER),            // Verification succeeded for
    E3("INFO", "dfs.DataNode$DataXceiver", Pid.XCEIVER),        // Served block .. to
    E4("WARN", "dfs.DataNode$DataXceiver", Pid.XCEIVER),        // Got exception while serving .. to
    E5("INFO", "dfs.DataNode$DataXceiver", Pid.XCEIVER),        // Receiving block .. src: .. dest:
    E6("INFO", "dfs.DataNode$DataXceiver", Pid.XCEIVER),        // Received block .. src: .. dest: .. of size
    E7("INFO", "dfs.DataNode$DataXceiver", Pid.XCEIVER),        // writeBlock .. received exception
    E8("INFO", "dfs.DataNode$PacketResponder", Pid.XCEIVER),    // PacketResponder .. for block .. Interrupted.
    E9("INFO", "dfs.DataNode$PacketResponder", Pid.XCEIVER),    // Received block .. of size .. from
    E10("INFO", "dfs.DataNode$PacketResponder", Pid.XCEIVER),   // PacketResponder .. Exception
    E11("INFO", "dfs.DataNode$PacketResponder", Pid.XCEIVER),   // PacketResponder .. for block .. terminating
    E12("INFO", "dfs.DataNode$BlockReceiver", Pid.XCEIVER),     // :Exception writing block .. to mirror
    E13("INFO", "dfs.DataNode$BlockReceiver", Pid.XCEIVER),     // Receiving empty packet for block
    E14("INFO", "dfs.DataNode$BlockReceiver", Pid.XCEIVER),     // Exception in receiveBlock for block
    E15("INFO", "dfs.DataNode$BlockReceiver", Pid.XCEIVER),     // Changing block file offset of block ..
    E16("INFO", "dfs.DataNode$DataTransfer", Pid.XCEIVER),      // :Transmitted block .. to
    E17("WARN", "dfs.DataNode$DataTransfer", Pid.XCEIVER),      // :Failed to transfer .. to .. got
    E18("INFO", "dfs.DataNode", Pid.DAEMON),                   // Starting thread to transfer block .. to
    E19("INFO", "dfs.FSDataset", Pid.DAEMON),                  // Reopen Block
    E20("WARN", "dfs.FSDataset", Pid.DAEMON),                  // Unexpected error trying to delete block
    E21("INFO", "dfs.FSDataset", Pid.DAEMON),                  // Deleting block .. file
    E22("INFO", "dfs.FSNamesystem", Pid.HANDLER),               // BLOCK* NameSystem.allocateBlock:
    E23("INFO", "dfs.FSNamesystem", Pid.HANDLER),               // BLOCK* NameSystem.delete: .. is added to invalidSet of
    E24("INFO", "dfs.FSNamesystem", Pid.HANDLER),               // BLOCK* Removing block .. from neededReplications
    E25("INFO", "dfs.FSNamesystem", Pid.MONITOR),               // BLOCK* ask .. to replicate .. to
    E26("INFO", "dfs.FSNamesystem", Pid.HANDLER),               // addStoredBlock: blockMap updated
    E27("WARN", "dfs.FSNamesystem", Pid.HANDLER),               // Redundant addStoredBlock request received
    E28("INFO", "dfs.FSNamesystem", Pid.HANDLER),               // addStoredBlock request received .. But it does not belong to any file.
    E29("WARN", "dfs.PendingReplicationBlocks$PendingReplicationMonitor", Pid.MONITOR), // timed out block
    E30("INFO", "dfs.FSNamesystem", Pid.MONITOR);               // BLOCK* ask .. to delete  blk_a blk_b ..

    /** Which kind of thread writes the line, which decides its pid. */
    enum Pid {
        /** Namenode IPC handlers (pids 26-35). */
        HANDLER,
        /** Namenode replication monitor (pid 19). */
        MONITOR,
        /** Datanode main thread and its dataset (pids 18, 19). */
        DAEMON,
        /** The block scanner (pid 13). */
        SCANNER,
        /** Datanode transfer threads, numbered ever higher as the log goes on. */
        XCEIVER
    }

    private static final EventKind[] VALUES = values();

    /** {@code " LEVEL component: "}, written after the pid. */
    final byte[] levelAndComponent;
    /** The true event id followed by a newline, for the truth file. */
    final char[] truthLine;
    final Pid pid;

    EventKind(String level, String component, Pid pid) {
        this.pid = pid;
        this.levelAndComponent = (" " + level + " " + component + ": ").getBytes(StandardCharsets.US_ASCII);
        this.truthLine = (name() + "\n").toCharArray();
    }

    /** The kind with the given ordinal. */
    static EventKind of(int ordinal) {
        return VALUES[ordinal];
    }
}
