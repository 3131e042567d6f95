// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.MaskingConfig;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Analyses saved in a folder (the workbench uses {@code <data folder>/cache}), one file per log and
 * line layout, keyed by the log's {@link FileIdentity}. A lookup restores the analysis when the log is
 * unchanged, says so when it changed, and discards a damaged, truncated or newer-format cache file
 * with a notice instead of failing. Writes are atomic. A threshold moved later is kept in a small
 * note beside the cache file ({@link #saveThreshold}).
 */
public final class WorkspaceCache {
    /** File name extension of cache files. */
    public static final String EXTENSION = ".blcache";
    /** Default size limit of the folder: 4 GiB, about 25 HDFS_v1-scale analyses. */
    public static final long DEFAULT_LIMIT = 4L << 30;
    /** Subfolder of the cache folder that holds the model bundles cached analyses were scored with. */
    public static final String MODELS = "models";
    /** Default number of model bundles kept in {@link #MODELS}: as many as analyses fit the default limit. */
    public static final int DEFAULT_MODEL_LIMIT = 25;
    private final Path dir;
    private final long limitBytes;
    private final int modelLimit;

    /** A cache in {@code dir} of at most {@link #DEFAULT_LIMIT} bytes; the folder is created on the first save. */
    public WorkspaceCache(Path dir) {
        this(dir, DEFAULT_LIMIT);
    }

    /**
     * @param limitBytes after each save, the least recently used cache files are deleted until the
     *     folder's cache files fit in this many bytes (the file just saved always stays)
     */
    public WorkspaceCache(Path dir, long limitBytes) {
        this(dir, limitBytes, DEFAULT_MODEL_LIMIT);
    }

    /**
     * @param modelLimit after each save, the least recently used model bundles beyond this many are
     *     deleted (never the one the saved analysis names); restoring an analysis marks its bundle as used
     */
    public WorkspaceCache(Path dir, long limitBytes, int modelLimit) {
        this.dir = dir;
        this.limitBytes = limitBytes;
        this.modelLimit = modelLimit;
    }

    public Path folder() {
        return dir;
    }

    /**
     * The settings that change a parse, as a cache key: the line layout, the masking rules and Drain's
     * settings. Parsing the same log with other settings is another cache entry.
     */
    public static String key(String logFormat, MaskingConfig masking, DrainConfig drain) {
        return logFormat + "\n" + masking + "\n" + drain;
    }

    /** The cache file for a log parsed with the given settings key. */
    public Path fileFor(Path log, String key) {
        String full = log.toAbsolutePath().normalize() + "\n" + key;
        byte[] h = FileIdentity.sha256().digest(full.getBytes(StandardCharsets.UTF_8));
        String name = log.getFileName() == null ? "log" : log.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return dir.resolve(name + "-" + HexFormat.of().formatHex(h, 0, 8) + EXTENSION);
    }

    /** Looks the log up. Never throws for a bad cache file: that is a {@link Lookup.Status#DISCARDED} notice. */
    public Lookup load(Path log, String key) throws IOException {
        FileIdentity now = FileIdentity.of(log);
        Path file = fileFor(log, key);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return new Lookup(Lookup.Status.MISSING, null, now, null);
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            BinaryIn in = new BinaryIn(raw, size);
            CacheCodec.Header header = CacheCodec.readHeader(in);
            if (!key.equals(header.key())) {
                throw new CorruptCacheException("it was made with other parse settings");
            }
            String diff = header.identity().differenceFrom(now);
            if (diff != null) {
                return new Lookup(Lookup.Status.STALE, null, now,
                        log.getFileName() + " changed since it was cached (" + diff + "); parsing it again");
            }
            CachedAnalysis a = ThresholdNote.apply(file, CacheCodec.readBody(in, header.version()));
            touch(file);
            if (a.model() != null) {
                touch(a.model().file(dir)); // a missing bundle is reported when the workbench loads it
            }
            return new Lookup(Lookup.Status.RESTORED, a, now, "Restored " + log.getFileName() + " from cache");
        } catch (CorruptCacheException | java.io.EOFException e) {
            return discard(file, log, now, e.getMessage());
        } catch (RuntimeException e) {
            return discard(file, log, now, "it is inconsistent: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return discard(file, log, now, "it is too large to load");
        }
    }

    private Lookup discard(Path file, Path log, FileIdentity now, String why) {
        try {
            deleteWithNote(file);
        } catch (IOException ignored) {
            // a leftover bad file is discarded again next time
        }
        String reason = why == null ? "it is truncated" : why;
        return new Lookup(Lookup.Status.DISCARDED, null, now,
                "Discarded the cached analysis of " + log.getFileName() + " (" + reason + "); parsing it again");
    }

    /**
     * Saves an analysis of the log as it was when {@code parsedIdentity} was taken (before the parse
     * started). If the log changed since, nothing is saved and false is returned: the analysis would not
     * describe the file on disk.
     */
    public boolean save(FileIdentity parsedIdentity, String key, CachedAnalysis analysis) throws IOException {
        Path log = Path.of(parsedIdentity.path());
        if (!parsedIdentity.isCurrent()) {
            return false;
        }
        Files.createDirectories(dir);
        Path file = fileFor(log, key);
        try (AtomicOutput out = AtomicOutput.open(file)) {
            CacheCodec.write(parsedIdentity, key, analysis, out.stream());
            out.commit();
        }
        ThresholdNote.delete(file); // the new file holds its own threshold
        prune(file);
        pruneModels(analysis.model() == null ? null : analysis.model().file(dir));
        return true;
    }

    /**
     * Records a new threshold for the scores already in the log's cache file, in a small note beside
     * it instead of writing the whole file again. Returns false, saving nothing, when there is no cache
     * file or the log changed since it was cached.
     */
    public boolean saveThreshold(FileIdentity parsedIdentity, String key, double threshold, String spec)
            throws IOException {
        Path log = Path.of(parsedIdentity.path());
        Path file = fileFor(log, key);
        if (!Files.isRegularFile(file) || !parsedIdentity.isCurrent()) {
            return false;
        }
        ThresholdNote.write(file, threshold, spec);
        return true;
    }

    /** Marks a file as just used, for the least-recently-used pruning. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // pruning order is a nicety
        }
    }

    /** Deletes the least recently used cache files (not {@code keep}) until the folder fits the limit. */
    private void prune(Path keep) throws IOException {
        java.util.List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .collect(java.util.stream.Collectors.toList());
        }
        java.util.Map<Path, Long> sizes = new java.util.HashMap<>();
        java.util.Map<Path, Long> times = new java.util.HashMap<>();
        long total = 0;
        for (Path p : files) {
            try {
                sizes.put(p, Files.size(p));
                times.put(p, Files.getLastModifiedTime(p).toMillis());
                total += sizes.get(p);
            } catch (IOException e) {
                sizes.put(p, 0L); // deleted meanwhile by another instance
                times.put(p, Long.MAX_VALUE);
            }
        }
        files.sort(java.util.Comparator.comparing(times::get));
        for (Path p : files) {
            if (total <= limitBytes) {
                break;
            }
            if (!p.equals(keep) && deleteWithNote(p)) {
                total -= sizes.get(p);
            }
        }
    }

    /** Deletes the least recently used model bundles (not {@code keep}) beyond {@link #modelLimit}. */
    private void pruneModels(Path keep) throws IOException {
        Path models = dir.resolve(MODELS);
        if (!Files.isDirectory(models)) {
            return;
        }
        java.util.List<Path> bundles;
        try (var list = Files.list(models)) {
            bundles = list.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".part")
                    && !p.equals(keep)).collect(java.util.stream.Collectors.toList());
        }
        int room = keep == null ? modelLimit : modelLimit - 1;
        if (bundles.size() <= room) {
            return;
        }
        java.util.Map<Path, Long> times = new java.util.HashMap<>();
        for (Path p : bundles) {
            try {
                times.put(p, Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                times.put(p, Long.MAX_VALUE); // deleted meanwhile
            }
        }
        bundles.sort(java.util.Comparator.comparing(times::get).reversed());
        for (Path p : bundles.subList(Math.max(room, 0), bundles.size())) {
            Files.deleteIfExists(p);
        }
    }

    /** Removes the cache file of a log, if any. */
    void forget(Path log, String key) throws IOException {
        deleteWithNote(fileFor(log, key));
    }

    /** Deletes a cache file and its threshold note; whether the cache file was there. */
    private static boolean deleteWithNote(Path file) throws IOException {
        ThresholdNote.delete(file);
        return Files.deleteIfExists(file);
    }

    /**
     * The outcome of a lookup.
     *
     * @param status what happened
     * @param analysis the restored analysis when {@link Status#RESTORED}, else null
     * @param identity the log's identity now: pass it to {@link #save} after parsing again
     * @param notice one sentence for the user, or null when there was simply no cache
     */
    public record Lookup(Status status, CachedAnalysis analysis, FileIdentity identity, String notice) {
        /** What a lookup found. */
        public enum Status {
            /** Restored; no parse needed. */
            RESTORED,
            /** No cache for this log. */
            MISSING,
            /** The log changed since it was cached. */
            STALE,
            /** The cache file was damaged, truncated or of a newer format, and was deleted. */
            DISCARDED
        }

        public boolean restored() {
            return status == Status.RESTORED;
        }
    }
}
