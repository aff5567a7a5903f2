package io.debtmeter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the rubric subcommands; on its own it only explains them. */
@Command(name = "rubric", mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCode.USAGE)
final class RubricCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final CliTexts texts;

    RubricCommand(CliTexts texts) {
        this.texts = texts;
    }

    @Override
    public void run() {
        throw new UsageErrors.UsageError(spec.commandLine(), texts.get("cli.rubric.missingSubcommand"));
    }
}
