// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParseStats;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.parse.TemplateSnapshot;
import dev.blocklight.core.parse.TemplateSnapshots;
import dev.blocklight.core.session.SessionLoader;
import dev.blocklight.core.session.SessionStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary layout of a cache file. Big-endian throughout ({@link java.io.DataOutputStream}):
 * <pre>
 * magic "BLKLGHT\u0001CACHE" (13 bytes) | int format version
 * identity: path, size, mtime, head/tail hash | settings key | log format | learning flag
 * template snapshot (JSON bytes) | event table | parse counts
 * sessions: ids, named blocks, start, events, offsets, first, last
 * scores: present flag, float[], threshold, spec
 * model (format 2): present flag, bundle name, SHA-256, training scores float[]
 * labels (format 2): present flag, label file identity, one byte per block
 * long CRC-32C of every byte before it
 * </pre>
 * Arrays are an int count followed by the elements. Reading never trusts a length (see {@link BinaryIn}).
 */
final class CacheCodec {
    static final byte[] MAGIC = "BLKLGHT\u0001CACHE".getBytes(StandardCharsets.ISO_8859_1);
    static final int VERSION = 2;

    private CacheCodec() {
    }

    static void write(FileIdentity id, String key, CachedAnalysis a, OutputStream target) throws IOException {
        BinaryOut out = new BinaryOut(target);
        out.data().write(MAGIC);
        out.data().writeInt(VERSION);
        writeIdentity(out, id);
        out.string(key);
        ParseResult p = a.parse();
        out.string(a.logFormat());
        out.data().writeBoolean(p.miner().isLearning());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new TemplateSnapshots().write(p.miner().snapshot(a.logFormat()), json);
        out.bytes(json.toByteArray());
        writeEvents(out, p.events());
        writeStats(out, p.stats());
        writeSessions(out, p.sessions());
        out.data().writeBoolean(a.hasScores());
        if (a.hasScores()) {
            out.floats(a.scores());
        }
        out.data().writeDouble(a.threshold());
        out.string(a.thresholdSpec());
        out.data().writeBoolean(a.model() != null);
        if (a.model() != null) {
            out.string(a.model().bundle());
            out.bytes(a.model().sha256());
            out.floats(a.model().trainingScores());
        }
        out.data().writeBoolean(a.labels() != null);
        if (a.labels() != null) {
            writeIdentity(out, a.labels().source());
            out.bytes(a.labels().perBlock());
        }
        long crc = out.checksum();
        out.data().writeLong(crc);
        out.data().flush();
    }

    /** The identity and settings key a cache file was written for. */
    record Header(int version, FileIdentity identity, String key) {
    }

    /** Reads the header, identity and key only; the stream is left after them. */
    static Header readHeader(BinaryIn in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.used(magic.length);
        in.data().readFully(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new CorruptCacheException("it is not a Blocklight cache file");
        }
        int version = in.readInt();
        if (version > VERSION) {
            throw new CorruptCacheException("it was written by a newer Blocklight (cache format " + version
                    + "; this version reads format " + VERSION + ")");
        }
        if (version < 1) {
            throw new CorruptCacheException("its format version " + version + " is invalid");
        }
        FileIdentity id = readIdentity(in);
        String key = in.string();
        if (key == null) {
            throw new CorruptCacheException("it names no settings");
        }
        return new Header(version, id, key);
    }

    /** Reads the rest after {@link #readHeader}; checks the checksum before returning anything. */
    static CachedAnalysis readBody(BinaryIn in, int version) throws IOException {
        String format = in.string();
        boolean learning = in.readBoolean();
        byte[] json = in.bytes();
        EventTable events = readEvents(in);
        ParseStats stats = readStats(in);
        SessionStore sessions = readSessions(in, events.size());
        float[] scores = in.readBoolean() ? in.floats() : null;
        double threshold = in.readDouble();
        String spec = in.string();
        String bundle = null;
        byte[] sha = null;
        float[] training = null;
        boolean hasModel = version >= 2 && in.readBoolean();
        if (hasModel) {
            bundle = in.string();
            sha = in.bytes();
            training = in.floats();
        }
        FileIdentity labelSource = null;
        byte[] labels = null;
        if (version >= 2 && in.readBoolean()) {
            labelSource = readIdentity(in);
            labels = in.bytes();
        }
        long expected = in.checksum();
        long stored = in.readLong();
        if (stored != expected) {
            throw new CorruptCacheException("its checksum does not match (the file is damaged)");
        }
        if (format == null) {
            throw new CorruptCacheException("it names no log format");
        }
        TemplateSnapshot snapshot;
        try {
            snapshot = new TemplateSnapshots().read(new ByteArrayInputStream(json), "its template snapshot");
        } catch (IOException | RuntimeException e) {
            throw new CorruptCacheException("its content is inconsistent: " + e.getMessage());
        }
        TemplateMiner miner = TemplateMiner.fromSnapshot(snapshot, learning);
        ParseResult parse = new ParseResult(events, sessions, stats, miner);
        try {
            ModelRef model = hasModel ? new ModelRef(bundle, sha, training) : null;
            CachedLabels cachedLabels = labels == null ? null : new CachedLabels(labelSource, labels);
            return new CachedAnalysis(format, parse, scores, threshold, spec, model, cachedLabels);
        } catch (IllegalArgumentException e) {
            throw new CorruptCacheException("its scores, model or labels do not fit its blocks: " + e.getMessage());
        }
    }

