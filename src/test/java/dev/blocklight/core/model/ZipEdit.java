// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Test helper: writes zips and rewrites a bundle's manifest text. */
final class ZipEdit {
    record Entry(String name, byte[] bytes) {
        Entry(String name, String text) {
            this(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private ZipEdit() {
    }

    static Path write(Path file, List<Entry> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path rewriteManifest(Path bundle, Path target, UnaryOperator<String> edit) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals(BundleManifest.ENTRY)) {
                    String before = new String(bytes, StandardCharsets.UTF_8);
                    String after = edit.apply(before);
                    if (after.equals(before)) {
                        throw new IllegalArgumentException("the edit changed nothing");
                    }
                    bytes = after.getBytes(StandardCharsets.UTF_8);
                }
                entries.add(new Entry(e.getName(), bytes));
            }
        }
        return write(target, entries);
    }
}
