// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps masked contents to events. Each distinct masked content goes through Drain once, in order of
 * first appearance; every later line with the same content reuses the answer. In learning mode Drain
 * grows its templates; in match-only mode (a loaded snapshot) templates are frozen and an unseen
 * shape becomes the unknown event {@code E0}. Used by one thread at a time.
 */
public final class TemplateMiner {
    private final MaskingConfig masking;
    private final Drain drain;
    private final boolean learning;
    /** Event ids fixed by a snapshot, by cluster id. */
    private final Map<Integer, String> fixedIds;
    /** Clusters fixed by a snapshot for contents that Drain's match would place elsewhere, by content text. */
    private final Map<String, Integer> learnedContents;
    private final ContentTable contents = new ContentTable();
    private int[] contentCluster = new int[256];
    private long[] contentCount = new long[256];
    private long[] contentFirst = new long[256];
    private int[] clusterToEvent = new int[0];
    private EventTable table;
    /**
     * The Drain whose templates the finished table shows: in learning mode a merged copy, so that
     * {@link #drain} itself is never merged and learning can go on exactly as in one long parse.
     */
    private Drain finished;

    private TemplateMiner(MaskingConfig masking, Drain drain, boolean learning, Map<Integer, String> fixedIds,
            Map<String, Integer> learnedContents) {
        this.masking = masking;
        this.drain = drain;
        this.learning = learning;
        this.fixedIds = fixedIds;
        this.learnedContents = learnedContents;
    }

    /** A fresh miner that learns templates. */
    public static TemplateMiner learning(MaskingConfig masking, DrainConfig config) {
        return new TemplateMiner(masking, new Drain(config), true, Map.of(), Map.of());
    }

    /** A miner restored from a snapshot: match-only (frozen) or learning further with stable old ids. */
    public static TemplateMiner fromSnapshot(TemplateSnapshot snapshot, boolean learn) {
        Map<Integer, String> ids = new LinkedHashMap<>();
        for (TemplateSnapshot.ClusterEvent e : snapshot.events()) {
            ids.put(e.cluster(), e.id());
        }
        Drain drain = Drain.restore(snapshot.drain());
        Map<String, Integer> learned = new HashMap<>();
        for (TemplateSnapshot.LearnedContent c : snapshot.learnedContents()) {
            if (c.cluster() < 1 || c.cluster() > drain.clusterCount()) {
                throw new IllegalArgumentException("a learned content names cluster " + c.cluster() + ", which does not exist");
            }
            learned.putIfAbsent(c.content(), c.cluster());
        }
        return new TemplateMiner(snapshot.masking(), drain, learn, ids, learned);
    }

    public MaskingConfig masking() {
        return masking;
    }

    public boolean isLearning() {
        return learning;
    }

    /** Global id of a masked content, sending it through Drain on first sight. */
    int contentId(byte[] key, int len) {
        int before = contents.size();
        int id = contents.intern(key, 0, len);
        if (id == before) {
            if (id == contentCluster.length) {
                contentCluster = Arrays.copyOf(contentCluster, id * 2);
                contentCount = Arrays.copyOf(contentCount, id * 2);
                contentFirst = Arrays.copyOf(contentFirst, id * 2);
            }
            String text = new String(key, 0, len, StandardCharsets.UTF_8);
            Integer fixed = learnedContents.get(text);
            contentCluster[id] = fixed != null ? fixed : learning ? drain.learn(split(text)) : drain.match(split(text));
            contentFirst[id] = -1;
            table = null;
        }
        return id;
    }

    /** Adds {@code n} lines of a content; {@code firstOffset} is the offset of the first of them. */
    void count(int contentId, long n, long firstOffset) {
        if (contentCount[contentId] == 0) {
            contentFirst[contentId] = firstOffset;
        }
        contentCount[contentId] += n;
        table = null;
    }

    /** Provisional cluster id of a content (map through {@link #eventIndexOfCluster()} after finish). */
    int clusterOf(int contentId) {
        return contentCluster[contentId];
    }

    /**
     * Templates mined so far, for progress while a parse runs: Drain's clusters, before the
     * final merge of variable-length runs. Call it from the thread that feeds the miner.
     */
    public int templatesSoFar() {
        return drain.clusterCount();
    }

    /**
     * The templates mined so far with their line counts, in order of first appearance, for a live
     * view while a parse runs: Drain's surviving clusters, before the final merge of variable-length
     * runs. O(distinct contents). Call it from the thread that feeds the miner.
     */
    public List<TemplateDraft> drafts() {
        long[] lines = new long[drain.clusterCount() + 1];
        for (int c = 0; c < contents.size(); c++) {
            int cluster = contentCluster[c];
            lines[cluster == Drain.UNKNOWN ? 0 : drain.survivorOf(cluster)] += contentCount[c];
        }
        List<TemplateDraft> out = new ArrayList<>();
        for (int c = 1; c < lines.length; c++) {
            if (lines[c] > 0) {
                out.add(new TemplateDraft(drain.templateText(c), lines[c]));
            }
        }
        if (lines[0] > 0) {
            out.add(new TemplateDraft(EventType.UNKNOWN_TEMPLATE, lines[0]));
        }
        return out;
    }

