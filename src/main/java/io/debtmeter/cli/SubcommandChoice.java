package io.debtmeter.cli;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which subcommand a command line names, read before picocli parses it: the first argument that is
 * not a top-level option or its value. Only the top-level options are skipped; anything unexpected
 * gives no answer, and then every subcommand is built and picocli reports the mistake as usual.
 */
final class SubcommandChoice {

    /** Top-level options that take a value in the next argument (unless written {@code --db=PATH}). */
    private static final Set<String> WITH_VALUE = Set.of("--db", "--lang");
    private static final Set<String> FLAGS = Set.of("--read-only");

    private SubcommandChoice() {
    }

    static Optional<String> named(String[] args, Collection<String> known) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (FLAGS.contains(arg) || WITH_VALUE.stream().anyMatch(o -> arg.startsWith(o + "="))) {
                continue;
            } else {
                return known.contains(arg) ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
