// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.FileKinds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad label files: counted and summarised when they can be read in part, refused in one sentence when not. */
class LabelReaderFaultTest {
    @TempDir
    Path dir;

    private static Labels read(String text) throws IOException {
        return LabelReader.read(new StringReader(text), "labels.csv");
    }

    @Test
    void theSummaryNamesOnlyTheKindsOfBadRowsThereWere() throws IOException {
        assertEquals("2 labelled blocks (1 anomalous) from 2 rows",
                read("BlockId,Label\nblk_1,Normal\nblk_2,Anomaly\n").summary());
        assertEquals("1 labelled block (0 anomalous) from 3 rows; skipped 2: 1 duplicate, 1 with an unknown label "
                + "(not Normal or Anomaly)", read("BlockId,Label\nblk_1,Normal\nblk_1,normal\nblk_2,Maybe\n").summary());
        Labels l = read("BlockId,Label\nblk_1,Normal\nblk_1,Anomaly\nblk_3\n,Anomaly\nblk_4,\n\n blk_5 , ABNORMAL \n");
        assertEquals("2 labelled blocks (1 anomalous) from 6 rows; skipped 4: 1 duplicate (1 with a conflicting label; "
                + "the first label counts), 2 malformed (no block id or no label), 1 with an unknown label "
                + "(not Normal or Anomaly)", l.summary());
        assertEquals(Boolean.FALSE, l.byBlock().get("blk_1"), "the first label counts");
        assertEquals(Boolean.TRUE, l.byBlock().get("blk_5"), "fields are trimmed, labels any case");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAccepted() throws IOException {
        assertEquals(1, read("\uFEFFBlockId,Label\r\nblk_1,Anomaly\r\n").anomalies());
    }

    @Test
    void bytesThatAreNotUtf8MakeTheirRowMalformedNotTheFileUnreadable() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("BlockId,Label\nblk_1,Normal\nblk_".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3});
        b.writeBytes(",Anomaly\nblk_2,Anom".getBytes(StandardCharsets.US_ASCII));
        b.write(0xE9);
        b.writeBytes("ly\n".getBytes(StandardCharsets.US_ASCII));
        Path f = dir.resolve("latin1.csv");
        Files.write(f, b.toByteArray());
        Labels l = LabelReader.read(f);
        assertEquals(1, l.byBlock().size());
        assertEquals(1, l.malformed());
        assertEquals(1, l.unknownLabels());
    }

    @Test
    void unreadableFilesAreRefusedInOneSentence() throws Exception {
        String quote = assertThrows(IOException.class, () -> read("BlockId,Label\nblk_1,\"Normal\nblk_2,Anomaly\n"))
                .getMessage();
        assertTrue(quote.startsWith("labels.csv is not a readable CSV file"), quote);
        assertTrue(assertThrows(IOException.class, () -> read("")).getMessage().endsWith("has no label rows"));
        assertTrue(assertThrows(IOException.class, () -> read("id,label\nblk_1,Normal\n")).getMessage()
                .contains("the first line must be 'BlockId,Label'"));
        String folder = assertThrows(IOException.class, () -> LabelReader.read(dir)).getMessage();
        assertTrue(folder.endsWith("is a folder, not a label file"), folder);
        Path fifo = FileKinds.fifo(dir.resolve("labels.csv"));
        String pipe = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IOException.class, () -> LabelReader.read(fifo)).getMessage());
        assertTrue(pipe.contains("not a regular file"), pipe);
    }
}
