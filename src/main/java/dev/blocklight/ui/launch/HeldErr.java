// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error held back while the JavaFX toolkit starts: when a native library fails to load,
 * JavaFX prints its own stack trace before it throws, and the user should see one line instead
 * ({@link StartupFailure}). Once the toolkit is up, {@link #release} writes what was held and lets
 * everything through; after a failure, {@link #discard} drops it. Past {@value #LIMIT} bytes held,
 * the rest goes straight through.
 */
public final class HeldErr extends PrintStream {
    static final int LIMIT = 1 << 16;
    private final Holder holder;

    private HeldErr(Holder holder) {
        super(holder, true, StandardCharsets.UTF_8);
        this.holder = holder;
    }

    /** A stream that holds what is written until {@link #release} and then writes to {@code target}. */
    public static HeldErr over(PrintStream target) {
        return new HeldErr(new Holder(target));
    }

    /** Whether {@link #release} was called. */
    public synchronized boolean released() {
        return holder.released;
    }

    /** Writes what was held to the target, and from now on everything. */
    public synchronized void release() {
        flush();
        holder.release();
    }

    /** Drops what was held and returns it as text; later output goes through to the target. */
    public synchronized String discard() {
        flush();
        return holder.discard();
    }

    /** The stream this one writes to. */
    public PrintStream target() {
        return holder.target;
    }

    private static final class Holder extends OutputStream {
        private final PrintStream target;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private boolean released;

        Holder(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (released || held.size() + len > LIMIT) {
                target.write(b, off, len);
            } else {
                held.write(b, off, len);
            }
        }

        @Override
        public synchronized void flush() {
            if (released) {
                target.flush();
            }
        }

        synchronized void release() {
            if (!released) {
                released = true;
                target.write(held.toByteArray(), 0, held.size());
                target.flush();
                held.reset();
            }
        }

        synchronized String discard() {
            String text = held.toString(StandardCharsets.UTF_8);
            held.reset();
            released = true;
            return text;
        }
    }
}
