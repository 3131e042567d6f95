// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.graph.rnn.DuplicateToTimeSeriesVertex;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the LSTM autoencoder: event embedding, LSTM encoder, the encoder's last real step squeezed
 * through a dense bottleneck, the code repeated over the sequence's length, LSTM decoder, and a
 * softmax over the network classes at every step (multi-class cross-entropy, masked).
 */
final class AutoencoderNetwork {
    /** Name of the network input: {@code [batch, 1, width]} network classes. */
    static final String INPUT = "events";
    static final String OUTPUT = "reconstruction";

    private AutoencoderNetwork() {
    }

    static ComputationGraphConfiguration configuration(ModelConfig c, int classes) {
        return new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(c.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
                .gradientNormalizationThreshold(1.0)
                .graphBuilder()
                .addInputs(INPUT)
                .addLayer("embedding", new EmbeddingSequenceLayer.Builder().nIn(classes).nOut(c.embeddingSize())
                        .inferInputLength(true).outputDataFormat(RNNFormat.NCW).build(), INPUT)
                .addLayer("encoder", new LSTM.Builder().nIn(c.embeddingSize()).nOut(c.encoderSize())
                        .activation(Activation.TANH).dataFormat(RNNFormat.NCW).build(), "embedding")
                .addVertex("last", new LastTimeStepVertex(INPUT), "encoder")
                .addLayer("code", new DenseLayer.Builder().nIn(c.encoderSize()).nOut(c.bottleneckSize())
                        .activation(Activation.TANH).build(), "last")
                .addVertex("repeat", new DuplicateToTimeSeriesVertex(INPUT), "code")
                .addLayer("decoder", new LSTM.Builder().nIn(c.bottleneckSize()).nOut(c.decoderSize())
                        .activation(Activation.TANH).dataFormat(RNNFormat.NCW).build(), "repeat")
                .addLayer(OUTPUT, new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .activation(Activation.SOFTMAX).dataFormat(RNNFormat.NCW).nIn(c.decoderSize()).nOut(classes)
                        .build(), "decoder")
                .setOutputs(OUTPUT)
                .build();
    }

    /** Number of network classes (padding, events, end marker) of a built network. */
    static int classes(ComputationGraph net) {
        return (int) ((FeedForwardLayer) net.getLayer(OUTPUT).conf().getLayer()).getNOut();
    }

    /** A new network with freshly initialised (seeded) weights. */
    static ComputationGraph create(ModelConfig c, int classes) {
        ComputationGraph net = new ComputationGraph(configuration(c, classes));
        net.init();
        return net;
    }
}
