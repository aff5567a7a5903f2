package io.debtmeter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the rubric subcommands; on its own it only explains them. */
@Command(name = "rubric", mixinStandardHelpOptions = true,
        description = "Check and read rubric files.",
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class RubricCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: validate, show or list");
    }
}
