// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Manual experiment (not a test): scores the blocks of a {@code parse} output folder with a model
 * bundle and writes each block's mean, max and end-marker step losses, to compare score variants.
 * Arguments: model.zip parse-dir out.csv. With {@code -Dtrain=true} it first trains a model on all
 * blocks of the folder with {@link ExperimentConfig} settings (system properties) and writes it to model.zip.
 * With {@code -Dsteps=FILE} it also writes every block's event indices and step losses.
 */
public final class StepDump {
    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("train")) {
            train(Path.of(args[0]), Path.of(args[1]));
        }
        AutoencoderModel model = new BundleReader().read(Path.of(args[0]));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < model.vocabulary().size(); i++) {
            index.put(model.vocabulary().get(i).id(), i);
        }
        List<String> rows = Files.readAllLines(Path.of(args[1], "sessions.csv"));
        String[] ids = new String[rows.size() - 1];
        int[][] seqs = new int[ids.length][];
        for (int r = 1; r < rows.size(); r++) {
            String row = rows.get(r);
            int comma = row.indexOf(',');
            ids[r - 1] = row.substring(0, comma);
            String[] ev = row.substring(comma + 1).replace("\"", "").trim().split(" ");
            int n = Math.min(ev.length, model.config().maxLength());
            int[] s = new int[n];
            for (int k = 0; k < n; k++) {
                s[k] = index.getOrDefault(ev[k], 0);
            }
            seqs[r - 1] = s;
        }
        float[][] steps = model.scorer().stepLosses(seqs, ProgressListener.NONE, Cancellation.NEVER);
        String full = System.getProperty("steps");
        if (full != null) {
            writeSteps(Path.of(full), ids, seqs, steps);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            out.println("BlockId,Mean,Max,End,Len");
            for (int b = 0; b < ids.length; b++) {
                float max = 0;
                double sum = 0;
                for (float v : steps[b]) {
                    max = Math.max(max, v);
                    sum += v;
                }
                out.printf(java.util.Locale.ROOT, "%s,%.5f,%.5f,%.5f,%d%n", ids[b], sum / steps[b].length, max,
                        steps[b][steps[b].length - 1], seqs[b].length);
            }
        }
    }

    /** One row per block: id, event indices and every step loss (end marker last), space-separated. */
    private static void writeSteps(Path file, String[] ids, int[][] seqs, float[][] steps) throws Exception {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int b = 0; b < ids.length; b++) {
                StringBuilder row = new StringBuilder(ids[b]).append(',');
                for (int k = 0; k < seqs[b].length; k++) {
                    row.append(k == 0 ? "" : " ").append(seqs[b][k]);
                }
                row.append(',');
                for (int k = 0; k < steps[b].length; k++) {
                    row.append(k == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.4f", steps[b][k]));
                }
                out.println(row);
            }
        }
    }

    private static void train(Path out, Path dir) throws Exception {
        List<Vocabulary.Entry> entries = new java.util.ArrayList<>();
        entries.add(new Vocabulary.Entry("E0", "<unknown>"));
        Map<String, Integer> index = new HashMap<>();
        List<String> templates = Files.readAllLines(dir.resolve("templates.csv"));
        for (String row : templates.subList(1, templates.size())) {
            String id = row.substring(0, row.indexOf(','));
            index.put(id, entries.size());
            entries.add(new Vocabulary.Entry(id, row.substring(row.indexOf(',') + 1)));
        }
        List<String> rows = Files.readAllLines(dir.resolve("sessions.csv"));
        int[][] seqs = new int[rows.size() - 1][];
        for (int r = 1; r < rows.size(); r++) {
            String row = rows.get(r);
            String[] ev = row.substring(row.indexOf(',') + 1).replace("\"", "").trim().split(" ");
            seqs[r - 1] = java.util.Arrays.stream(ev).mapToInt(e -> index.getOrDefault(e, 0)).toArray();
        }
        ModelConfig c = ExperimentConfig.fromProperties();
        System.out.println(c);
        TrainingResult res = new Trainer(c).train(seqs, new Vocabulary(entries), e -> System.out.printf(
                "epoch %d loss %.4f val %.4f %.1fs%n", e.epoch(), e.trainingLoss(), e.validationLoss(), e.seconds()),
                Cancellation.NEVER);
        System.out.printf("trained in %.1f s%n", res.summary().seconds());
        new BundleWriter().write(res.model(), out);
    }
}
