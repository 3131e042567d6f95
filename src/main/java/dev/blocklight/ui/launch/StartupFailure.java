// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failure of the JavaFX toolkit to start (no display, no GTK 3, a missing system library,
 * no graphics pipeline) into the one line the user sees instead of JavaFX's stack trace: what is
 * missing, how to install it, and that the command line works without a display.
 * {@link #describe} is a pure function of its inputs.
 */
public final class StartupFailure {
    /** The exit code of a workbench that could not start. */
    public static final int EXIT_CODE = 1;
    /** The library JavaFX's GTK glass loads on Linux. */
    static final String GTK3 = "libgtk-3.so.0";
    /** How to install GTK 3 (which brings the X11 libraries too) on Debian and Ubuntu. */
    static final String APT_GTK3 = "sudo apt install libgtk-3-0";
    private static final String PREFIX = "blocklight: error: the workbench cannot start: ";
    private static final String CLI_HINT = "the command line works without a display: blocklight --help";
    /** JavaFX's own native libraries, never the missing one when a load fails. */
    private static final Pattern LIBRARY = Pattern.compile("(lib[A-Za-z0-9_+-]+\\.so(?:\\.[0-9]+)*)");
    private static final List<String> JAVAFX_LIBRARIES = List.of("libglass", "libprism", "libjavafx", "libdecora",
            "libgstreamer-lite", "libjfxmedia", "libjfxwebkit");
    /** Where Debian, Ubuntu, Fedora and Arch keep shared libraries. */
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib");

    private StartupFailure() {
    }

    /**
     * The user's line for {@code failure}, thrown while the toolkit started.
     *
     * @param printed what JavaFX printed on standard error meanwhile (it names the library whose load
     *     failed before it throws a vaguer error), or empty
     * @param env the environment ({@code DISPLAY}, {@code WAYLAND_DISPLAY})
     * @param gtkInstalled whether {@value #GTK3} was found (see {@link #gtkInstalled}); asked for only
     *     when there is no display, to name both problems at once
     */
    public static String describe(Throwable failure, String printed, String osName, Map<String, String> env,
            boolean gtkInstalled) {
        boolean linux = osName.toLowerCase(Locale.ROOT).startsWith("linux");
        String messages = messages(failure) + "\n" + printed;
        if (messages.contains("Unable to open DISPLAY")) {
            return PREFIX + noDisplay(env, linux && !gtkInstalled) + "; start it from a desktop session or over ssh -X; "
                    + CLI_HINT;
        }
        if (messages.contains("Unable to load glass GTK library")) {
            return PREFIX + "the GTK 3 library (" + GTK3 + ") is not installed; install it with: " + APT_GTK3
                    + " (Fedora: sudo dnf install gtk3); " + CLI_HINT;
        }
        String library = missingLibrary(messages);
        if (library != null) {
            String fix = linux ? "on Debian and Ubuntu, " + APT_GTK3 + " installs it with the rest of GTK 3"
                    : "reinstall Blocklight";
            return PREFIX + "the system library " + library + ", which JavaFX needs, is missing or broken; " + fix
                    + "; " + CLI_HINT;
        }
        if (messages.contains("no suitable pipeline") || messages.contains("Graphics Device initialization failed")) {
            return PREFIX + "no graphics pipeline could be initialised; try blocklight --software-render; " + CLI_HINT;
        }
        return PREFIX + oneLine(failure) + "; " + CLI_HINT;
    }

    /** Whether {@value #GTK3} is in {@code LD_LIBRARY_PATH} or a usual library folder of this machine. */
    public static boolean gtkInstalled(Map<String, String> env) {
        List<String> dirs = new ArrayList<>();
        String ld = env.get("LD_LIBRARY_PATH");
        if (ld != null) {
            dirs.addAll(List.of(ld.split(":")));
        }
        dirs.addAll(LIBRARY_DIRS);
        return dirs.stream().filter(d -> !d.isBlank()).anyMatch(d -> Files.exists(Path.of(d, GTK3)));
    }

    private static String noDisplay(Map<String, String> env, boolean noGtk) {
        String display = env.get("DISPLAY");
        String what;
        if (display == null || display.isBlank()) {
            what = "there is no graphical display (DISPLAY is not set"
                    + (env.get("WAYLAND_DISPLAY") != null ? "; JavaFX needs X11 or XWayland)" : ")");
        } else {
            what = "the display DISPLAY=" + display + " cannot be opened";
        }
        return noGtk ? what + ", and the GTK 3 library (" + GTK3 + ") is not installed (" + APT_GTK3 + ")" : what;
    }

    /** The system library named in a failed load, or null: the last one in the text that is not JavaFX's own. */
    private static String missingLibrary(String messages) {
        if (!messages.contains("UnsatisfiedLinkError") && !messages.contains("cannot open shared object file")) {
            return null;
        }
        String found = null;
        Matcher m = LIBRARY.matcher(messages);
        while (m.find()) {
            String name = m.group(1);
            if (JAVAFX_LIBRARIES.stream().noneMatch(name::startsWith)) {
                found = name;
            }
        }
        return found;
    }

    /** Every message of the cause chain, with the exception class names. */
    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return (msg == null || msg.isBlank() ? root.getClass().getSimpleName() : msg).replace('\n', ' ');
    }
}
