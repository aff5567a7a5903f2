package io.debtmeter.cli;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line that is wrong (exit code 1), told in Japanese: picocli writes its own errors in English
 * only, so for a Japanese run this names the offending argument in a sentence of our bundle and points
 * to the command's help. English runs keep picocli's messages and usage, as they always were.
 */
final class UsageErrors {

    private static final Pattern OPTION_NAME = Pattern.compile("--[a-z][a-z-]*");

    private UsageErrors() {
    }

    /** A usage error our commands find themselves (e.g. --page without --format pdf): its message is ours already. */
    static final class UsageError extends ParameterException {
        UsageError(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    /** Prints the error and a hint to the help; returns the command's exit code for invalid input. */
    static int print(ParameterException exception, CliTexts texts) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("debtmeter: " + TerminalText.lines(message(exception, texts)));
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(texts.get("cli.usage.suggestions", String.join(texts.get("cli.list.separator"),
                    unmatched.getSuggestions())));
        }
        err.println(texts.get("cli.usage.hint", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException exception, CliTexts texts) {
        if (exception instanceof UsageError) {
            return exception.getMessage();
        }
        if (exception instanceof UnmatchedArgumentException unmatched) {
            List<String> arguments = unmatched.getUnmatched();
            String first = arguments.isEmpty() ? "" : arguments.get(0);
            return texts.get(first.startsWith("-") ? "cli.usage.unknownOption" : "cli.usage.unknownArgument",
                    TerminalText.inline(String.join(" ", arguments)));
        }
        if (exception instanceof MissingParameterException missing) {
            String names = String.join(texts.get("cli.list.separator"), names(missing.getMissing()));
            if (exception.getMessage().startsWith("Missing required parameter for option")) {
                ArgSpec option = missing.getMissing().get(0);
                return texts.get("cli.usage.missingValue", name(option), option.paramLabel());
            }
            if (exception.getMessage().contains("specify one of these")) {
                return texts.get("cli.usage.missingOneOf", names);
            }
            return texts.get("cli.usage.missing", names);
        }
        if (exception instanceof OverwrittenOptionException overwritten) {
            return texts.get("cli.usage.repeated", name(overwritten.getOverwritten()));
        }
        if (exception instanceof MutuallyExclusiveArgsException) {
            return texts.get("cli.usage.exclusive", String.join(texts.get("cli.list.separator"),
                    namesIn(exception.getMessage())));
        }
        ArgSpec argument = exception.getArgSpec();
        String value = exception.getValue();
        if (argument instanceof OptionSpec option && "--db".equals(option.longestName())
                && exception.getCause() instanceof picocli.CommandLine.TypeConversionException conversion) {
            // Our converter's own words, already in the run's language; never the value, which may hold a password.
            return conversion.getMessage();
        }
        if (argument != null && value != null) {
            return invalidValue(argument, TerminalText.inline(value), texts);
        }
        // A rarer mistake of picocli's finding: its own words, in a Japanese frame.
        return texts.get("cli.usage.other", exception.getMessage());
    }

    private static String invalidValue(ArgSpec argument, String value, CliTexts texts) {
        String name = name(argument);
        Class<?> type = argument.type();
        if (argument.isOption() && "--lang".equals(((OptionSpec) argument).longestName())) {
            return texts.get("cli.usage.language", value);
        }
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
            }
            return texts.get("cli.usage.invalidChoice", value, name, String.join(texts.get("cli.list.separator"), values));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == double.class || type == Double.class) {
            return texts.get("cli.usage.invalidNumber", value, name);
        }
        if (type == LocalDate.class) {
            return texts.get("cli.usage.invalidDate", value, name);
        }
        return texts.get("cli.usage.invalidValue", value, name);
    }

    private static List<String> names(List<ArgSpec> arguments) {
        return arguments.stream().map(UsageErrors::name).toList();
    }

    /** An option's longest name, a positional parameter's label (FILE). */
    private static String name(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }

    private static List<String> namesIn(String message) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = OPTION_NAME.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return List.copyOf(names);
    }
}
