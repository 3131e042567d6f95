// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.LogTail;
import dev.blocklight.core.parse.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * {@code bench --follow DIR}: follow mode on a growing copy of the log. Copies the first part of the
 * log into DIR, parses it, then appends the rest in steps (cut anywhere, even mid-line) and times
 * each step's tail parse against the size of what was appended.
 */
final class FollowBench {
    private FollowBench() {
    }

    static void run(PrintWriter o, Path log, ParseOptions parse, Path dir, int steps) throws IOException {
        Files.createDirectories(dir);
        Path grow = dir.resolve("follow-" + log.getFileName());
        long size = Files.size(log);
        long first = size * 9 / 10;
        try (InputStream in = Files.newInputStream(log)) {
            Files.deleteIfExists(grow);
            copy(in, grow, first);
            LogTail tail = new LogTail(grow, parse.parserConfig(parse.format()), () -> {
                try {
                    return parse.miner();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long t = System.nanoTime();
            ParseResult r = tail.poll(ProgressListener.NONE, Cancellation.NEVER);
            o.printf(Locale.ROOT, "Follow: first poll parses %s (%,d lines) in %.2f s%n", Human.bytes(tail.parsedBytes()),
                    r.stats().lines(), (System.nanoTime() - t) / 1e9);
            long left = size - first;
            for (int i = 1; i <= steps; i++) {
                long n = i == steps ? size - Files.size(grow) : left / steps;
                copy(in, grow, n);
                long before = tail.parsedBytes();
                t = System.nanoTime();
                r = tail.poll(ProgressListener.NONE, Cancellation.NEVER);
                long took = System.nanoTime() - t;
                o.printf(Locale.ROOT, "  step %d: appended %s, parsed %s of complete lines in %.2f s -> %,d lines, %,d blocks%n",
                        i, Human.bytes(n), Human.bytes(tail.parsedBytes() - before), took / 1e9, r.stats().lines(),
                        r.stats().blocks());
            }
        } finally {
            Files.deleteIfExists(grow);
        }
    }

    private static void copy(InputStream in, Path to, long n) throws IOException {
        byte[] buf = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (long left = n; left > 0; ) {
                int k = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (k < 0) {
                    break;
                }
                out.write(buf, 0, k);
                left -= k;
            }
        }
    }
}
