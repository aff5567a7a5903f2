package io.debtmeter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import picocli.CommandLine.ExitCode;

/** How the listing commands print what they found: the JSON array, a sentence when it is empty, or the table. */
final class ListingOutput {

    private ListingOutput() {
    }

    /** Prints the rows as {@code --json} asked and returns the exit code of a listing that worked. */
    static int print(CliContext context, boolean json, ArrayNode array, TextTable table, String whenEmpty) {
        if (json) {
            context.out().print(JsonOutput.print(array));
        } else if (array.isEmpty()) {
            context.out().println(whenEmpty);
        } else {
            context.out().print(table.render());
        }
        context.out().flush();
        return ExitCode.OK;
    }
}
