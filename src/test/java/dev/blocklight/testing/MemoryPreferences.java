// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * A preference tree that lives in memory only, for the tests: a workbench built with it never reads
 * or writes the user's real preferences (the recent files, the window layout, the View menu), and
 * nothing is left behind when the test ends. A workbench's window still saves its layout when TestFX
 * closes it after the test, so UI tests leave their node to the garbage collector rather than remove it.
 */
public final class MemoryPreferences extends AbstractPreferences {
    private final Map<String, String> values = new HashMap<>();

    private MemoryPreferences(MemoryPreferences parent, String name) {
        super(parent, name);
    }

    /** A fresh, empty node of a new in-memory tree (a child, so that it can be removed). */
    public static Preferences throwaway() {
        return new MemoryPreferences(null, "").node("blocklight-test");
    }

    /** Removes a node made by {@link #throwaway} (an in-memory removal cannot fail). */
    public static void remove(Preferences node) {
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0]; // the children live in AbstractPreferences' cache
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new MemoryPreferences(this, name);
    }

    @Override
    protected void syncSpi() {
        // nothing to sync: there is no backing store
    }

    @Override
    protected void flushSpi() {
        // nothing to flush: there is no backing store
    }
}
