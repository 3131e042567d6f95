// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayModeTest {
    private static final Map<String, String> LOCAL_X = Map.of("DISPLAY", ":0");

    private static DisplayMode linux(Map<String, String> env, boolean dri) {
        return DisplayMode.detect(new DisplayMode.Inputs("Linux", env, Map.of(), dri, false, false, false));
    }

    @Test
    void localDesktopWithGpuKeepsHardwareRenderingAndAnimations() {
        DisplayMode m = linux(LOCAL_X, true);
        assertFalse(m.softwareRender());
        assertFalse(m.lowBandwidth());
        assertTrue(m.reasons().isEmpty());
    }

    @Test
    void xrdpSessionIsRemote() {
        DisplayMode m = linux(Map.of("DISPLAY", ":10.0", "XRDP_SESSION", "1"), true);
        assertTrue(m.softwareRender());
        assertTrue(m.lowBandwidth());
        assertEquals("xrdp session", m.reasons().get(0));
    }

    @Test
    void sshForwardedDisplayIsRemoteButLocalDisplayInsideSshIsNot() {
        Map<String, String> forwarded = Map.of("DISPLAY", "localhost:10.0", "SSH_CONNECTION", "10.0.0.5 5122 10.0.0.4 22");
        assertTrue(linux(forwarded, true).lowBandwidth());
        assertTrue(linux(forwarded, true).softwareRender());
        Map<String, String> localInSsh = Map.of("DISPLAY", ":0", "SSH_CONNECTION", "10.0.0.5 5122 10.0.0.4 22");
        assertFalse(linux(localInSsh, true).softwareRender());
        assertFalse(linux(localInSsh, true).lowBandwidth());
    }

    @Test
    void noDriDeviceMeansSoftwareButNotLowBandwidth() {
        DisplayMode m = linux(Map.of("DISPLAY", ":99"), false);
        assertTrue(m.softwareRender(), "Xvfb and cloud VMs have no /dev/dri");
        assertFalse(m.lowBandwidth(), "a local display without a GPU is not a slow link");
        assertTrue(m.reasons().get(0).contains("/dev/dri"), m.reasons().toString());
    }

    @Test
    void mesaForcedToSoftwareMeansSoftware() {
        assertTrue(linux(Map.of("DISPLAY", ":0", "LIBGL_ALWAYS_SOFTWARE", "1"), true).softwareRender());
    }

    @Test
    void windowsRemoteDesktopIsRemoteAndConsoleIsNot() {
        DisplayMode rdp = DisplayMode.detect(new DisplayMode.Inputs("Windows 11", Map.of("SESSIONNAME", "RDP-Tcp#3"),
                Map.of(), false, false, false, false));
        assertTrue(rdp.softwareRender());
        assertTrue(rdp.lowBandwidth());
        DisplayMode console = DisplayMode.detect(new DisplayMode.Inputs("Windows 11", Map.of("SESSIONNAME", "Console"),
                Map.of(), false, false, false, false));
        assertFalse(console.softwareRender(), "no /dev/dri means nothing on Windows");
        assertFalse(console.lowBandwidth());
    }

    @Test
    void explicitPrismOrderIsKeptUnlessSoftwareIsForced() {
        Map<String, String> props = Map.of("prism.order", "es2");
        Map<String, String> env = Map.of("XRDP_SESSION", "1");
        assertFalse(DisplayMode.detect(new DisplayMode.Inputs("Linux", env, props, false, false, false, false))
                .softwareRender());
        assertTrue(DisplayMode.detect(new DisplayMode.Inputs("Linux", LOCAL_X, props, true, true, false, false))
                .softwareRender());
    }

    @Test
    void flagAndPreferenceTurnOnLowBandwidthLocally() {
        assertTrue(DisplayMode.detect(new DisplayMode.Inputs("Linux", LOCAL_X, Map.of(), true, false, true, false))
                .lowBandwidth());
        DisplayMode pref = DisplayMode.detect(new DisplayMode.Inputs("Linux", LOCAL_X, Map.of(), true, false, false, true));
        assertTrue(pref.lowBandwidth());
        assertFalse(pref.softwareRender());
    }

    @Test
    void appliedModeSetsPrismOrderAndCapsThePulse() {
        Map<String, String> props = new HashMap<>();
        Launcher.apply(new DisplayMode(true, true, java.util.List.of()), props);
        assertEquals("sw", props.get("prism.order"));
        assertEquals("12", props.get("javafx.animation.pulse"));
        assertEquals("true", props.get(Launcher.LOW_BANDWIDTH_PROPERTY), "the workbench drops the notice animation");
        Map<String, String> none = new HashMap<>();
        Launcher.apply(new DisplayMode(false, false, java.util.List.of()), none);
        assertTrue(none.isEmpty(), none.toString());
    }
}
