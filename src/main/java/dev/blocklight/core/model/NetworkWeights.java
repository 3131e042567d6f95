// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Restores a network from a ModelSerializer file without trusting it: the architecture is rebuilt
 * from our own settings and only the weight array ({@code coefficients.bin}) is read. The file's
 * JSON configuration and any serialised Java objects in it are ignored.
 */
final class NetworkWeights {
    static final String COEFFICIENTS = "coefficients.bin";

    private NetworkWeights() {
    }

    static ComputationGraph restore(byte[] serialized, ModelConfig config, int classes, long expectedParams,
            String name) throws IOException {
        ComputationGraph net = AutoencoderNetwork.create(config, classes);
        if (net.numParams() != expectedParams) {
            throw new IOException(name + " is a damaged Blocklight model: its settings describe " + net.numParams()
                    + " weights but the manifest says " + expectedParams);
        }
        INDArray params;
        try {
            params = coefficients(serialized, name);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(name + " is a damaged Blocklight model: its weights cannot be read", e);
        }
        if (params.length() != expectedParams || params.dataType() != DataType.FLOAT) {
            throw new IOException(name + " is a damaged Blocklight model: it holds " + params.length() + " "
                    + params.dataType() + " weights where " + expectedParams + " FLOAT were expected");
        }
        net.setParams(params.reshape(1, expectedParams));
        return net;
    }

    private static INDArray coefficients(byte[] serialized, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(serialized))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (COEFFICIENTS.equals(e.getName())) {
                    return Nd4j.read(new DataInputStream(zip));
                }
            }
        }
        throw new IOException(name + " is a damaged Blocklight model: its network has no weights");
    }
}
