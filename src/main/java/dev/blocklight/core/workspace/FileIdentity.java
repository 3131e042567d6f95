// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import dev.blocklight.core.ingest.LogSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Who a log file is, cheaply: its absolute path, size, modification time and a SHA-256 of its first
 * and last {@value #SAMPLE} bytes. Reading 128 KiB is enough to tell a 1.5 GB log that was rewritten
 * in place with the same size and a reset clock from the one that was cached.
 *
 * @param path the absolute, normalised path
 * @param size bytes on disk
 * @param modifiedMillis last-modified time in milliseconds
 * @param headTailHash SHA-256 of the size, the head and the tail
 */
public record FileIdentity(String path, long size, long modifiedMillis, byte[] headTailHash) {
    /** Bytes hashed at each end of the file. */
    public static final int SAMPLE = 64 * 1024;

    /**
     * The identity of the file as it is now.
     *
     * @throws IOException with one sentence for a missing file, a folder, a pipe (which opening would
     *     block on) or an unreadable file
     */
    public static FileIdentity of(Path file) throws IOException {
        LogSource.requireReadableFile(file, "a log file");
        Path abs = file.toAbsolutePath().normalize();
        long modified = Files.getLastModifiedTime(abs).toMillis();
        try (FileChannel ch = FileChannel.open(abs, StandardOpenOption.READ)) {
            long size = ch.size();
            MessageDigest sha = sha256();
            sha.update(ByteBuffer.allocate(8).putLong(0, size));
            sha.update(read(ch, 0, (int) Math.min(SAMPLE, size)));
            long tailFrom = Math.max(Math.min(SAMPLE, size), size - SAMPLE);
            sha.update(read(ch, tailFrom, (int) (size - tailFrom)));
            return new FileIdentity(abs.toString(), size, modified, sha.digest());
        }
    }

    private static ByteBuffer read(FileChannel ch, long from, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b, from + b.position()) < 0) {
                break; // shrank while we looked: the hash then differs from any stored one
            }
        }
        return b.flip();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Whether the file still has this identity (same path, size, time and hashed head and tail). */
    public boolean isCurrent() throws IOException {
        return equals(of(Path.of(path)));
    }

    /** Why {@code now} is not this identity, in a few words, or null when they are the same file state. */
    public String differenceFrom(FileIdentity now) {
        if (!path.equals(now.path)) {
            return "it is another file";
        }
        if (size != now.size) {
            return "its size changed from " + size + " to " + now.size + " bytes";
        }
        if (modifiedMillis != now.modifiedMillis) {
            return "it was modified";
        }
        if (!Arrays.equals(headTailHash, now.headTailHash)) {
            return "its content changed";
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileIdentity f && differenceFrom(f) == null;
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Long.hashCode(size);
    }

    @Override
    public String toString() {
        return path + " (" + size + " bytes, modified " + modifiedMillis + ", " + HexFormat.of().formatHex(headTailHash, 0, 8) + ")";
    }
}
