// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFormatTest {
    private static List<String> fields(LogFormat f, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int[] bounds = new int[f.fields().size() * 2];
        if (!f.match(b, 0, b.length, bounds)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.fields().size(); i++) {
            out.add(new String(b, bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i], StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void splitsAnHdfsLineLikeLoghub() {
        LogFormat f = LogFormat.compile(LogFormat.HDFS);
        assertEquals(List.of("081109", "203615", "148", "INFO", "dfs.DataNode$PacketResponder",
                "PacketResponder 1 for block blk_38865049064139660 terminating"),
                fields(f, "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block "
                        + "blk_38865049064139660 terminating"));
    }

    @Test
    void contentKeepsColonsAndRunsOfBlanksSeparateFields() {
        LogFormat f = LogFormat.compile(LogFormat.HDFS);
        assertEquals("a: b:  c", fields(f, "081109  203615\t148 WARN comp: a: b:  c").get(5));
    }

    @Test
    void refusesLinesThatDoNotFit() {
        LogFormat f = LogFormat.compile(LogFormat.HDFS);
        assertEquals(null, fields(f, "just some text"));
        assertEquals(null, fields(f, "081109 203615 148 INFO no colon here"));
        assertEquals(null, fields(f, ""));
    }

    @Test
    void otherLayoutsWork() {
        LogFormat f = LogFormat.compile("[<Time>] <Level> - <Content>");
        assertEquals(List.of("12:00", "INFO", "hello world"), fields(f, "[12:00] INFO - hello world"));
        assertTrue(f.indexOf("level") >= 0);
        assertFalse(f.indexOf("Date") >= 0);
    }

    @Test
    void badFormatsSayWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LogFormat.compile("<Date> <Time>"))
                .getMessage().contains("no <Content>"));
        assertThrows(IllegalArgumentException.class, () -> LogFormat.compile("<Date><Content>"));
        assertThrows(IllegalArgumentException.class, () -> LogFormat.compile("<Date <Content>"));
        assertThrows(IllegalArgumentException.class, () -> LogFormat.compile(""));
        assertThrows(IllegalArgumentException.class, () -> LogFormat.compile("<Content> > x"));
    }

    @Test
    void contentOfOneLine() {
        LogFormat f = LogFormat.compile(LogFormat.HDFS);
        assertEquals("Verification succeeded for blk_-1", f.content(
                "081109 204005 35 INFO dfs.DataBlockScanner: Verification succeeded for blk_-1"));
        assertEquals(null, f.content("no layout here"));
    }
}
