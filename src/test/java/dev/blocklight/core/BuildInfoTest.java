// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version comes from the pom's one {@code <revision>}, through the filtered build.properties. */
class BuildInfoTest {
    static String pomRevision() throws Exception {
        Matcher m = Pattern.compile("<revision>([^<]+)</revision>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "the pom names its version in <revision>");
        return m.group(1).trim();
    }

    @Test
    void theVersionIsThePomsRevision() throws Exception {
        assertEquals(pomRevision(), BuildInfo.version());
        assertEquals("Blocklight " + pomRevision(), BuildInfo.nameAndVersion());
    }

    @Test
    void anUnfilteredOrMissingFileReadsAsDev() {
        assertEquals("dev", BuildInfo.read("/no/such/build.properties"));
    }
}
