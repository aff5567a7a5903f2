package io.debtmeter.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The subcommand named on a command line, found before picocli parses it, so only that one is built. */
class SubcommandChoiceTest {

    private static final List<String> KNOWN = List.of("teams", "rubric", "export");

    private static Optional<String> named(String... args) {
        return SubcommandChoice.named(args, KNOWN);
    }

    @Test
    void theFirstArgumentThatIsNotATopLevelOptionNamesTheSubcommand() {
        assertThat(named("teams")).contains("teams");
        assertThat(named("--db", "team.db", "teams", "--json")).contains("teams");
        assertThat(named("--db=team.db", "--lang", "ja", "--read-only", "export", "--all")).contains("export");
        assertThat(named("--lang=en", "rubric", "show")).contains("rubric");
    }

    @Test
    void aDatabaseFileNamedLikeACommandIsTheOptionsValueNotTheCommand() {
        assertThat(named("--db", "export", "teams")).contains("teams");
    }

    @Test
    void helpVersionAnUnknownNameOrNothingBuildsEverySubcommand() {
        assertThat(named()).isEmpty();
        assertThat(named("--help")).isEmpty();
        assertThat(named("-V")).isEmpty();
        assertThat(named("--db", "team.db")).isEmpty();
        assertThat(named("tems")).isEmpty();
        assertThat(named("--unknown", "teams")).isEmpty();
    }
}
