// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one line for each way the JavaFX toolkit fails to start, with JavaFX 21's own messages. */
class StartupFailureTest {
    private static final String HINT = "the command line works without a display: blocklight --help";

    private static String linux(Throwable t, String printed, Map<String, String> env, boolean gtk) {
        return StartupFailure.describe(t, printed, "Linux", env, gtk);
    }

    @Test
    void noDisplayNamesTheVariableAndTheCommandLine() {
        String line = linux(new UnsupportedOperationException("Unable to open DISPLAY"), "", Map.of(), true);
        assertEquals("blocklight: error: the workbench cannot start: there is no graphical display (DISPLAY is not set);"
                + " start it from a desktop session or over ssh -X; " + HINT, line);
    }

    @Test
    void noDisplayAndNoGtkNamesBoth() {
        String line = linux(new UnsupportedOperationException("Unable to open DISPLAY"), "", Map.of(), false);
        assertTrue(line.contains("DISPLAY is not set), and the GTK 3 library (libgtk-3.so.0) is not installed"
                + " (sudo apt install libgtk-3-0)"), line);
        assertTrue(line.endsWith(HINT), line);
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamed() {
        String line = linux(new UnsupportedOperationException("Unable to open DISPLAY"), "", Map.of("DISPLAY", ":5"), true);
        assertTrue(line.contains("the display DISPLAY=:5 cannot be opened"), line);
        String wayland = linux(new UnsupportedOperationException("Unable to open DISPLAY"), "",
                Map.of("WAYLAND_DISPLAY", "wayland-0"), true);
        assertTrue(wayland.contains("JavaFX needs X11 or XWayland"), wayland);
    }

    @Test
    void missingGtkGivesTheInstallCommand() {
        String line = linux(new UnsupportedOperationException("Unable to load glass GTK library."), "", Map.of("DISPLAY", ":0"),
                false);
        assertEquals("blocklight: error: the workbench cannot start: the GTK 3 library (libgtk-3.so.0) is not installed;"
                + " install it with: sudo apt install libgtk-3-0 (Fedora: sudo dnf install gtk3); " + HINT, line);
    }

    @Test
    void theCauseChainIsSearched() {
        Throwable wrapped = new RuntimeException("Exception in Application start method",
                new IllegalStateException(new UnsupportedOperationException("Unable to load glass GTK library.")));
        assertTrue(linux(wrapped, "", Map.of(), true).contains("sudo apt install libgtk-3-0"));
    }

    @Test
    void aMissingSystemLibraryIsNamedFromWhatJavaFxPrinted() {
        // what JavaFX 21 prints and throws when libX11 cannot be loaded (reproduced with an empty libX11.so.6)
        String printed = "Loading library glass from resource failed: java.lang.UnsatisfiedLinkError:"
                + " /root/.openjfx/cache/21.0.5+1/amd64/libglass.so: /lib/x86_64-linux-gnu/libX11.so.6: file too short\n"
                + "java.lang.UnsatisfiedLinkError: /root/.openjfx/cache/21.0.5+1/amd64/libglass.so: ...\n"
                + "\tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)\n";
        Throwable thrown = new RuntimeException(new UnsatisfiedLinkError("no glass in java.library.path: /usr/lib"));
        String line = linux(thrown, printed, Map.of("DISPLAY", ":0"), true);
        assertEquals("blocklight: error: the workbench cannot start: the system library libX11.so.6, which JavaFX needs,"
                + " is missing or broken; on Debian and Ubuntu, sudo apt install libgtk-3-0 installs it with the rest of"
                + " GTK 3; " + HINT, line);
        String direct = linux(new UnsatisfiedLinkError("/tmp/libglassgtk3.so: libgtk-3.so.0: cannot open shared object file:"
                + " No such file or directory"), "", Map.of("DISPLAY", ":0"), false);
        assertTrue(direct.contains("the system library libgtk-3.so.0,"), direct);
        String windows = StartupFailure.describe(new UnsatisfiedLinkError("C:\\x\\glass.dll: libfoo.so.1: cannot open"
                + " shared object file"), "", "Windows 11", Map.of(), true);
        assertTrue(windows.contains("reinstall Blocklight") && !windows.contains("apt"), windows);
    }

    @Test
    void noGraphicsPipelineSuggestsSoftwareRendering() {
        String line = linux(new RuntimeException("Error initializing QuantumRenderer: no suitable pipeline found"), "",
                Map.of("DISPLAY", ":0"), true);
        assertTrue(line.contains("try blocklight --software-render"), line);
    }

    @Test
    void anythingElseIsOneLineWithTheRootMessage() {
        String line = linux(new RuntimeException("wrapper", new IllegalStateException("two\nlines")), "", Map.of(), true);
        assertEquals("blocklight: error: the workbench cannot start: two lines; " + HINT, line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void gtkIsFoundInTheLibraryPath(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("LD_LIBRARY_PATH", dir.toString());
        boolean elsewhere = StartupFailure.gtkInstalled(Map.of());
        Files.createFile(dir.resolve("libgtk-3.so.0"));
        assertTrue(StartupFailure.gtkInstalled(env));
        assertEquals(elsewhere, StartupFailure.gtkInstalled(Map.of("LD_LIBRARY_PATH", dir.resolve("none").toString())));
    }
}
