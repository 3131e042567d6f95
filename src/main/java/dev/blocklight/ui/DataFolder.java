// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import java.nio.file.Path;

/**
 * The per-user data folder: {@code $BLOCKLIGHT_HOME} if set, else {@code $XDG_DATA_HOME/blocklight},
 * else {@code ~/.local/share/blocklight} (on Windows {@code %LOCALAPPDATA%\Blocklight}).
 */
public final class DataFolder {
    private DataFolder() {
    }

    /** The data folder of this user and OS (not created). */
    public static Path resolve() {
        String home = System.getenv("BLOCKLIGHT_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank()) {
            return Path.of(local, "Blocklight");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "blocklight");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "blocklight");
    }
}