    /** Number of distinct masked contents seen. */
    public int distinctContents() {
        return contents.size();
    }

    private static String[] split(String text) {
        return text.isEmpty() ? new String[0] : text.split(" ");
    }

    /** Merges variable-length templates, numbers the events and returns the event table. */
    public EventTable finish() {
        if (table != null) {
            return table;
        }
        // A restored Drain remembers the merges made before its snapshot: merged clusters share their survivor's event.
        // Learning merges a copy: the live Drain stays unmerged, so lines appended later (follow mode) are
        // learned exactly as a single parse of the whole file would learn them.
        finished = learning ? Drain.restore(drain.snapshot()) : drain;
        int[] merged = learning ? finished.mergeVariableRuns() : survivors();
        int clusters = drain.clusterCount();
        long[] occ = new long[clusters + 1];
        long[] first = new long[clusters + 1];
        Arrays.fill(first, -1);
        for (int c = 0; c < contents.size(); c++) {
            int root = root(merged, contentCluster[c]);
            occ[root] += contentCount[c];
            if (contentFirst[c] >= 0 && (first[root] < 0 || contentFirst[c] < first[root])) {
                first[root] = contentFirst[c];
            }
        }
        clusterToEvent = new int[clusters + 1];
        List<EventType> events = new ArrayList<>();
        events.add(new EventType(0, EventType.UNKNOWN_ID, EventType.UNKNOWN_TEMPLATE, occ[0], first[0]));
        Map<Integer, Integer> eventOfRoot = new HashMap<>();
        List<Integer> order = new ArrayList<>(fixedIds.keySet());
        for (int c = 1; c <= clusters; c++) {
            if (!fixedIds.containsKey(c)) {
                order.add(c);
            }
        }
        int next = fixedIds.values().stream().mapToInt(TemplateMiner::number).max().orElse(0) + 1;
        for (int c : order) {
            int root = root(merged, c);
            Integer ev = eventOfRoot.get(root);
            if (ev == null) {
                ev = events.size();
                String id = fixedIds.containsKey(root) ? fixedIds.get(root)
                        : fixedIds.containsKey(c) ? fixedIds.get(c) : "E" + next++;
                events.add(new EventType(ev, id, finished.templateText(root), occ[root], first[root]));
                eventOfRoot.put(root, ev);
            }
            clusterToEvent[c] = ev;
        }
        table = new EventTable(events);
        return table;
    }

    /** After {@link #finish()}: the final event index of every provisional cluster id (0 = unknown). */
    int[] eventIndexOfCluster() {
        finish();
        return clusterToEvent;
    }

    /** Final event index of a content; call after {@link #finish()}. */
    int eventOfContent(int contentId) {
        return eventIndexOfCluster()[contentCluster[contentId]];
    }

    /** Looks up a content without learning: final event index, or -1 if never seen. */
    int eventOfKnownContent(byte[] key, int len) {
        int id = contents.find(key, 0, len);
        return id < 0 ? -1 : eventOfContent(id);
    }

    /** Event index for a content never seen during the parse, by frozen match. */
    int matchUnseen(byte[] key, int len) {
        String text = new String(key, 0, len, StandardCharsets.UTF_8);
        Integer fixed = learnedContents.get(text);
        int[] events = eventIndexOfCluster();
        return events[fixed != null ? fixed : finished.match(split(text))];
    }

    /** The template state, to save beside a model. */
    public TemplateSnapshot snapshot(String logFormat) {
        EventTable t = finish();
        List<TemplateSnapshot.ClusterEvent> events = new ArrayList<>();
        for (int c = 1; c < clusterToEvent.length; c++) {
            EventType e = t.get(clusterToEvent[c]);
            events.add(new TemplateSnapshot.ClusterEvent(c, e.id(), e.template()));
        }
        return new TemplateSnapshot(TemplateSnapshot.VERSION, logFormat, masking, finished.snapshot(), events,
                learnedContents());
    }

    /**
     * The contents whose event differs from what {@link Drain#match} gives on the final templates (one
     * match per distinct content), plus those a restored snapshot brought that this run did not see.
     */
    private List<TemplateSnapshot.LearnedContent> learnedContents() {
        Map<String, TemplateSnapshot.LearnedContent> out = new LinkedHashMap<>();
        for (int c = 0; c < contents.size(); c++) {
            byte[] key = contents.key(c);
            String text = new String(key, StandardCharsets.UTF_8);
            int cluster = contentCluster[c];
            if (clusterToEvent[cluster] != clusterToEvent[finished.match(split(text))]) {
                out.putIfAbsent(text, new TemplateSnapshot.LearnedContent(text, cluster));
            }
        }
        learnedContents.forEach((text, cluster) -> out.putIfAbsent(text, new TemplateSnapshot.LearnedContent(text, cluster)));
        return new ArrayList<>(out.values());
    }

    private static int root(int[] merged, int c) {
        int r = c;
        while (r < merged.length && merged[r] != r) {
            r = merged[r];
        }
        return r;
    }

    private int[] survivors() {
        int[] s = new int[drain.clusterCount() + 1];
        for (int c = 1; c < s.length; c++) {
            s[c] = drain.survivorOf(c);
        }
        return s;
    }

    private static int number(String eventId) {
        try {
            return Integer.parseInt(eventId.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