    private static void writeIdentity(BinaryOut out, FileIdentity id) throws IOException {
        out.string(id.path());
        out.data().writeLong(id.size());
        out.data().writeLong(id.modifiedMillis());
        out.bytes(id.headTailHash());
    }

    private static FileIdentity readIdentity(BinaryIn in) throws IOException {
        String path = in.string();
        long size = in.readLong();
        long mtime = in.readLong();
        byte[] hash = in.bytes();
        if (path == null || hash == null) {
            throw new CorruptCacheException("it names no file");
        }
        return new FileIdentity(path, size, mtime, hash);
    }

    private static void writeEvents(BinaryOut out, EventTable t) throws IOException {
        out.data().writeInt(t.size());
        for (EventType e : t.all()) {
            out.string(e.id());
            out.string(e.template());
            out.data().writeLong(e.occurrences());
            out.data().writeLong(e.firstOffset());
        }
    }

    private static EventTable readEvents(BinaryIn in) throws IOException {
        int n = in.count(24);
        List<EventType> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.string();
            String template = in.string();
            long occ = in.readLong();
            long first = in.readLong();
            if (id == null || template == null) {
                throw new CorruptCacheException("an event has no id or template");
            }
            list.add(new EventType(i, id, template, occ, first));
        }
        try {
            return new EventTable(list);
        } catch (IllegalArgumentException e) {
            throw new CorruptCacheException("its event table is invalid: " + e.getMessage());
        }
    }

    private static void writeStats(BinaryOut out, ParseStats s) throws IOException {
        var d = out.data();
        d.writeLong(s.lines());
        d.writeLong(s.bytes());
        d.writeLong(s.blankLines());
        d.writeLong(s.unparsedLines());
        d.writeInt(s.unparsedSamples().size());
        for (ParseStats.LineRef r : s.unparsedSamples()) {
            d.writeLong(r.lineNumber());
            d.writeLong(r.offset());
        }
        d.writeLong(s.linesWithoutBlock());
        d.writeInt(s.blocks());
        d.writeInt(s.events());
        d.writeLong(s.unknownLines());
        d.writeInt(s.distinctContents());
        d.writeLong(s.elapsedNanos());
    }

    private static ParseStats readStats(BinaryIn in) throws IOException {
        long lines = in.readLong();
        long bytes = in.readLong();
        long blank = in.readLong();
        long unparsed = in.readLong();
        int n = in.count(16);
        List<ParseStats.LineRef> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            samples.add(new ParseStats.LineRef(in.readLong(), in.readLong()));
        }
        return new ParseStats(lines, bytes, blank, unparsed, List.copyOf(samples), in.readLong(), in.readInt(),
                in.readInt(), in.readLong(), in.readInt(), in.readLong());
    }

    /** The store as the arrays of format 1 and 2: ids, names, start, events, offsets, first, last. */
    private static void writeSessions(BinaryOut out, SessionStore s) throws IOException {
        int blocks = s.blockCount();
        out.longs(blocks, b -> s.numericId(b));
        Map<Integer, String> names = s.namedBlocks();
        out.data().writeInt(names.size());
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            out.data().writeInt(e.getKey());
            out.string(e.getValue());
        }
        int[] start = {0};
        out.ints(blocks + 1, b -> b == 0 ? 0 : (start[0] += s.length(b - 1)));
        StepWalk events = new StepWalk(s);
        out.ints(s.totalEvents(), i -> events.event(i));
        StepWalk offsets = new StepWalk(s);
        out.longs(s.totalEvents(), i -> offsets.offset(i));
        out.longs(blocks, s::firstSeen);
        out.longs(blocks, s::lastSeen);
    }

    /** Walks the steps in compressed-row order, steps 0, 1, 2... in turn, one block's values at a time. */
    private static final class StepWalk {
        private final SessionStore s;
        private int block = -1;
        private int from;
        private int end;
        private int[] events;
        private long[] offsets;

        StepWalk(SessionStore s) {
            this.s = s;
        }

        int event(int step) {
            if (next(step) || events == null) {
                events = s.events(block);
            }
            return events[step - from];
        }

        long offset(int step) {
            if (next(step) || offsets == null) {
                offsets = s.offsets(block);
            }
            return offsets[step - from];
        }

        /** Moves to the block of {@code step}; true when that is another block than before. */
        private boolean next(int step) {
            boolean moved = false;
            while (step >= end) {
                block++;
                from = end;
                end += s.length(block);
                moved = true;
            }
            return moved;
        }
    }

    private static SessionStore readSessions(BinaryIn in, int eventCount) throws IOException {
        int blocks = in.count(8);
        SessionLoader load = new SessionLoader(blocks, eventCount);
        try {
            in.longsOf(blocks, load::addId);
            int n = in.count(8);
            for (int i = 0; i < n; i++) {
                int block = in.readInt();
                String name = in.string();
                if (block < 0 || block >= blocks || name == null) {
                    throw new CorruptCacheException("a block name is invalid");
                }
                load.name(block, name);
            }
            if (in.ints(load::addStart) != blocks + 1) {
                throw new CorruptCacheException("its content is inconsistent: session arrays do not fit together");
            }
            int steps = in.count(4);
            load.beginSteps(steps);
            in.intsOf(steps, load::addEvent);
            if (in.longs(load::addOffset) != steps || in.longs(load::addFirst) != blocks
                    || in.longs(load::addLast) != blocks) {
                throw new CorruptCacheException("its content is inconsistent: session arrays do not fit together");
            }
            return load.finish();
        } catch (IllegalArgumentException e) {
            throw new CorruptCacheException("its content is inconsistent: " + e.getMessage());
        }
    }

}
