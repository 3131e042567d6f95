// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small synthetic sequences and a fast model setting for the unit tests. */
final class TinyData {
    /** Normal block shapes: allocate, receive (1-3 times), confirm, verify. */
    static final int[][] NORMAL = {{1, 2, 3, 4}, {1, 2, 2, 3, 4}, {1, 2, 2, 2, 3, 4}, {1, 2, 3, 4, 4}};

    private TinyData() {
    }

    static EventTable events() {
        List<EventType> list = new ArrayList<>();
        list.add(new EventType(0, EventType.UNKNOWN_ID, EventType.UNKNOWN_TEMPLATE, 0, -1));
        String[] templates = {"Allocate block <BLK>", "Receiving block <BLK> src: <IP>", "Received block <BLK> of size <NUM>",
            "Verification succeeded for <BLK>", "Exception writing block <BLK>: <EXC>"};
        for (int i = 0; i < templates.length; i++) {
            list.add(new EventType(i + 1, "E" + (i + 1), templates[i], 10, i * 100L));
        }
        return new EventTable(list);
    }

    /** {@code n} normal sequences drawn with uneven frequencies. */
    static int[][] normal(int n, long seed) {
        Random r = new Random(seed);
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            int shape = u < 0.5 ? 0 : u < 0.8 ? 1 : u < 0.95 ? 2 : 3;
            out[i] = NORMAL[shape].clone();
        }
        return out;
    }

    /** A setting that trains in a couple of seconds. */
    static ModelConfig config() {
        return ModelConfig.defaults().withSizes(8, 16, 8, 16).withEpochs(15, 4).withTraining(32, 0.02, 0.5)
                .withMaxLength(12);
    }
}
