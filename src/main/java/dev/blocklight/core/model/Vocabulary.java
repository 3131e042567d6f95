// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a model knows, by model event index: index 0 is the unknown event {@code E0}, then the
 * training log's events. The network sees class {@code index + 1}; class {@link #PAD} pads short
 * sequences and is always masked.
 */
public final class Vocabulary {
    /** Network class of padding steps. */
    public static final int PAD = 0;
    private final List<Entry> entries;

    /** One known event: its id (such as {@code E7}) and its template text. */
    public record Entry(String id, String template) {
        /** Words of the template shown at most in {@link #label()}. */
        static final int LABEL_WORDS = 4;

        /**
         * The id with the first words of the template that are not parameters, for explanations:
         * {@code E26 (BLOCK* NameSystem.addStoredBlock: blockMap updated:)}; the id alone when none is left.
         */
        public String label() {
            StringBuilder words = new StringBuilder();
            int n = 0;
            for (String w : template.split(" ")) {
                if (n < LABEL_WORDS && !w.isEmpty() && !w.contains("<") && !w.equals("*")) {
                    words.append(n++ == 0 ? "" : " ").append(w);
                }
            }
            return n == 0 ? id : id + " (" + words + ")";
        }
    }

    public Vocabulary(List<Entry> entries) {
        if (entries.isEmpty() || !EventType.UNKNOWN_ID.equals(entries.get(0).id())) {
            throw new IllegalArgumentException("the first vocabulary entry must be the unknown event E0");
        }
        for (Entry e : entries) {
            if (e == null || e.id() == null || e.template() == null) {
                throw new IllegalArgumentException("vocabulary entries need an id and a template");
            }
        }
        this.entries = List.copyOf(entries);
    }

    /** The vocabulary of a parse's event table (index for index). */
    public static Vocabulary of(EventTable table) {
        List<Entry> list = new ArrayList<>(table.size());
        for (EventType e : table.all()) {
            list.add(new Entry(e.id(), e.template()));
        }
        return new Vocabulary(list);
    }

    /** Number of events including the unknown one. */
    public int size() {
        return entries.size();
    }

    /**
     * Number of network classes: padding (0), the events (index + 1), and the end marker (the last
     * class), which follows every sequence's last real step.
     */
    public int classes() {
        return entries.size() + 2;
    }

    public Entry get(int index) {
        return entries.get(index);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The identity mapping, for sequences already numbered like this vocabulary. */
    public EventMapping identity() {
        int[] map = new int[entries.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new EventMapping(map, List.of());
    }

    /**
     * Maps another log's events onto this vocabulary by template text. A template the model never saw
     * becomes the unknown event 0 and is listed in {@link EventMapping#unmatched()}.
     */
    public EventMapping mappingFrom(EventTable log) {
        Map<String, Integer> byTemplate = new HashMap<>();
        for (int i = entries.size() - 1; i >= 1; i--) {
            byTemplate.put(entries.get(i).template(), i);
        }
        int[] map = new int[log.size()];
        List<EventType> unmatched = new ArrayList<>();
        for (EventType e : log.all()) {
            Integer m = e.index() == 0 ? Integer.valueOf(0) : byTemplate.get(e.template());
            if (m == null) {
                unmatched.add(e);
                m = 0;
            }
            map[e.index()] = m;
        }
        return new EventMapping(map, unmatched);
    }
}
