// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build wrote about itself: the version, from the pom's {@code <revision>} through Maven's
 * resource filtering of {@code dev/blocklight/build.properties}. The one source of the version that
 * {@code blocklight --version} and the workbench's window title show.
 */
public final class BuildInfo {
    /** The resource Maven filters. */
    static final String RESOURCE = "/dev/blocklight/build.properties";
    private static final String VERSION = read(RESOURCE);

    private BuildInfo() {
    }

    /** This build's version, such as {@code 0.1.0}; {@code dev} when run from unfiltered sources. */
    public static String version() {
        return VERSION;
    }

    /** The product name and version: {@code Blocklight 0.1.0}. */
    public static String nameAndVersion() {
        return "Blocklight " + VERSION;
    }

    static String read(String resource) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.contains("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
