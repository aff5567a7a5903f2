package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.testsupport.TestClock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture's database exported to a file and imported into an empty database of {@code dialect}
 * a day later: where the tests of records known by their fingerprints start (decisions 0036, 0037).
 *
 * @param exported the file's text, as written
 * @param here     the database it was imported into
 */
record ImportedExport(ExchangeFixture.Ids ids, String exported, Path file, TestDatabase here, TestClock hereClock) {

    static ImportedExport of(SqlDialect dialect, Path folder) throws Exception {
        TestClock thereClock = new TestClock(ExchangeFixture.START);
        ExchangeFixture.Ids ids;
        String exported;
        try (AssessmentStore there = TestDatabase.create(dialect, folder, "there.db").open(thereClock)) {
            ids = ExchangeFixture.fill(there, thereClock);
            exported = new String(ExchangeFixture.exportDatabase(there), StandardCharsets.UTF_8);
        }
        Path file = Files.writeString(folder.resolve("all.json"), exported);
        TestDatabase here = TestDatabase.create(dialect, folder, "here.db");
        TestClock hereClock = new TestClock(ExchangeFixture.START.plus(Duration.ofDays(1)));
        try (AssessmentStore store = here.open(hereClock)) {
            ExchangeImporter importer = new ExchangeImporter(store);
            importer.apply(importer.plan(file, TransferProgress.NONE));
        }
        return new ImportedExport(ids, exported, file, here, hereClock);
    }

    /** The plan of importing the file (as it is now) again. */
    ImportPlan plan() throws Exception {
        try (AssessmentStore store = here.open(hereClock)) {
            return new ExchangeImporter(store).plan(file, TransferProgress.NONE);
        }
    }

    PlanEntry.Outcome outcomeOf(String name) throws Exception {
        return plan().entries().stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow().outcome();
    }

    /** The file rewritten with {@code from} (found exactly once) replaced. */
    void edit(String from, String to) throws Exception {
        String now = Files.readString(file);
        assertThat(now).containsOnlyOnce(from);
        Files.writeString(file, now.replace(from, to));
    }

    /** The record with this id as the file has it (see {@link #objectAround}). */
    static String recordOf(String file, UUID id) {
        return objectAround(file, "\"id\": \"" + id + "\"");
    }

    /**
     * The object of the file that holds {@code marker}, found by its layout: from the line that opens
     * it ("{" at some indent, before the marker) to the first "}" at the same indent.
     */
    static String objectAround(String file, String marker) {
        int at = file.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        int open = file.lastIndexOf('{', at);
        int lineStart = file.lastIndexOf('\n', open) + 1;
        String indent = file.substring(lineStart, open);
        assertThat(indent).isBlank();
        int close = file.indexOf("\n" + indent + "}", at) + 1 + indent.length();
        return file.substring(open, close + 1);
    }
}
