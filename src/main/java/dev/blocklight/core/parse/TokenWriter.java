// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/**
 * Builds masked content into a {@link MaskOutput}: splits on blanks, joins tokens with one space,
 * and collapses a run of list elements of the same mask ({@code <IP>, <IP>} or
 * {@code <BLK> <BLK> <BLK>}) into its last element, so variable-length lists become one parameter.
 */
final class TokenWriter {
    private static final int NONE = -1;
    private MaskOutput out;
    private int tokenStart = -1;
    /** Mask id if the token so far is exactly one mask (plus at most a ',' or ';'), NONE otherwise. */
    private int tokenMask;
    private int masksInToken;
    private int literalsAfterMask;
    private boolean literalBeforeMask;
    private int prevStart;
    private int prevMask;

    void begin(MaskOutput output) {
        this.out = output;
        output.reset();
        tokenStart = -1;
        prevStart = -1;
        prevMask = NONE;
    }

    private void startToken() {
        if (out.length > 0) {
            out.put((byte) ' ');
        }
        tokenStart = out.length;
        tokenMask = NONE;
        masksInToken = 0;
        literalsAfterMask = 0;
        literalBeforeMask = false;
    }

    /** Appends one byte of literal text; blanks end the current token. */
    void literal(byte b) {
        if (b == ' ' || b == '\t') {
            endToken();
            return;
        }
        if (tokenStart < 0) {
            startToken();
        }
        if (masksInToken == 0) {
            literalBeforeMask = true;
        } else {
            literalsAfterMask = (literalsAfterMask == 0 && (b == ',' || b == ';')) ? 1 : 2;
        }
        out.put(b);
    }

    /** Appends a mask token such as {@code <IP>}. */
    void mask(int maskId, byte[] token) {
        if (tokenStart < 0) {
            startToken();
        }
        masksInToken++;
        tokenMask = maskId;
        literalsAfterMask = 0;
        out.put(token);
    }

    /** Ends the current token, collapsing it into the previous one if both are list elements. */
    void endToken() {
        if (tokenStart < 0) {
            return;
        }
        int mask = (masksInToken == 1 && !literalBeforeMask && literalsAfterMask <= 1) ? tokenMask : NONE;
        if (mask != NONE && mask == prevMask) {
            int len = out.length - tokenStart;
            System.arraycopy(out.bytes, tokenStart, out.bytes, prevStart, len);
            out.length = prevStart + len;
            tokenStart = prevStart;
        }
        prevStart = tokenStart;
        prevMask = mask;
        tokenStart = -1;
    }
}
