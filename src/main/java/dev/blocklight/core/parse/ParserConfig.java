// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.Objects;

/**
 * How to parse a log: the line layout, the worker thread count and the chunk size.
 *
 * @param format line layout
 * @param threads worker threads (at least 1)
 * @param chunkBytes bytes per chunk handed to a worker
 */
public record ParserConfig(LogFormat format, int threads, int chunkBytes) {
    public ParserConfig {
        Objects.requireNonNull(format, "format");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (chunkBytes < 1024) {
            throw new IllegalArgumentException("chunk size must be at least 1 KiB");
        }
    }

    /** HDFS layout, one worker per core, 4 MiB chunks. */
    public static ParserConfig hdfs() {
        return new ParserConfig(LogFormat.compile(LogFormat.HDFS), Runtime.getRuntime().availableProcessors(), 4 << 20);
    }

    public ParserConfig withThreads(int n) {
        return new ParserConfig(format, n, chunkBytes);
    }

    public ParserConfig withFormat(LogFormat f) {
        return new ParserConfig(f, threads, chunkBytes);
    }

    public ParserConfig withChunkBytes(int bytes) {
        return new ParserConfig(format, threads, bytes);
    }
}
