package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.export.ExportFormats;
import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.core.export.Exporter;
import io.debtmeter.core.export.SafeFiles;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streamed paths on a large file: 50 generated teams of 40 quarterly assessments of the default
 * rubric (2,000 assessments, about 20 MB), exported one team at a time and imported as a stream.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class StreamedExchangeTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    private static final int TEAMS = 50;
    private static final int QUARTERS = 40;

    @TempDir
    static Path shared;
    private static Path sourceFile;
    private static byte[] export;

    @TempDir
    Path folder;

    @BeforeAll
    static void aLargeExport() throws IOException {
        sourceFile = shared.resolve("source.db");
        try (AssessmentStore source = ExchangeFixture.generated(sourceFile, TEAMS, QUARTERS)) {
            export = ExchangeFixture.exportDatabase(source);
            // The streamed export writes exactly what writing the whole document at once writes.
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            ExchangeExporter exporter = ExchangeFixture.exporter();
            exporter.write(exporter.databaseDocument(source), whole);
            assertThat(export).isEqualTo(whole.toByteArray());
        }
    }

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameBytes() throws Exception {
        Path file = Files.write(folder.resolve("all.json"), export);
        TestDatabase target = TestDatabase.create(dialect, folder, "target.db");
        try (AssessmentStore store = target.open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(store);
            ImportPlan plan = importer.plan(file, TransferProgress.NONE);
            assertThat(plan.count(PlanEntry.Kind.TEAM, PlanEntry.Outcome.ADD)).isEqualTo(TEAMS);
            assertThat(plan.count(PlanEntry.Kind.ASSESSMENT, PlanEntry.Outcome.ADD)).isEqualTo(TEAMS * QUARTERS);
            importer.apply(plan, TransferProgress.NONE);

            // Same clock, same exporter: the same bytes, times included.
            assertThat(ExchangeFixture.exportDatabase(store)).isEqualTo(export);
            ImportPlan again = importer.plan(file, TransferProgress.NONE);
            assertThat(again.changesSomething()).isFalse();
            assertThat(again.count(PlanEntry.Outcome.UNCHANGED)).isEqualTo(again.entries().size());
        }
    }

    @Test
    void aBadRecordLastInTheFileIsRefusedWithItsPointerAndNothingIsWritten() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(export);
        ArrayNode responses = (ArrayNode) root.at("/teams/" + (TEAMS - 1) + "/assessments/" + (QUARTERS - 1) + "/responses");
        int last = responses.size() - 1;
        ((ObjectNode) responses.get(last)).put("answer", "broken");
        Path file = Files.write(folder.resolve("bad.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        TestDatabase target = TestDatabase.create(dialect, folder, "target.db");
        target.open(new TestClock(ExchangeFixture.START)).close();
        String before = target.dump();

        try (AssessmentStore store = target.open(new TestClock(ExchangeFixture.START))) {
            assertThatThrownBy(() -> new ExchangeImporter(store).plan(file, TransferProgress.NONE))
                    .isInstanceOfSatisfying(InvalidExchangeFileException.class, invalid -> {
                        assertThat(invalid.problems()).isNotEmpty().allSatisfy(problem -> {
                            assertThat(problem.pointer()).isEqualTo("/teams/49/assessments/39/responses/" + last + "/answer");
                            assertThat(problem.line()).isPositive();
                        });
                        assertThat(invalid.problems().get(0).describe()).startsWith(file + ":");
                    });
        }
        assertThat(target.dump()).isEqualTo(before);
    }

    @Test
    void aCancelledImportLeavesTheDatabaseFileByteForByteAsItWas() throws Exception {
        Path file = Files.write(folder.resolve("all.json"), export);
        TestDatabase target = TestDatabase.create(dialect, folder, "target.db");
        try (AssessmentStore store = target.open(new TestClock(ExchangeFixture.START))) {
            // Something already there, so a rolled-back import has pages to leave alone.
            ExchangeFixture.fill(store, new TestClock(ExchangeFixture.START));
        }
        // On SQLite the file itself, byte for byte; a server has no file of ours to compare.
        byte[] before = target instanceof TestDatabase.OnSqlite sqlite ? Files.readAllBytes(sqlite.file()) : new byte[0];
        String dumpBefore = target.dump();

        try (AssessmentStore store = target.open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(store);
            ImportPlan plan = importer.plan(file, TransferProgress.NONE);
            assertThatThrownBy(() -> importer.apply(plan, cancelledAfter(TEAMS / 2)))
                    .isInstanceOf(TransferCancelledException.class);
            assertThat(store.teams()).hasSize(2);
        }
        if (target instanceof TestDatabase.OnSqlite sqlite) {
            assertThat(Files.readAllBytes(sqlite.file())).isEqualTo(before);
        }
        assertThat(target.dump()).isEqualTo(dumpBefore);
    }

    @Test
    void aCancelledExportOfEverythingLeavesNoFileBehind() throws Exception {
        Path target = folder.resolve("everything.json");
        Exporter exporter = new ExportFormats(ExchangeFixture.EXPORT_CLOCK, Locale.ROOT, ExchangeFixture.EXPORTED_BY)
                .exporter(ExportFormats.Format.JSON, null, null, cancelledAfter(3));
        try (AssessmentStore source = ExchangeFixture.open(sourceFile, new TestClock(ExchangeFixture.START))) {
            assertThatThrownBy(() -> SafeFiles.write(target, false, out -> exporter.write(source, ExportSubject.everything(), out)))
                    .isInstanceOf(TransferCancelledException.class);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anAssessmentOfAnotherRubricAddedDuringTheExportStopsItRatherThanNameASnapshotTheFileLacks() {
        try (AssessmentStore store = TestDatabase.create(dialect, folder, "small.db").open(new TestClock(ExchangeFixture.START))) {
            ExchangeFixture.fill(store, new TestClock(ExchangeFixture.START));
            // The first team in the file's order (by id): the first pass has read its snapshots when this is added.
            Team first = store.teams().stream().min(Comparator.comparing(team -> team.id().toString())).orElseThrow();
            boolean[] added = {false};
            TransferProgress addingOnce = new TransferProgress() {
                @Override
                public void update(long done, long total, long records) {
                }

                @Override
                public boolean cancelled() {
                    if (!added[0]) {
                        added[0] = true;
                        store.createAssessment(new NewAssessment(first.id(), TestRubrics.trendVersion1(),
                                LocalDate.parse("2026-10-01"), "2026-Q4", List.of(), Optional.empty()));
                    }
                    return false;
                }
            };
            assertThatThrownBy(() -> ExchangeFixture.exporter().exportDatabase(store, new ByteArrayOutputStream(), addingOnce))
                    .isInstanceOf(StoreException.class).hasMessageContaining("changed while it was being exported");
        }
    }

    /** Asks to stop once this many teams are done, as a user's Cancel would midway. */
    @Test
    void aStreamedFileMayBeFarLargerThanAWholeReadOneButNotWithoutEnd(@TempDir Path here) throws Exception {
        // Sparse files: their size is what the check reads, nothing is written to disk.
        Path large = here.resolve("large.json");
        Path endless = here.resolve("endless.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(300L * 1024 * 1024);
        }
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(endless.toFile(), "rw")) {
            file.setLength(9L * 1024 * 1024 * 1024);
        }
        try (AssessmentStore store = TestDatabase.create(dialect, here, "team.db").open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(store);

            // 300 MB is over the 256 MB of a whole read; streamed, it is read, and refused for what it holds.
            assertThatThrownBy(() -> importer.plan(large, TransferProgress.NONE))
                    .isInstanceOfSatisfying(InvalidExchangeFileException.class, invalid ->
                            assertThat(invalid.problems().get(0).message()).doesNotContain("may be at most"));
            assertThatThrownBy(() -> importer.plan(endless, TransferProgress.NONE))
                    .isInstanceOfSatisfying(InvalidExchangeFileException.class, invalid ->
                            assertThat(invalid.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                                    .isEqualTo("the file is 9216.0 MB (9,663,676,416 bytes); an exchange file may be at most"
                                            + " 8192.0 MB (8,589,934,592 bytes)")));
            assertThat(store.teams()).isEmpty();
        }
    }

    private static TransferProgress cancelledAfter(int teams) {
        AtomicLong updates = new AtomicLong();
        return new TransferProgress() {
            @Override
            public void update(long done, long total, long records) {
                updates.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return updates.get() >= teams;
            }
        };
    }
}
