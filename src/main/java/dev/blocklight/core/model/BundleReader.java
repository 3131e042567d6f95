// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blocklight.core.parse.TemplateSnapshot;
import dev.blocklight.core.parse.TemplateSnapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Loads a model bundle written by {@link BundleWriter} and checks all of it: the format marker and
 * version, the manifest's fields, the checksums of the network and template entries, and that the
 * weights fit the network the manifest describes. Anything wrong is refused with an
 * {@link IOException} whose message is one sentence naming the file. No Java object is ever
 * deserialised: the network is rebuilt from the manifest and only its weight array is read.
 */
public final class BundleReader {
    /** Upper bound of an entry's size, against zip bombs. */
    static final long MAX_ENTRY_BYTES = 1L << 30;
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public AutoencoderModel read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new IOException(name + " is a folder, not a Blocklight model file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BundleManifest m = manifest(zip, name);
            ManifestCheck.check(m, name);
            byte[] network = entry(zip, m.networkEntry(), m.networkSha256(), name, "network");
            TemplateSnapshot templates = null;
            if (m.templatesEntry() != null) {
                byte[] t = entry(zip, m.templatesEntry(), m.templatesSha256(), name, "template snapshot");
                try {
                    templates = new TemplateSnapshots().read(new ByteArrayInputStream(t), name);
                } catch (IOException e) {
                    throw new IOException(name + " is a damaged Blocklight model: its template snapshot is invalid ("
                            + e.getMessage() + ")", e);
                }
            }
            Vocabulary vocabulary = new Vocabulary(m.vocabulary());
            var net = NetworkWeights.restore(network, m.config(), vocabulary.classes(), m.parameterCount(), name);
            ModelInfo info = new ModelInfo(m.sourceLog(), Instant.parse(m.createdAt()), m.training(),
                    m.scoreQuantiles(), m.threshold());
            double[] shares = m.eventShares().stream().mapToDouble(Double::doubleValue).toArray();
            return new AutoencoderModel(m.config(), vocabulary, net, templates, info,
                    new EventRarity(shares, m.config()), m.countProfile() == null ? null : CountProfile.of(m.countProfile()));
        } catch (ZipException e) {
            throw new IOException(name + " is not a Blocklight model file (not a complete zip archive; it may be "
                    + "truncated or of another kind)", e);
        }
    }

    private BundleManifest manifest(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(BundleManifest.ENTRY);
        if (e == null) {
            throw new IOException(name + " is not a Blocklight model file (it has no " + BundleManifest.ENTRY + ")");
        }
        byte[] bytes = read(zip, e, name);
        BundleManifest m;
        try {
            m = json.readValue(bytes, BundleManifest.class);
        } catch (JacksonException e2) {
            String version = versionHint(bytes);
            throw new IOException(name + (version != null ? version
                    : " is a damaged Blocklight model: its manifest cannot be read"), e2);
        }
        if (m == null || !BundleManifest.FORMAT.equals(m.format())) {
            throw new IOException(name + " is not a Blocklight model file (its manifest has another format marker)");
        }
        if (m.formatVersion() > BundleManifest.VERSION) {
            throw new IOException(name + " was written by a newer Blocklight (model format " + m.formatVersion()
                    + "); this version reads format " + BundleManifest.VERSION);
        }
        if (m.formatVersion() < BundleManifest.OLDEST) {
            throw new IOException(name + olderVersion(m.formatVersion()));
        }
        return m;
    }

    /** For a manifest that does not parse: a newer version is reported as such, not as damage. */
    private String versionHint(byte[] bytes) {
        try {
            var tree = json.readTree(bytes);
            int version = tree.path("formatVersion").asInt(0);
            if (BundleManifest.FORMAT.equals(tree.path("format").asText()) && version > BundleManifest.VERSION) {
                return " was written by a newer Blocklight (model format " + version
                        + "); this version reads format " + BundleManifest.VERSION;
            }
            if (BundleManifest.FORMAT.equals(tree.path("format").asText()) && version >= 1
                    && version < BundleManifest.OLDEST) {
                return olderVersion(version);
            }
        } catch (IOException | RuntimeException ignored) {
            // not even JSON: reported as damage by the caller
        }
        return null;
    }

    private static String olderVersion(int version) {
        return " was written by an older Blocklight (model format " + version
                + (version == 1 ? ", without the end marker" : ", without the rarity term") + "); train the model again";
    }

    private static byte[] entry(ZipFile zip, String entryName, String sha, String name, String what)
            throws IOException {
        ZipEntry e = zip.getEntry(entryName);
        if (e == null) {
            throw new IOException(name + " is a damaged Blocklight model: its " + what + " entry is missing");
        }
        byte[] bytes = read(zip, e, name);
        if (!BundleWriter.sha256(bytes).equalsIgnoreCase(sha)) {
            throw new IOException(name + " is a damaged Blocklight model: its " + what
                    + " does not match the manifest's checksum");
        }
        return bytes;
    }

    private static byte[] read(ZipFile zip, ZipEntry e, String name) throws IOException {
        if (e.getSize() > MAX_ENTRY_BYTES) {
            throw new IOException(name + " is not a Blocklight model file (entry " + e.getName() + " is too large)");
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw new IOException(name + " is not a Blocklight model file (entry " + e.getName()
                        + " is too large)");
            }
            return bytes;
        } catch (ZipException ex) {
            throw new IOException(name + " is a damaged Blocklight model: entry " + e.getName()
                    + " is corrupt (" + ex.getMessage() + ")", ex);
        }
    }
}
