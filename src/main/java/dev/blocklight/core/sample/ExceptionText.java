// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Java exceptions as the HDFS_v1 datanodes print them after {@code received exception}, {@code got} or
 * {@code Exception}: a class name and a message of varying length, some with numbers, addresses and
 * {@code key=value} runs ({@code SocketChannel[connected local=/.. remote=/..]}).
 */
final class ExceptionText {
    private static final byte[] RESET_BY_PEER = b("java.io.IOException: Connection reset by peer");
    private static final byte[] COULD_NOT_READ = b("java.io.IOException: Could not read from stream");
    private static final byte[] EOF = b("java.io.EOFException");
    private static final byte[] EOF_READ = b("java.io.EOFException: while trying to read ");
    private static final byte[] BYTES = b(" bytes");
    private static final byte[] SOCKET_RESET = b("java.net.SocketException: Connection reset");
    private static final byte[] BROKEN_PIPE = b("java.io.IOException: Broken pipe");
    private static final byte[] NO_ROUTE = b("java.net.NoRouteToHostException: No route to host");
    private static final byte[] TIMEOUT = b("java.net.SocketTimeoutException: ");
    private static final byte[] TIMEOUT_READ = b(" millis timeout while waiting for channel to be ready for read. ch : ");
    private static final byte[] TIMEOUT_WRITE = b(" millis timeout while waiting for channel to be ready for write. ch : ");
    private static final byte[] INTERRUPTED = b("java.io.InterruptedIOException: Interruped while waiting for IO on channel ");
    private static final byte[] MILLIS_LEFT = b(" millis timeout left.");
    private static final byte[] CHANNEL_LOCAL = b("java.nio.channels.SocketChannel[connected local=/");
    private static final byte[] REMOTE = b(" remote=/");
    private static final byte[] BLOCK_VALID_1 = b("java.io.IOException: Block ");
    private static final byte[] BLOCK_VALID_2 = b(" is valid, and cannot be written to.");
    private static final byte[] CHECKSUM = b("java.io.IOException: Unexpected checksum mismatch while writing ");
    private static final byte[] FROM = b(" from /");
    private static final byte[] BLK = b("blk_");

    private ExceptionText() {
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes one exception seen on {@code node} while talking to {@code peer} about block {@code blockId}. */
    static void write(LineBuffer out, SplittableRandom random, Datanodes nodes, long blockId, int node, int peer) {
        switch (random.nextInt(12)) {
            case 0, 1 -> out.put(RESET_BY_PEER);
            case 2, 3 -> out.put(COULD_NOT_READ);
            case 4 -> out.put(EOF);
            case 5 -> {
                out.put(EOF_READ);
                out.putLong(65_557 + random.nextInt(4) * 512L);
                out.put(BYTES);
            }
            case 6 -> out.put(random.nextBoolean() ? SOCKET_RESET : BROKEN_PIPE);
            case 7 -> out.put(NO_ROUTE);
            case 8 -> {
                boolean read = random.nextBoolean();
                out.put(TIMEOUT);
                out.putLong(read ? 63_000 + random.nextInt(8) * 3_000L : 480_000);
                out.put(read ? TIMEOUT_READ : TIMEOUT_WRITE);
                channel(out, random, nodes, node, peer);
            }
            case 9 -> {
                out.put(INTERRUPTED);
                channel(out, random, nodes, node, peer);
                out.put('.');
                out.put(' ');
                out.putLong(random.nextInt(60_000));
                out.put(MILLIS_LEFT);
            }
            case 10 -> {
                out.put(BLOCK_VALID_1);
                out.put(BLK);
                out.putLong(blockId);
                out.put(BLOCK_VALID_2);
            }
            default -> {
                out.put(CHECKSUM);
                out.put(BLK);
                out.putLong(blockId);
                out.put(FROM);
                out.put(nodes.ip(peer));
            }
        }
    }

    /** {@code java.nio.channels.SocketChannel[connected local=/a:50010 remote=/b:port]} */
    private static void channel(LineBuffer out, SplittableRandom random, Datanodes nodes, int node, int peer) {
        out.put(CHANNEL_LOCAL);
        out.put(nodes.ipPort(node));
        out.put(REMOTE);
        out.put(nodes.ip(peer));
        out.put(':');
        out.putLong(32_768 + random.nextInt(28_000));
        out.put(']');
    }
}
