// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A generated log file: lines with their line breaks; the last break may be left off. */
public record FuzzLog(List<Entry> entries, boolean lastBreak) {

    /** One line and the break after it. */
    public record Entry(FuzzLine line, String lineBreak) {
        @Override
        public String toString() {
            return line + " + \"" + Escape.bytes(lineBreak.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 10)
                    + "\"";
        }
    }

    /** The file's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.writeBytes(e.line().bytes());
            if (i < entries.size() - 1 || lastBreak) {
                out.writeBytes(e.lineBreak().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    /** Writes the log to a new file in {@code dir}. */
    public Path writeTo(Path dir) throws IOException {
        Path f = Files.createTempFile(dir, "fuzz", ".log");
        Files.write(f, bytes());
        return f;
    }
}
