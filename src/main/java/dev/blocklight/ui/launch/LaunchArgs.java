// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The workbench's display flags taken out of the command line: {@code --software-render} and
 * {@code --low-bandwidth}. The remaining arguments go on to the workbench or the CLI unchanged.
 *
 * @param softwareRender {@code --software-render} was given
 * @param lowBandwidth {@code --low-bandwidth} was given
 * @param rest the other arguments, in order
 */
public record LaunchArgs(boolean softwareRender, boolean lowBandwidth, List<String> rest) {
    public static final String SOFTWARE_RENDER = "--software-render";
    public static final String LOW_BANDWIDTH = "--low-bandwidth";

    public LaunchArgs {
        rest = List.copyOf(rest);
    }

    /** Splits {@code args}, wherever the flags are. */
    public static LaunchArgs parse(String[] args) {
        boolean sw = false;
        boolean low = false;
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (SOFTWARE_RENDER.equals(a)) {
                sw = true;
            } else if (LOW_BANDWIDTH.equals(a)) {
                low = true;
            } else {
                rest.add(a);
            }
        }
        return new LaunchArgs(sw, low, rest);
    }

    /** The other arguments as an array, for {@code Application.launch} and the CLI. */
    public String[] restArray() {
        return rest.toArray(String[]::new);
    }
}
