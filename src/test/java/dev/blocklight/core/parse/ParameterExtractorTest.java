// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterExtractorTest {
    @Test
    void masksAndWildcardsBecomeParametersInOrder() {
        ParameterExtractor p = new ParameterExtractor("Receiving block <BLK> src: <IP> dest: <IP>");
        assertEquals(List.of("blk_-1608999687919862906", "/10.250.19.102:54106", "/10.250.19.102:50010"),
                p.extract("Receiving block blk_-1608999687919862906 src: /10.250.19.102:54106 dest: /10.250.19.102:50010"));
    }

    @Test
    void aCollapsedRunIsOneParameterAndMasksInsideATokenSplitIt() {
        ParameterExtractor run = new ParameterExtractor("<IP> Starting thread to transfer block <BLK> to <IP>");
        assertEquals(List.of("10.250.15.198:50010", "blk_4292", "10.250.15.240:50010, 10.251.1.2:50010"),
                run.extract("10.250.15.198:50010 Starting thread to transfer block blk_4292 to 10.250.15.240:50010, "
                        + "10.251.1.2:50010"));
        ParameterExtractor inside = new ParameterExtractor("<IP>:Got exception while serving <BLK> to /<IP>:");
        assertEquals(List.of("10.251.71.16:50010", "blk_-7", "10.251.71.16"),
                inside.extract("10.251.71.16:50010:Got exception while serving blk_-7 to /10.251.71.16:"));
    }

    @Test
    void anExceptionTakesTheRestOfTheLineAndLiteralsAreNotRegex() {
        ParameterExtractor exc = new ParameterExtractor("writeBlock <BLK> received exception <EXC>");
        assertEquals(List.of("blk_1", "java.io.IOException: Connection reset by peer (x.y)"),
                exc.extract("writeBlock blk_1 received exception java.io.IOException: Connection reset by peer (x.y)"));
        ParameterExtractor dots = new ParameterExtractor("BLOCK* NameSystem.delete: <BLK> is added to invalidSet of <IP>");
        assertFalse(dots.fits("BLOCKS NameSystemXdelete: blk_1 is added to invalidSet of 10.0.0.1:50010"));
        assertEquals(List.of(), dots.extract("something else entirely"));
    }
}
