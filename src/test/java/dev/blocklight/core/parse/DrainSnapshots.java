// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/** Reads and writes {@link DrainSnapshot}s as JSON. */
public final class DrainSnapshots {

    private DrainSnapshots() {}

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Writes the snapshot as JSON; the stream is flushed, not closed. */
    public static void write(DrainSnapshot snapshot, OutputStream out) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        mapper().writeValue(out, snapshot);
        out.flush();
    }

    /**
     * Reads and validates a snapshot (the stream is not closed).
     *
     * @throws IOException with a one-sentence message if the input is not valid JSON, not a Drain snapshot
     *     or an inconsistent one
     */
    public static DrainSnapshot read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        DrainSnapshot snapshot;
        try {
            snapshot = mapper().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in, DrainSnapshot.class);
        } catch (JsonParseException e) {
            throw new IOException("Malformed Drain snapshot: the JSON is not well-formed" + where(e) + ".", e);
        } catch (JsonProcessingException e) {
            String detail = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : null;
            if (detail != null && detail.startsWith("Drain ")) { // a DrainConfig validation message
                throw new IOException("Invalid Drain snapshot: its config is invalid ("
                        + detail.substring(0, detail.length() - 1) + ").", e);
            }
            boolean empty = String.valueOf(e.getOriginalMessage()).startsWith("No content");
            if (e instanceof MismatchedInputException && empty) {
                throw new IOException("Malformed Drain snapshot: the input is empty.", e);
            }
            throw new IOException("Invalid Drain snapshot: the JSON does not have the snapshot layout" + where(e)
                    + ".", e);
        }
        try {
            Drain.restore(snapshot); // full consistency check
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return snapshot;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? ""
                : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
