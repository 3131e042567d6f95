// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.ingest.LogSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves and loads {@link TemplateSnapshot}s as JSON, refusing foreign or damaged files with one sentence. */
public final class TemplateSnapshots {
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Writes the snapshot to a stream (not closed). */
    public void write(TemplateSnapshot snapshot, OutputStream out) throws IOException {
        json.writeValue(new NonClosing(out), snapshot);
    }

    /** Writes the snapshot atomically to a file. */
    public void write(TemplateSnapshot snapshot, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file)) {
            write(snapshot, out.stream());
            out.commit();
        }
    }

    /** Reads and checks a snapshot. */
    public TemplateSnapshot read(InputStream in, String name) throws IOException {
        TemplateSnapshot s;
        try {
            s = json.readValue(in, TemplateSnapshot.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IOException(name + " is not a Blocklight template snapshot (unreadable JSON)", e);
        }
        if (s == null || s.drain() == null || s.masking() == null || s.events() == null || s.logFormat() == null) {
            throw new IOException(name + " is not a Blocklight template snapshot (fields are missing)");
        }
        if (s.formatVersion() > TemplateSnapshot.VERSION || s.formatVersion() < 1) {
            throw new IOException(name + " has template snapshot version " + s.formatVersion()
                    + "; this Blocklight reads version " + TemplateSnapshot.VERSION);
        }
        try {
            LogFormat.compile(s.logFormat());
            TemplateMiner.fromSnapshot(s, false).finish(); // restores Drain and checks the event ids
        } catch (RuntimeException e) {
            throw new IOException(name + " is a damaged template snapshot: " + e.getMessage(), e);
        }
        return s;
    }

    /** Reads and checks a snapshot file. */
    public TemplateSnapshot read(Path file) throws IOException {
        LogSource.requireReadableFile(file, "a template snapshot");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
