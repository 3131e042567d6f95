// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import dev.blocklight.ui.DataFolder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide settings made at startup, before ND4J or the JavaFX toolkit load: the JavaCPP
 * native cache in the user's data folder, and the {@link DisplayMode}'s system properties; then the
 * workbench's launch, which reports a toolkit that cannot start in one line ({@link StartupFailure}).
 */
public final class Launcher {
    /** Preference key (in the workbench's node) that turns low-bandwidth mode on at every start. */
    public static final String LOW_BANDWIDTH_KEY = "display.lowBandwidth";
    /**
     * JavaFX pulses a second in low-bandwidth mode (default 60). The pulse drives animations and
     * repaints; {@code javafx.animation.pulse} sets the toolkit's pulse timer, while
     * {@code javafx.animation.framerate} would only change animation timing (measured: 58 frames/s
     * with it, 11.7 with this).
     */
    static final int LOW_BANDWIDTH_PULSES = 12;
    /** System property, set in low-bandwidth mode, that tells the workbench to show notices without animation. */
    public static final String LOW_BANDWIDTH_PROPERTY = "blocklight.lowBandwidth";
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
    /**
     * JavaFX's own logger, held so that its filter stays: started from the class path ({@code java
     * -jar}), JavaFX warns "Unsupported JavaFX configuration" at every start, which works and only
     * alarms users; the installed app has JavaFX as modules and never sees it.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    /**
     * Points JavaCPP's cache of unpacked native libraries (ND4J, OpenBLAS; about 400 MB) at
     * {@code <data folder>/javacpp-cache}, unless {@code -Dorg.bytedeco.javacpp.cachedir} was given.
     */
    public static void useDataFolderForNativeCache() {
        if (System.getProperty("org.bytedeco.javacpp.cachedir") == null) {
            System.setProperty("org.bytedeco.javacpp.cachedir", DataFolder.resolve().resolve("javacpp-cache").toString());
        }
    }

    /** Detects the display mode of this session and sets the JavaFX properties it needs. */
    static DisplayMode prepareDisplay(Preferences prefs, boolean softwareRender, boolean lowBandwidth) {
        Map<String, String> props = new HashMap<>();
        String order = System.getProperty("prism.order");
        if (order != null) {
            props.put("prism.order", order);
        }
        boolean preferLow = prefs.getBoolean(LOW_BANDWIDTH_KEY, false);
        DisplayMode mode = DisplayMode.detect(new DisplayMode.Inputs(System.getProperty("os.name", ""),
                System.getenv(), props, Files.isDirectory(Path.of("/dev/dri")), softwareRender,
                lowBandwidth, preferLow));
        apply(mode, props);
        System.getProperties().putAll(props);
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        LOG.info("Display: {} rendering{}{}", mode.softwareRender() ? "software" : "default",
                mode.lowBandwidth() ? ", low-bandwidth" : "", mode.reasons().isEmpty() ? "" : " (" + String.join("; ", mode.reasons()) + ")");
        return mode;
    }

    /** The system properties that {@code mode} needs, added to {@code props}. */
    static void apply(DisplayMode mode, Map<String, String> props) {
        if (mode.softwareRender()) {
            props.put("prism.order", "sw");
        }
        if (mode.lowBandwidth()) {
            props.put("javafx.animation.pulse", Integer.toString(LOW_BANDWIDTH_PULSES));
            props.put(LOW_BANDWIDTH_PROPERTY, "true");
        }
    }

    /**
     * Prepares the display ({@link #prepareDisplay}, with the {@code --software-render} and
     * {@code --low-bandwidth} options and the low-bandwidth preference in {@code prefs}, asked for
     * once standard error is held) and runs the JavaFX application {@code app} on {@code args}
     * until its window closes, and returns 0. When the
     * toolkit cannot start (no display, no GTK 3...), it prints {@link StartupFailure}'s line instead
     * of JavaFX's stack trace and returns {@link StartupFailure#EXIT_CODE}; the trace goes to the debug
     * log. Standard error is held back (from before the first read of the preferences, which on a
     * fresh machine logs that it created their folder) until the application's {@code init} calls
     * {@link HeldErr#release}; a failure after that is the application's own and is thrown on.
     */
    public static int launchWorkbench(Class<? extends Application> app, Supplier<Preferences> prefs, boolean softwareRender,
            boolean lowBandwidth, String[] args) {
        PrintStream err = System.err;
        HeldErr held = HeldErr.over(err);
        System.setErr(held);
        try {
            prepareDisplay(prefs.get(), softwareRender, lowBandwidth);
            Application.launch(app, args);
            held.release();
            return 0;
        } catch (RuntimeException | Error e) {
            if (held.released()) {
                throw e;
            }
            String printed = held.discard();
            System.setErr(err);
            LOG.debug("JavaFX could not start; it printed: {}", printed, e);
            Map<String, String> env = System.getenv();
            err.println(StartupFailure.describe(e, printed, System.getProperty("os.name", ""), env,
                    StartupFailure.gtkInstalled(env)));
            err.flush();
            return StartupFailure.EXIT_CODE;
        }
    }
}
