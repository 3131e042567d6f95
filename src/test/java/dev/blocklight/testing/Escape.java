// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

/** Shows raw bytes as printable ASCII with Java-style escapes, cut to a length. */
public final class Escape {
    private Escape() {
    }

    public static String bytes(byte[] b, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            if (s.length() >= max) {
                return s + "...(" + b.length + " bytes)";
            }
            int c = b[i] & 0xFF;
            if (c == '\\' || c == '"') {
                s.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7F) {
                s.append((char) c);
            } else {
                s.append(String.format("\\x%02X", c));
            }
        }
        return s.toString();
    }
}
