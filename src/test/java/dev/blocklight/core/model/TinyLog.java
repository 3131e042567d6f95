// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogParser;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes and parses small HDFS-style logs whose blocks follow a few life cycles. */
final class TinyLog {
    private TinyLog() {
    }

    static String allocate(long b) {
        return "081109 203518 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/part-0. blk_" + b;
    }

    static String receiving(long b, int i) {
        return "081109 203519 143 INFO dfs.DataNode$DataXceiver: Receiving block blk_" + b + " src: /10.250.19."
                + (10 + i) + ":54106 dest: /10.250.19.102:50010";
    }

    static String responder(long b, int i) {
        return "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder " + i + " for block blk_" + b
                + " terminating";
    }

    static String stored(long b) {
        return "081109 203616 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: "
                + "10.251.73.220:50010 is added to blk_" + b + " size 67108864";
    }

    static String exception(long b) {
        return "081109 203617 2011 WARN dfs.DataNode$DataXceiver: 10.251.73.220:50010:Got exception while serving blk_"
                + b + " to /10.251.73.1:";
    }

    /** Lines of {@code blocks} blocks; every {@code anomalyEvery}-th block gets an exception line. */
    static List<String> lines(int blocks, int anomalyEvery, long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < blocks; k++) {
            long b = 1000 + k;
            lines.add(allocate(b));
            int copies = 1 + r.nextInt(3);
            for (int i = 0; i < copies; i++) {
                lines.add(receiving(b, i));
            }
            if (anomalyEvery > 0 && k % anomalyEvery == anomalyEvery - 1) {
                lines.add(exception(b));
            }
            for (int i = 0; i < copies; i++) {
                lines.add(responder(b, i));
            }
            lines.add(stored(b));
        }
        return lines;
    }

    static ParseResult parse(Path file, List<String> lines) throws IOException {
        Files.write(file, lines);
        return new LogParser(ParserConfig.hdfs().withThreads(1)).parse(LogSource.of(file),
                TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), ProgressListener.NONE,
                Cancellation.NEVER);
    }
}
