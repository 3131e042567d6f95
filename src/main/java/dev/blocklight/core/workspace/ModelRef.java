// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The model that scored a cached analysis: its bundle file (a name in the cache folder's
 * {@code models} subfolder, or an absolute path) with the bundle's SHA-256, and the model's training
 * scores (the sample the threshold presets and the histogram overlay use), so scores and presets come
 * back without loading the model.
 *
 * @param bundle the bundle's file name in {@code <cache>/models}, or an absolute path
 * @param sha256 SHA-256 of the bundle file's bytes (32 bytes)
 * @param trainingScores the model's training-score sample, possibly empty
 */
public record ModelRef(String bundle, byte[] sha256, float[] trainingScores) {
    public ModelRef {
        if (bundle == null || bundle.isEmpty()) {
            throw new IllegalArgumentException("no bundle file");
        }
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 has 32 bytes");
        }
        sha256 = sha256.clone();
        trainingScores = trainingScores == null ? new float[0] : trainingScores.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public float[] trainingScores() {
        return trainingScores.clone();
    }

    /** The bundle file, resolved against the cache folder's {@code models} subfolder. */
    public Path file(Path cacheFolder) {
        return cacheFolder.resolve(WorkspaceCache.MODELS).resolve(bundle);
    }

    /**
     * Why the bundle cannot be used (missing, changed), or null when it is there with the same bytes.
     */
    public String problem(Path cacheFolder) throws IOException {
        Path f = file(cacheFolder);
        if (!Files.isRegularFile(f)) {
            return "its model file " + bundle + " is gone";
        }
        return Arrays.equals(sha256, sha256Of(f)) ? null : "its model file " + bundle + " changed";
    }

    /** SHA-256 of some bytes. */
    public static byte[] sha256Of(byte[] bytes) {
        return FileIdentity.sha256().digest(bytes);
    }

    /** SHA-256 of a file's bytes. */
    public static byte[] sha256Of(Path file) throws IOException {
        MessageDigest md = FileIdentity.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return md.digest();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelRef m && bundle.equals(m.bundle) && Arrays.equals(sha256, m.sha256)
                && Arrays.equals(trainingScores, m.trainingScores);
    }

    @Override
    public int hashCode() {
        return bundle.hashCode() * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "ModelRef[" + bundle + ", " + trainingScores.length + " training scores]";
    }
}
