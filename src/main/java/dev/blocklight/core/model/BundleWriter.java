// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.parse.TemplateSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves a model as one zip file, atomically: the JSON manifest, the template snapshot (when the model
 * has one) and the network as written by DL4J's ModelSerializer (weights only, no updater state).
 */
public final class BundleWriter {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the bundle to {@code file} atomically. */
    public void write(AutoencoderModel model, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file)) {
            write(model, out.stream());
            out.commit();
        }
    }

    /** Writes the bundle's bytes to {@code target}, which stays open. */
    public void write(AutoencoderModel model, OutputStream target) throws IOException {
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        ModelSerializer.writeModel(model.network(), network, false);
        byte[] networkBytes = network.toByteArray();
        byte[] templateBytes = null;
        if (model.templates() != null) {
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            new TemplateSnapshots().write(model.templates(), t);
            templateBytes = t.toByteArray();
        }
        ModelInfo info = model.info();
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, BundleManifest.VERSION,
                info.created().toString(), info.sourceLog(), model.config(), model.vocabulary().entries(),
                model.vocabulary().classes(), model.parameterCount(), BundleManifest.NETWORK_ENTRY,
                sha256(networkBytes), templateBytes == null ? null : BundleManifest.TEMPLATES_ENTRY,
                templateBytes == null ? null : sha256(templateBytes), info.training(), info.quantiles(),
                info.threshold(), model.rarity().shares(),
                model.counts() == null ? null : model.counts().stored());
        ZipOutputStream zip = new ZipOutputStream(target);
        put(zip, BundleManifest.ENTRY, json.writeValueAsBytes(manifest));
        if (templateBytes != null) {
            put(zip, BundleManifest.TEMPLATES_ENTRY, templateBytes);
        }
        put(zip, BundleManifest.NETWORK_ENTRY, networkBytes);
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
