// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import dev.blocklight.core.ingest.LogSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads Loghub's {@code anomaly_label.csv} ({@code BlockId,Label}, label Normal or Anomaly). */
public final class LabelReader {
    private LabelReader() {
    }

    /**
     * The label file that conventionally sits beside a log: {@code X.log} (or {@code X.log.gz}) has
     * {@code X_anomaly_label.csv}, as Loghub and {@code blocklight generate} name them.
     */
    public static Path besideLog(Path log) {
        String name = log.getFileName().toString().replaceFirst("\\.log(\\.gz)?$", "");
        return log.resolveSibling(name + "_anomaly_label.csv");
    }

    /** Reads a label file; bytes that are not UTF-8 become U+FFFD, so such a row counts as malformed. */
    public static Labels read(Path file) throws IOException {
        LogSource.requireReadableFile(file, "a label file");
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8))) {
            return read(r, file.toString());
        }
    }

    public static Labels read(Reader reader, String name) throws IOException {
        Map<String, Boolean> labels = new HashMap<>();
        long rows = 0;
        long dup = 0;
        long conflict = 0;
        long malformed = 0;
        long unknown = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).build();
        try (CSVParser csv = format.parse(reader)) {
            boolean header = true;
            for (CSVRecord rec : csv) {
                if (header) {
                    header = false;
                    String first = rec.size() == 0 ? "" : rec.get(0).replaceFirst("^\uFEFF", ""); // a BOM from Excel
                    if (rec.size() < 2 || !first.strip().equalsIgnoreCase("BlockId") || !rec.get(1).equalsIgnoreCase("Label")) {
                        throw new IOException(name + " is not a label file: the first line must be 'BlockId,Label'");
                    }
                    continue;
                }
                rows++;
                if (rec.size() < 2 || rec.get(0).isEmpty() || rec.get(0).indexOf('\uFFFD') >= 0) {
                    malformed++;
                    continue;
                }
                Boolean label = parseLabel(rec.get(1));
                if (label == null) {
                    unknown++;
                    continue;
                }
                Boolean before = labels.putIfAbsent(rec.get(0), label);
                if (before != null) {
                    dup++;
                    if (!before.equals(label)) {
                        conflict++;
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw new IOException(name + " is not a readable CSV file: " + e.getCause().getMessage(), e);
        }
        if (rows == 0) {
            throw new IOException(name + " has no label rows");
        }
        return new Labels(labels, rows, dup, conflict, malformed, unknown);
    }

    private static Boolean parseLabel(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "anomaly":
            case "abnormal":
            case "1":
                return Boolean.TRUE;
            case "normal":
            case "0":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
