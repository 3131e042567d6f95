// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.SharedData;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LabelReaderTest {

    @Test
    void countsDuplicateMalformedAndUnknownRows() throws IOException {
        Labels l = LabelReader.read(new StringReader("BlockId,Label\nblk_1,Normal\nblk_2,Anomaly\nblk_1,Anomaly\n"
                + "blk_3\nblk_4,Maybe\n,Normal\nblk_2,Anomaly\n"), "test");
        assertEquals(2, l.byBlock().size());
        assertEquals(Boolean.FALSE, l.byBlock().get("blk_1"));
        assertEquals(2, l.duplicates());
        assertEquals(1, l.conflicting());
        assertEquals(2, l.malformed());
        assertEquals(1, l.unknownLabels());
        assertEquals(1, l.anomalies());
        assertTrue(l.summary().contains("2 duplicate"));
    }

    @Test
    void refusesAFileThatIsNotALabelFile() {
        assertThrows(IOException.class, () -> LabelReader.read(new StringReader("a,b\n1,2\n"), "x"));
        assertThrows(IOException.class, () -> LabelReader.read(new StringReader("BlockId,Label\n"), "x"));
    }

    @Test
    void readsTheRealLoghubLabels() throws IOException {
        Labels l = LabelReader.read(SharedData.require("HDFS_2k_anomaly_label.csv"));
        assertEquals(2200, l.byBlock().size());
        assertEquals(69, l.anomalies());
        assertEquals(0, l.duplicates() + l.malformed() + l.unknownLabels());
    }
}
