// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the workbench draws, decided before the JavaFX toolkit starts: software rendering
 * ({@code prism.order=sw}) when the session has no GPU acceleration, and low-bandwidth mode (few
 * JavaFX pulses, so few animation frames and repaints) on a remote display. {@link #detect} is a pure function of its inputs.
 *
 * @param softwareRender whether to set {@code prism.order=sw}
 * @param lowBandwidth whether to cap JavaFX's pulse (animations and repaints) to a few a second
 * @param reasons why, in plain words, for the log
 */
public record DisplayMode(boolean softwareRender, boolean lowBandwidth, List<String> reasons) {

    /** What {@link #detect} looks at. {@code hasDri} says whether {@code /dev/dri} exists. */
    public record Inputs(String osName, Map<String, String> env, Map<String, String> properties,
            boolean hasDri, boolean forceSoftware, boolean forceLowBandwidth, boolean preferLowBandwidth) {
    }

    public DisplayMode {
        reasons = List.copyOf(reasons);
    }

    /** Decides the display mode; an explicit {@code -Dprism.order} is kept unless software is forced. */
    public static DisplayMode detect(Inputs in) {
        List<String> reasons = new ArrayList<>();
        String remote = remoteSession(in.osName(), in.env());
        boolean software;
        if (in.forceSoftware()) {
            software = true;
            reasons.add("--software-render");
        } else if (in.properties().get("prism.order") != null) {
            software = false;
            reasons.add("prism.order=" + in.properties().get("prism.order") + " given, kept");
        } else {
            String noGpu = noAcceleration(in);
            software = remote != null || noGpu != null;
            if (remote != null) {
                reasons.add(remote);
            }
            if (noGpu != null) {
                reasons.add(noGpu);
            }
        }
        boolean low = in.forceLowBandwidth() || in.preferLowBandwidth() || remote != null;
        if (in.forceLowBandwidth()) {
            reasons.add("--low-bandwidth");
        } else if (in.preferLowBandwidth()) {
            reasons.add("low-bandwidth preference");
        }
        return new DisplayMode(software, low, reasons);
    }

    /** A remote display session (xrdp, X11 over SSH, Windows Remote Desktop), or null. */
    static String remoteSession(String osName, Map<String, String> env) {
        if (isSet(env, "XRDP_SESSION") || isSet(env, "XRDP_SOCKET_PATH")) {
            return "xrdp session";
        }
        String display = env.getOrDefault("DISPLAY", "");
        int colon = display.lastIndexOf(':');
        boolean hostDisplay = colon > 0 && !display.startsWith("unix") && !display.startsWith("/");
        if (hostDisplay && (isSet(env, "SSH_CONNECTION") || isSet(env, "SSH_CLIENT"))) {
            return "X11 forwarded over SSH (DISPLAY=" + display + ")";
        }
        String session = env.getOrDefault("SESSIONNAME", "");
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && session.toUpperCase(Locale.ROOT).startsWith("RDP-")) {
            return "Windows Remote Desktop session (" + session + ")";
        }
        return null;
    }

    /** Why OpenGL would not be accelerated on Linux (no DRI device, forced Mesa software), or null. */
    private static String noAcceleration(Inputs in) {
        if (!in.osName().toLowerCase(Locale.ROOT).startsWith("linux")) {
            return null;
        }
        if ("1".equals(in.env().get("LIBGL_ALWAYS_SOFTWARE")) || "true".equalsIgnoreCase(in.env().get("LIBGL_ALWAYS_SOFTWARE"))) {
            return "LIBGL_ALWAYS_SOFTWARE is set";
        }
        if (!in.hasDri()) {
            return "no /dev/dri (no GPU acceleration, as under Xvfb or on a cloud VM)";
        }
        return null;
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }
}
