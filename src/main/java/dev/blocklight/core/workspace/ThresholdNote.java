// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blocklight.core.export.AtomicOutput;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A threshold chosen after a cache file was written, kept in a small file beside it
 * ({@code <cache file>.threshold}) so that moving the threshold does not rewrite the whole cache
 * file (157 MB for an 11.2M-line log). The note names the cache file it belongs to by its size and
 * closing checksum; a note that does not match, or cannot be read, is ignored.
 */
final class ThresholdNote {
    static final String SUFFIX = ".threshold";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ThresholdNote() {
    }

    /** What the note file holds. */
    record Content(int format, long cacheBytes, long cacheChecksum, double threshold, String spec) {
    }

    static Path of(Path cacheFile) {
        return cacheFile.resolveSibling(cacheFile.getFileName() + SUFFIX);
    }

    /** Writes the note for the cache file as it is now, atomically. */
    static void write(Path cacheFile, double threshold, String spec) throws IOException {
        long[] tag = tag(cacheFile);
        Content c = new Content(FORMAT, tag[0], tag[1], threshold, spec);
        try (AtomicOutput out = AtomicOutput.open(of(cacheFile))) {
            JSON.writeValue(out.stream(), c);
            out.commit();
        }
    }

    /** The analysis with the threshold of a matching note, or as it is when there is none. */
    static CachedAnalysis apply(Path cacheFile, CachedAnalysis analysis) {
        if (!analysis.hasScores()) {
            return analysis;
        }
        try {
            Content c = JSON.readValue(of(cacheFile).toFile(), Content.class);
            long[] tag = tag(cacheFile);
            if (c.format() != FORMAT || c.cacheBytes() != tag[0] || c.cacheChecksum() != tag[1]
                    || !Double.isFinite(c.threshold())) {
                return analysis;
            }
            return analysis.withScores(analysis.scores(), c.threshold(), c.spec(), analysis.model());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return analysis;
        } catch (IOException | RuntimeException e) {
            return analysis; // a damaged note: the threshold saved with the scores stands
        }
    }

    static void delete(Path cacheFile) throws IOException {
        Files.deleteIfExists(of(cacheFile));
    }

    /** The cache file's size and its last 8 bytes (the CRC-32C that ends every cache file). */
    private static long[] tag(Path cacheFile) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(cacheFile.toFile(), "r")) {
            long size = f.length();
            if (size < Long.BYTES) {
                return new long[] {size, 0};
            }
            f.seek(size - Long.BYTES);
            return new long[] {size, f.readLong()};
        }
    }
}
