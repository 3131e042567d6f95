// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheCommandTest {
    @TempDir
    Path dir;

    private Path generate() {
        Path log = dir.resolve("g.log");
        assertEquals(0, CliRun.of("generate", "--lines", "5000", "--seed", "3", "--out", log.toString()).exitCode());
        return log;
    }

    @Test
    void aSecondParseRestoresFromTheCacheAndWritesTheSameFiles() throws IOException {
        Path log = generate();
        Path cache = dir.resolve("cache");
        CliRun first = CliRun.of("parse", log.toString(), "--out", dir.resolve("a").toString(), "--cache", cache.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(Files.list(cache).anyMatch(p -> p.toString().endsWith(".blcache")), "a cache file was written");
        CliRun second = CliRun.of("parse", log.toString(), "--out", dir.resolve("b").toString(), "--cache", cache.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("Restored g.log from cache"), second.err());
        for (String f : new String[] {"templates.csv", "sessions.csv", "templates.json"}) {
            assertEquals(Files.readString(dir.resolve("a").resolve(f)), Files.readString(dir.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void aGrownLogIsParsedAgainAndSaysWhy() throws IOException {
        Path log = generate();
        Path cache = dir.resolve("cache");
        assertEquals(0, CliRun.of("parse", log.toString(), "--out", dir.resolve("a").toString(), "--cache", cache.toString()).exitCode());
        Files.writeString(log, "081109 204005 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: "
                + "10.251.73.220:50010 is added to blk_7128370237687728475 size 67108864\n", StandardOpenOption.APPEND);
        CliRun run = CliRun.of("parse", log.toString(), "--out", dir.resolve("b").toString(), "--cache", cache.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("changed since it was cached (its size changed"), run.err());
        assertTrue(Files.readString(dir.resolve("b").resolve("sessions.csv")).contains("blk_7128370237687728475"));
    }

    @Test
    void aDamagedCacheIsDiscardedWithANoticeAndTheParseSucceeds() throws IOException {
        Path log = generate();
        Path cache = dir.resolve("cache");
        assertEquals(0, CliRun.of("parse", log.toString(), "--out", dir.resolve("a").toString(), "--cache", cache.toString()).exitCode());
        Path file;
        try (var files = Files.list(cache)) {
            file = files.findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
        CliRun run = CliRun.of("parse", log.toString(), "--out", dir.resolve("b").toString(), "--cache", cache.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("Discarded the cached analysis of g.log (it is truncated"), run.err());
        assertEquals(Files.readString(dir.resolve("a").resolve("sessions.csv")), Files.readString(dir.resolve("b").resolve("sessions.csv")));
    }
}
