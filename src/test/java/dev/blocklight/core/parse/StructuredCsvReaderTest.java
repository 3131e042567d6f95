// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredCsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEventsAndBlocksFromLoghubColumns() throws IOException {
        Path f = dir.resolve("x_structured.csv");
        Files.writeString(f, "LineId,Date,Time,Content,EventId,EventTemplate\n"
                + "1,081109,203615,\"ask 1.2.3.4:5 to delete blk_1 blk_2\",E4,ask <*> to delete <*>\n"
                + "2,081109,203616,Verification succeeded for blk_2,E14,Verification succeeded for blk_<*>\n");
        ParseResult r = StructuredCsvReader.read(f, MaskingConfig.hdfsDefaults(), Cancellation.NEVER);
        assertEquals(2, r.sessions().blockCount());
        int b2 = r.sessions().indexOf("blk_2");
        assertEquals(2, r.sessions().length(b2));
        assertEquals("E14", r.events().get(r.sessions().event(b2, 1)).id());
        assertEquals(1, r.sessions().lastSeen(b2) - r.sessions().firstSeen(b2));
    }

    @Test
    void refusesCsvWithoutTheColumns() throws IOException {
        Path f = dir.resolve("y_structured.csv");
        Files.writeString(f, "a,b\n1,2\n");
        assertThrows(IOException.class, () -> StructuredCsvReader.read(f, MaskingConfig.hdfsDefaults(), Cancellation.NEVER));
    }

    @Test
    void readsTheRealLoghub2kStructuredFile() throws IOException {
        Path f = SharedData.require("HDFS_2k.log_structured.csv");
        ParseResult r = StructuredCsvReader.read(f, MaskingConfig.hdfsDefaults(), Cancellation.NEVER);
        assertEquals(2000, r.stats().lines());
        assertEquals(2200, r.sessions().blockCount());
        assertEquals(14, r.stats().events());
    }
}
