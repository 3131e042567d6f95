// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts a line's parameters: the text its template's masks and wildcards stand for. The template
 * becomes an anchored regex, literal text quoted and each {@code <*>} or {@code <MASK>} a lazy group,
 * as Loghub's parsers build their ParameterList. A collapsed run such as {@code <IP>} standing for
 * {@code 10.0.0.1:50010, 10.0.0.2:50010} comes back as one parameter.
 */
public final class ParameterExtractor {
    private static final Pattern MASK = Pattern.compile("<(?:\\*|[A-Z][A-Z0-9_]*)>");
    private final Pattern pattern;

    public ParameterExtractor(String template) {
        StringBuilder re = new StringBuilder("^\\s*");
        String[] tokens = template.trim().split("\\s+");
        for (int t = 0; t < tokens.length; t++) {
            if (t > 0) {
                re.append("\\s+");
            }
            Matcher m = MASK.matcher(tokens[t]);
            int last = 0;
            while (m.find()) {
                re.append(Pattern.quote(tokens[t].substring(last, m.start())));
                re.append(m.group().equals("<EXC>") ? "(.*?)" : "(.+?)");
                last = m.end();
            }
            re.append(Pattern.quote(tokens[t].substring(last)));
        }
        pattern = Pattern.compile(re.append("\\s*$").toString(), Pattern.DOTALL);
    }

    /** The parameters of {@code content} in order, or an empty list when it does not fit the template. */
    public List<String> extract(String content) {
        Matcher m = pattern.matcher(content);
        if (!m.matches()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(m.groupCount());
        for (int g = 1; g <= m.groupCount(); g++) {
            out.add(m.group(g));
        }
        return out;
    }

    /** Whether {@code content} fits the template at all. */
    public boolean fits(String content) {
        return pattern.matcher(content).matches();
    }
}
