// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.parse.EventType;
import java.util.List;

/**
 * How a log's event indices map onto a model's vocabulary. Events whose template the model does not
 * know map to the unknown event 0 and are listed in {@code unmatched}.
 *
 * @param toModel model event index of each log event index
 * @param unmatched the log's events the model does not know
 */
public record EventMapping(int[] toModel, List<EventType> unmatched) {

    public EventMapping {
        toModel = toModel.clone();
        unmatched = List.copyOf(unmatched);
    }

    /** A copy of the model event index of each log event index. */
    @Override
    public int[] toModel() {
        return toModel.clone();
    }

    /** Model event index of a log event index; out-of-range indices are unknown (0). */
    public int map(int logEvent) {
        return logEvent >= 0 && logEvent < toModel.length ? toModel[logEvent] : 0;
    }

    /** True when every log event has the same index in the model. */
    boolean isIdentity() {
        for (int i = 0; i < toModel.length; i++) {
            if (toModel[i] != i) {
                return false;
            }
        }
        return unmatched.isEmpty();
    }
}
