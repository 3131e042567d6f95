// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

/** A reusable list of planned steps (time in ms, event, node role), built phase by phase. */
final class Steps {
    long[] time = new long[64];
    byte[] kind = new byte[64];
    byte[] role = new byte[64];
    private int size;

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void add(long t, EventKind k, int r) {
        if (size == time.length) {
            time = java.util.Arrays.copyOf(time, size * 2);
            kind = java.util.Arrays.copyOf(kind, size * 2);
            role = java.util.Arrays.copyOf(role, size * 2);
        }
        time[size] = t;
        kind[size] = (byte) k.ordinal();
        role[size] = (byte) r;
        size++;
    }

    /** Time of the last step, or {@code dflt} when there is none. */
    long lastTime(long dflt) {
        return size == 0 ? dflt : time[size - 1];
    }

    /**
     * Sorts the steps from {@code start} on by time, keeping the order of equal times (insertion sort), and
     * moves any that would precede step {@code start - 1} up to its time, so times never decrease.
     */
    void sortFrom(int start) {
        for (int i = start + 1; i < size; i++) {
            long t = time[i];
            byte k = kind[i];
            byte r = role[i];
            int j = i - 1;
            while (j >= start && time[j] > t) {
                time[j + 1] = time[j];
                kind[j + 1] = kind[j];
                role[j + 1] = role[j];
                j--;
            }
            time[j + 1] = t;
            kind[j + 1] = k;
            role[j + 1] = r;
        }
        if (start > 0) {
            for (int i = start; i < size && time[i] < time[start - 1]; i++) {
                time[i] = time[start - 1];
            }
        }
    }

    /** Index of the first step of this kind, or -1. */
    int indexOf(EventKind k) {
        for (int i = 0; i < size; i++) {
            if (kind[i] == k.ordinal()) {
                return i;
            }
        }
        return -1;
    }
}
