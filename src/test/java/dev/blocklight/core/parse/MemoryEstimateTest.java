// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ErrorMessages;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryEstimateTest {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;
    private static final Pattern BLK = Pattern.compile(MaskingConfig.BLK);

    @TempDir
    Path dir;

    @Test
    void theModelAddsLinesBlocksAndThreads() {
        MemoryEstimate e = MemoryEstimate.of(1_000_000, 50_000, 2);
        assertEquals((long) Math.ceil(MemoryEstimate.BYTES_PER_LINE * 1e6 + MemoryEstimate.BYTES_PER_BLOCK * 5e4
                + MemoryEstimate.FIXED_BYTES + 2 * MemoryEstimate.BYTES_PER_THREAD), e.heapBytes());
        assertTrue(MemoryEstimate.of(1_000_000, 50_000, 8).heapBytes() > e.heapBytes(), "threads hold chunks");
    }

    @Test
    void theGeneratedTenGigabyteLogFitsTheDefaultHeapAndAFiftyGigabyteOneDoesNot() {
        MemoryEstimate big = MemoryEstimate.of(71_000_000, 3_787_861, 2); // measured: fits in -Xmx592m
        assertTrue(big.fits(GIB), big.heapBytes() / MIB + " MiB");
        assertFalse(big.fits(512 * MIB));
        MemoryEstimate fifty = MemoryEstimate.of(355_000_000, 18_900_000, 2);
        assertFalse(fifty.fits(GIB));
        assertTrue(fifty.fits(fifty.xmxBytes()));
    }

    @Test
    void theSuggestedXmxIsAlwaysEnoughAndRoundedUp() {
        for (long lines = 1; lines < 2_000_000_000L; lines = lines * 3 + 7) {
            for (double perLine : new double[] {0, 0.05, 1.2}) {
                for (int threads : new int[] {1, 2, 16}) {
                    MemoryEstimate e = MemoryEstimate.of(lines, (long) (lines * perLine), threads);
                    long xmx = e.xmxBytes();
                    assertTrue(e.fits(xmx), e + " in " + xmx);
                    assertTrue(xmx % (256 * MIB) == 0, "whole steps: " + xmx);
                    assertTrue(xmx <= 2 * GIB || xmx % GIB == 0, "whole gigabytes above 2 GiB: " + xmx);
                    long smaller = xmx - (xmx <= 2 * GIB ? 256 * MIB : GIB);
                    assertTrue(smaller <= 0 || !e.fits(smaller) || xmx == 256 * MIB, "no larger than one step: " + e);
                }
            }
        }
        assertEquals("-Xmx256m", MemoryEstimate.of(10, 1, 1).xmxOption());
        assertEquals("-Xmx1g", new MemoryEstimate(0, 0, (long) (0.8 * GIB)).xmxOption());
        assertEquals("-Xmx1280m", new MemoryEstimate(0, 0, GIB).xmxOption());
        assertEquals("-Xmx3g", new MemoryEstimate(0, 0, 2 * GIB).xmxOption());
    }

    @Test
    void theMessageIsOneLineWithTheNumbers() {
        String m = MemoryEstimate.of(71_000_000, 3_800_000, 2).message("big.log", 10_021_215_544L, 512 * MIB);
        assertTrue(m.startsWith("big.log (10.0 GB, about 71.0M lines, 3.8M blocks) needs about "), m);
        assertTrue(m.endsWith("more than the 536.9 MB this Java can give it; run java -Xmx1g -jar blocklight.jar ..."), m);
        assertFalse(m.contains("\n"));
    }

    @Test
    void theHeadCountsLinesAndBlocksOfPlainAndGzipLogs() throws IOException {
        Path plain = writeLog(dir.resolve("a.log"), 20_000, 10, false);
        MemoryEstimate.Head h = MemoryEstimate.head(LogSource.of(plain), BLK);
        assertTrue(h.whole());
        assertEquals(Files.size(plain) / 20_000.0, h.bytesPerLine(), 1e-9);
        assertEquals(0.1, h.blocksPerLine(), 1e-9);
        assertEquals(1, h.expansion());
        Path gz = writeLog(dir.resolve("b.log.gz"), 200_000, 10, true);
        MemoryEstimate.Head g = MemoryEstimate.head(LogSource.of(gz), BLK);
        assertFalse(g.whole(), "more than the head");
        assertEquals(h.bytesPerLine(), g.bytesPerLine(), 2, "the same lines");
        assertTrue(g.expansion() > 3, "gzip expands: " + g.expansion());
    }

    @Test
    void aLogThatFitsIsParsedAndOneThatDoesNotIsRefusedBeforeAnyWork() throws IOException {
        Path log = writeLog(dir.resolve("c.log"), 50_000, 20, false);
        MemoryEstimate need = MemoryEstimate.of(50_000, 2_500, 1);
        LogParser fits = new LogParser(ParserConfig.hdfs().withThreads(1), need.xmxBytes());
        assertEquals(50_000, fits.parse(LogSource.of(log), miner(), p -> { }, Cancellation.NEVER).stats().lines());
        LogParser tooSmall = new LogParser(ParserConfig.hdfs().withThreads(1), 8 * MIB);
        int[] progress = {0};
        LogTooLargeException e = assertThrows(LogTooLargeException.class,
                () -> tooSmall.parse(LogSource.of(log), miner(), p -> progress[0]++, Cancellation.NEVER));
        assertEquals(0, progress[0], "refused before the parse");
        assertTrue(e.getMessage().startsWith("c.log ("), e.getMessage());
        assertTrue(e.getMessage().contains("about 50.0k lines"), e.getMessage());
        assertTrue(e.estimate().xmxBytes() >= need.xmxBytes(), "the head's blocks per line: not too small");
        assertEquals(e.getMessage(), ErrorMessages.describe(e), "the CLI and the workbench show it as it is");
    }

    @Test
    void aRunningParseRefusesWhatItsFirstLookMisjudged() throws IOException {
        // every line names a new block after a head where few do: the first look lets it through
        Path log = dir.resolve("d.log");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400_000; i++) {
            b.append(line(i < 80_000 ? i % 10 : i)).append('\n');
        }
        Files.writeString(log, b, StandardCharsets.UTF_8);
        LogSource source = LogSource.of(log);
        MemoryEstimate all = MemoryEstimate.of(400_000, 328_000, 1);
        MemoryEstimate fewBlocks = MemoryEstimate.of(400_000, 8_000, 1);
        long heap = (long) ((fewBlocks.heapBytes() + all.heapBytes()) / 2 / MemoryEstimate.HEAP_SHARE);
        assertTrue(fewBlocks.fits(heap) && !all.fits(heap));
        MemoryEstimate.before(source, MemoryEstimate.head(source, BLK), 1, heap); // passes
        LogParser parser = new LogParser(ParserConfig.hdfs().withThreads(1).withChunkBytes(1 << 16), heap);
        LogTooLargeException e = assertThrows(LogTooLargeException.class,
                () -> parser.parse(source, miner(), p -> { }, Cancellation.NEVER));
        // refused as soon as the blocks so far, extrapolated, did not fit: more than the first look's, maybe not all
        assertTrue(e.estimate().blocks() > 40_000, e.getMessage());
        assertFalse(e.estimate().fits(heap), e.getMessage());
    }

    @Test
    void duringWaitsForEnoughOfTheFileBeforeExtrapolating() throws IOException {
        long heap = 256 * MIB;
        long size = 100L << 30;
        // a tiny share read: no extrapolation yet, and what was seen fits
        MemoryEstimate.during("e.log", size, 1 << 20, 7_000, 700, 2, heap);
        // 2% of a 100 GB file: 700M lines and 35M blocks extrapolated
        LogTooLargeException e = assertThrows(LogTooLargeException.class,
                () -> MemoryEstimate.during("e.log", size, 2L << 30, 14_000_000, 700_000, 2, heap));
        assertEquals(700_000_000, e.estimate().lines());
        assertEquals(35_000_000, e.estimate().blocks());
        // the whole file read: what was seen is all there is
        MemoryEstimate.during("e.log", 1 << 20, 1 << 20, 1_000, 100, 2, heap);
        // what was seen already does not fit
        assertThrows(LogTooLargeException.class, () -> MemoryEstimate.during("e.log", size, 10, 100_000_000, 0, 2, heap));
    }

    @Test
    void anOutOfMemoryErrorBecomesTheSameRefusalWithALargerHeap() throws IOException {
        LogSource source = LogSource.of(writeLog(dir.resolve("f.log"), 10, 1, false));
        LogTooLargeException e = MemoryEstimate.outOfMemory(source, 0, 10, 1, 2, GIB, new OutOfMemoryError("Java heap space"));
        assertTrue(e.estimate().xmxBytes() > GIB, e.getMessage());
        assertEquals(e.getMessage(), ErrorMessages.describe(e));
    }

    private static TemplateMiner miner() {
        return TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
    }

    private static String line(long block) {
        return "081109 203518 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_" + block
                + " terminating";
    }

    /** {@code lines} lines naming {@code lines / perBlock} blocks. */
    private static Path writeLog(Path file, int lines, int perBlock, boolean gzip) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            for (int i = 0; i < lines; i++) {
                out.write((line(i / perBlock) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
