// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import dev.blocklight.testing.MemoryPreferences;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = MemoryPreferences.throwaway();

    @AfterEach
    void clean() {
        MemoryPreferences.remove(node);
    }

    @Test
    void newestFirstWithoutDuplicatesAtMostEightAndKeptAcrossInstances() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/logs/" + i + ".log"));
        }
        recent.add(Path.of("/logs/5.log"));
        List<Path> expected = List.of(Path.of("/logs/5.log"), Path.of("/logs/9.log"), Path.of("/logs/8.log"),
                Path.of("/logs/7.log"), Path.of("/logs/6.log"), Path.of("/logs/4.log"), Path.of("/logs/3.log"),
                Path.of("/logs/2.log"));
        assertEquals(expected, recent.files());
        assertEquals(expected, new RecentFiles(node).files(), "read back from the preferences");
    }
}
