// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.sample.RealSequences.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three sequence layouts, labels by column, by file name and by override, and one-line errors. */
class RealSequencesTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsTheLabelledDevLayout() throws IOException {
        Path f = file("dev.csv", "Label,NumEvents,EventSequence,Source\n"
                + "Normal,13,E22 E5 E5 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26,deeplog-hdfs_train\n"
                + "Anomaly,4,E5 E22 E5 E7,deeplog-hdfs_test_abnormal\n"
                + "\n"
                + "normal,1,E22,x\n");
        List<RealSequence> s = RealSequences.read(f);
        assertEquals(3, s.size());
        assertEquals("E22 E5 E5 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26", s.get(0).text());
        assertFalse(s.get(0).anomalous());
        assertTrue(s.get(1).anomalous());
        assertEquals(List.of(s.get(0), s.get(2)), RealSequences.normal(s));
        assertEquals(List.of(s.get(1)), RealSequences.anomalous(s, null));
        assertEquals(List.of(s.get(1)), RealSequences.anomalous(s, AnomalyHalves.Half.TUNE), "a4: tune");
        assertEquals(List.of(), RealSequences.anomalous(s, AnomalyHalves.Half.HELD_OUT));
        assertEquals(List.of(s.get(0), s.get(2)), RealSequences.ofHalf(s, AnomalyHalves.Half.HELD_OUT));
        assertEquals(s, RealSequences.ofHalf(s, null));
    }

    @Test
    void readsTheBlockIdLayoutWithQuotesAndABom() throws IOException {
        Path f = file("part.csv", "\uFEFFBlockId,Label,NumEvents,EventSequence\n"
                + "blk_-1608999687919862906,Normal,3,\"E5 E22 E5\"\n"
                + "blk_7503483334202473044,Anomaly,2,E5 E7\n");
        List<RealSequence> s = RealSequences.read(f);
        assertEquals(List.of(ReplayGeneratorTest.seq(false, "E5 E22 E5"), ReplayGeneratorTest.seq(true, "E5 E7")), s);
    }

    @Test
    void readsDeepLogsPlainLayoutLabelledByTheFileName() throws IOException {
        String text = "5 5 22 5 11 9 \n\n22 5 5 5 11 9 11 9 11 9 26 26 26\n";
        List<RealSequence> normal = RealSequences.read(file("hdfs_train", text));
        List<RealSequence> abnormal = RealSequences.read(file("hdfs_test_abnormal", text));
        assertEquals(2, normal.size());
        assertEquals("E5 E5 E22 E5 E11 E9", normal.get(0).text());
        assertTrue(normal.stream().noneMatch(RealSequence::anomalous));
        assertTrue(abnormal.stream().allMatch(RealSequence::anomalous));
        assertTrue(RealSequences.read(file("hdfs_test_normal", text)).stream().noneMatch(RealSequence::anomalous));
        assertTrue(RealSequences.read(dir.resolve("hdfs_train"), Label.ANOMALY).stream()
                .allMatch(RealSequence::anomalous), "the override wins over the name");
        assertTrue(RealSequences.read(dir.resolve("hdfs_test_abnormal"), Label.NORMAL).stream()
                .noneMatch(RealSequence::anomalous));
    }

    @Test
    void theOverrideAlsoReplacesALabelColumnAndMakesItOptional() throws IOException {
        Path f = file("nolabel.csv", "BlockId,EventSequence\nblk_1,E5 E22\n");
        assertTrue(RealSequences.read(f, Label.ANOMALY).get(0).anomalous());
        IOException e = assertThrows(IOException.class, () -> RealSequences.read(f));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("Label column"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown event E31      | Label,EventSequence\\nNormal,E5 E22\\nNormal,E5 E31\\n | line 3: unknown event id 'E31'",
        "event E0               | Label,EventSequence\\nAnomaly,E0\\n                  | line 2: unknown event id 'E0'",
        "not an event           | Label,EventSequence\\nNormal,E5 X7\\n               | line 2: unknown event id 'X7'",
        "plain out of range     | 5 22\\n\\n5 22 99\\n                                 | line 3: unknown event id '99'",
        "plain word             | 5 22 eleven\\n                                      | line 1: unknown event id 'eleven'",
        "too few columns        | Label,NumEvents,EventSequence\\nNormal,3\\n          | line 2: malformed row",
        "count mismatch         | Label,NumEvents,EventSequence\\nNormal,3,E5 E22\\n  | line 2: malformed row: NumEvents is '3'",
        "empty sequence         | Label,EventSequence\\nNormal,E5\\nNormal,\\n          | line 3: malformed row: empty event sequence",
        "unknown label          | Label,EventSequence\\nMaybe,E5\\n                   | line 2: unknown label 'Maybe'",
        "header only            | Label,NumEvents,EventSequence\\n                   | no sequences after the header on line 1",
        "empty file             | ''                                                | empty file",
        "blank file             | '\\n  \\n'                                          | empty file",
        "no sequence column     | BlockId,Label\\nblk_1,Normal\\n                     | line 1: not a sequence file",
    })
    void badInputIsOneLineNamingTheFileAndLine(String what, String text, String expected) throws IOException {
        Path f = file("bad.csv", text.replace("\\n", "\n"));
        IOException e = assertThrows(IOException.class, () -> RealSequences.read(f), what);
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aMissingFileOrAFolderIsRefused() {
        assertThrows(java.nio.file.NoSuchFileException.class, () -> RealSequences.read(dir.resolve("none.csv")));
        IOException e = assertThrows(IOException.class, () -> RealSequences.read(dir));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }
}
