// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The final events of a parse, by dense index: index 0 is the unknown event ({@code E0}), then the
 * mined templates in order of first appearance. Immutable.
 */
public final class EventTable {
    private final List<EventType> events;
    private final Map<String, Integer> byId = new HashMap<>();

    public EventTable(List<EventType> events) {
        if (events.isEmpty() || !events.get(0).id().equals(EventType.UNKNOWN_ID)) {
            throw new IllegalArgumentException("event 0 must be the unknown event");
        }
        this.events = List.copyOf(events);
        for (EventType e : this.events) {
            if (byId.put(e.id(), e.index()) != null) {
                throw new IllegalArgumentException("duplicate event id " + e.id());
            }
        }
    }

    /** Number of events including the unknown one. */
    public int size() {
        return events.size();
    }

    public EventType get(int index) {
        return events.get(index);
    }

    /** All events including the unknown one at index 0. */
    public List<EventType> all() {
        return events;
    }

    /** The mined templates, without the unknown event unless some line fell into it. */
    public List<EventType> templates() {
        return events.get(0).occurrences() > 0 ? events : events.subList(1, events.size());
    }

    /** Index of an event id such as {@code E7}, or -1. */
    public int indexOf(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }
}
