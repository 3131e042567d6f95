// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the HDFS default masks do to real line shapes. */
class MaskerTest {
    private final Masker masker = Masker.create(MaskingConfig.hdfsDefaults());

    private String mask(String s) {
        return masker.mask(s).text();
    }

    @Test
    void masksBlocksAddressesAndNumbers() {
        assertEquals("PacketResponder <NUM> for block <BLK> terminating",
                mask("PacketResponder 1 for block blk_38865049064139660 terminating"));
        assertEquals("<IP>:Got exception while serving <BLK> to <IP>:",
                mask("10.251.30.85:50010:Got exception while serving blk_-2918118818249673980 to /10.251.90.64:"));
    }

    @Test
    void listsOfOneOrManyBecomeOneParameter() {
        String one = mask("BLOCK* ask 10.250.17.177:50010 to delete  blk_-85");
        String many = mask("BLOCK* ask 10.250.17.177:50010 to delete  blk_-85 blk_91 blk_-3");
        assertEquals(one, many);
        assertEquals(mask("Starting thread to transfer block blk_1 to 10.2.3.4:50010"),
                mask("Starting thread to transfer block blk_1 to 10.2.3.4:50010, 10.2.3.5:50010"));
        assertEquals(mask("ask 10.2.3.4:50010 to replicate blk_1 to datanode(s) 10.2.3.5:50010"),
                mask("ask 10.2.3.4:50010 to replicate blk_1 to datanode(s) 10.2.3.5:50010 10.2.3.6:50010"));
    }

    @Test
    void exceptionMessagesOfAnyLengthBecomeOneParameter() {
        assertEquals("writeBlock <BLK> received exception <EXC>",
                mask("writeBlock blk_-1 received exception java.io.IOException: Connection reset by peer"));
        assertEquals("writeBlock <BLK> received exception <EXC>",
                mask("writeBlock blk_-1 received exception java.net.SocketTimeoutException: 480000 millis timeout "
                        + "while waiting for channel to be ready for write. ch : java.nio.channels.SocketChannel"));
    }

    @Test
    void keyValueRunsCollapse() {
        assertEquals(mask("audit user=alice cmd=open"), mask("audit user=bob cmd=open src=/a dst=/b"));
    }

    @Test
    void findsEveryBlockOnceAndKeepsNonCanonicalIdsAsNames() {
        MaskOutput o = masker.mask("Deleting block blk_-15 file /data/subdir18/blk_-15 and blk_7 blk_007");
        assertEquals(2, o.blockCount());
        assertEquals(-15L, o.blockId(0));
        assertEquals(7L, o.blockId(1));
        assertEquals(List.of("blk_007"), o.blockNames());
    }

    @Test
    void blanksNormaliseToSingleSpaces() {
        assertEquals("a b <NUM>", mask("  a \t b   12  "));
        assertEquals("", mask(""));
    }
}
