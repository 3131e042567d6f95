// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchArgsTest {
    @Test
    void displayFlagsAreTakenOutAndTheRestKeepsItsOrder() {
        LaunchArgs a = LaunchArgs.parse(new String[] {"--software-render", "/tmp/x.log", "--low-bandwidth"});
        assertTrue(a.softwareRender());
        assertTrue(a.lowBandwidth());
        assertEquals(List.of("/tmp/x.log"), a.rest());
    }

    @Test
    void aCommandLineWithoutFlagsPassesThrough() {
        LaunchArgs a = LaunchArgs.parse(new String[] {"parse", "x.log", "--out", "d"});
        assertFalse(a.softwareRender());
        assertFalse(a.lowBandwidth());
        assertEquals(List.of("parse", "x.log", "--out", "d"), a.rest());
    }
}
