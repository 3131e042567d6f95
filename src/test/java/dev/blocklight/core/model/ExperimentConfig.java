// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

/** For the manual experiment and benchmark: the defaults, overridden by system properties. */
final class ExperimentConfig {
    private ExperimentConfig() {
    }

    static ModelConfig fromProperties() {
        ModelConfig c = ModelConfig.defaults();
        String sizes = System.getProperty("sizes");
        if (sizes != null) {
            String[] s = sizes.split(",");
            c = c.withSizes(Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2]),
                    Integer.parseInt(s[3]));
        }
        c = c.withTraining(Integer.getInteger("batch", c.batchSize()),
                Double.parseDouble(System.getProperty("lr", "" + c.learningRate())),
                Double.parseDouble(System.getProperty("power", "" + c.countWeightPower())));
        c = c.withEpochs(Integer.getInteger("epochs", c.maxEpochs()), Integer.getInteger("patience", c.patience()));
        c = c.withRareEvents(Double.parseDouble(System.getProperty("rareShare", "" + c.rareEventShare())),
                Double.parseDouble(System.getProperty("rareWeight", "" + c.rareEventWeight())));
        return c.withMaxLength(Integer.getInteger("maxlen", c.maxLength())).withSeed(Long.getLong("seed", c.seed()));
    }
}
