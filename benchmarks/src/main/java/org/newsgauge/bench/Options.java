package org.newsgauge.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's {@code --name value} options, refused when a name is not one the benchmark knows
 * (a misspelt option would otherwise measure the defaults in silence).
 *
 * <pre>{@code
 * Map<String, String> opt = Options.parse(args, Set.of("datasets", "reps"));
 * int reps = Integer.parseInt(opt.getOrDefault("reps", "3"));
 * }</pre>
 */
final class Options {
    private Options() {
    }

    static Map<String, String> parse(String[] args, Set<String> known) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come as --name value pairs; '" + args[args.length - 1] + "' has no value");
        }
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; this benchmark takes --"
                        + String.join(", --", known.stream().sorted().toList()));
            }
            opt.put(name, args[i + 1]);
        }
        return opt;
    }
}
