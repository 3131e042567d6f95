// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import java.io.IOException;

/** A cache file that cannot be used; the message says why in a few words ("it is truncated"). */
final class CorruptCacheException extends IOException {
    CorruptCacheException(String why) {
        super(why);
    }
}
