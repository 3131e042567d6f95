// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.parse.EventType;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Checks a parsed manifest field by field, refusing it with one sentence. */
final class ManifestCheck {
    private ManifestCheck() {
    }

    static void check(BundleManifest m, String name) throws IOException {
        require(m.formatVersion() >= 1, name, "its format version " + m.formatVersion() + " is invalid");
        require(m.config() != null, name, "the training settings are missing");
        require(m.vocabulary() != null && !m.vocabulary().isEmpty(), name, "the vocabulary is missing");
        List<Vocabulary.Entry> v = m.vocabulary();
        require(EventType.UNKNOWN_ID.equals(v.get(0).id()), name, "the vocabulary does not start with E0");
        for (Vocabulary.Entry e : v) {
            require(e != null && e.id() != null && e.template() != null, name,
                    "a vocabulary entry lacks its id or template");
        }
        require(m.networkClasses() == v.size() + 2, name, "the network size does not match the vocabulary");
        require(m.parameterCount() > 0, name, "the parameter count is missing");
        require(m.networkEntry() != null && m.networkSha256() != null, name, "the network entry is not named");
        require((m.templatesEntry() == null) == (m.templatesSha256() == null), name,
                "the template snapshot entry has no checksum");
        require(m.createdAt() != null && m.sourceLog() != null, name, "the creation time or source log is missing");
        try {
            Instant.parse(m.createdAt());
        } catch (DateTimeParseException e) {
            throw new IOException(name + " is a damaged Blocklight model: its creation time is not a date", e);
        }
        require(m.training() != null && m.training().epochs() != null, name, "the training summary is missing");
        require(m.scoreQuantiles() != null, name, "the score quantiles are missing");
        double previous = Double.NEGATIVE_INFINITY;
        for (ScoreQuantile q : m.scoreQuantiles()) {
            require(q != null && q.quantile() > 0 && q.quantile() <= 1 && q.score() >= previous, name,
                    "the score quantiles are out of order");
            previous = q.score();
        }
        require(m.eventShares() != null && m.eventShares().size() == v.size(), name,
                "the event shares do not match the vocabulary");
        for (Double s : m.eventShares()) {
            require(s != null && s >= 0 && s <= 1, name, "an event share is not between 0 and 1");
        }
        require(Double.isNaN(m.threshold()) || Double.isFinite(m.threshold()), name, "the threshold is invalid");
        require(m.formatVersion() < 4 || m.countProfile() != null, name, "the count profile is missing");
        if (m.countProfile() != null) {
            checkCounts(m.countProfile(), v.size(), name);
        }
    }

    private static void checkCounts(CountProfile.Stored c, int vocabulary, String name) throws IOException {
        require(c.vectors() != null && c.blocks() != null && c.relations() != null
                && c.vectors().length == c.blocks().length, name, "the count profile's vectors and blocks differ in number");
        require(c.tolerance() >= 0 && c.tolerance() < 1 && c.trainingBlocks() >= 0, name,
                "the count profile's tolerance or block count is invalid");
        for (int i = 0; i < c.vectors().length; i++) {
            int[] vec = c.vectors()[i];
            require(vec != null && vec.length <= vocabulary && c.blocks()[i] > 0, name,
                    "a count vector does not fit the vocabulary");
            for (int x : vec) {
                require(x >= 0, name, "a count vector has a negative count");
            }
        }
        for (int[] r : c.relations()) {
            require(r != null && r.length == 6 && r[0] >= 0 && r[0] < vocabulary && r[2] >= 0 && r[2] < vocabulary
                    && r[4] >= -1 && r[4] < vocabulary, name, "a count relation names an unknown event");
        }
    }

    private static void require(boolean ok, String name, String problem) throws IOException {
        if (!ok) {
            throw new IOException(name + " is a damaged Blocklight model: " + problem);
        }
    }
}
