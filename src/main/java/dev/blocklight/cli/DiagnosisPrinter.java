// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.detect.Confusion;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.EventContribution;
import dev.blocklight.core.detect.Severity;
import dev.blocklight.core.parse.EventTable;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a threshold's diagnosis for {@code score --diagnose}. */
final class DiagnosisPrinter {
    private DiagnosisPrinter() {
    }

    static void print(PrintWriter o, Diagnosis d, EventTable events) {
        o.println("Diagnosis:");
        for (String finding : d.findings()) {
            o.println("  " + finding);
        }
        if (d.expected() != null) {
            o.printf(Locale.ROOT, "  expected rate %.2f%% (from %s), flagged %.2f%%%n", d.expected().rate() * 100,
                    d.expected().source(), d.rate() * 100);
        }
        d.labelled().ifPresent(c -> printConfusion(o, c));
        if (d.shift() != null) {
            o.printf(Locale.ROOT, "  training median %.4g, this log's median %.4g (ratio %.2f), KS %.3f%n",
                    d.shift().trainingMedian(), d.shift().logMedian(), d.shift().medianRatio(), d.shift().ks());
        }
        if (d.bands() != null) {
            StringBuilder s = new StringBuilder("  severity:");
            for (Severity v : Severity.values()) {
                if (v != Severity.NONE) {
                    s.append(' ').append(v.label()).append(' ').append(d.bands().count(v));
                }
            }
            o.println(s);
        }
        if (!d.topEvents().isEmpty()) {
            o.println("  events behind the flagged blocks:");
            for (EventContribution e : d.topEvents()) {
                o.printf(Locale.ROOT, "    %-4s in %,d flagged blocks, %.1f%% of their error, lift %.1f: %s%n",
                        events.get(e.event()).id(), e.flaggedBlocks(), e.errorShare() * 100, e.lift(),
                        events.get(e.event()).template());
            }
        }
        o.flush();
    }

    private static void printConfusion(PrintWriter o, Confusion c) {
        o.printf(Locale.ROOT, "  precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d)%n", c.precision(),
                c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }
}
