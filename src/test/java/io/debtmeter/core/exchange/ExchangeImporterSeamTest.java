package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The importer writes through {@link BulkWrites}, whichever store offers it, and never asks for SQLite. */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class ExchangeImporterSeamTest {

    /** Run on every store (decision 0031). */
    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    @Test
    void aStoreThatOffersBulkWritesImportsWithoutBeingTheSqliteClass() throws Exception {
        byte[] exported = sourceExport();
        try (AssessmentStore real = TestDatabase.create(dialect, folder, "b.db").open(new TestClock(ExchangeFixture.START))) {
            AssessmentStore other = seenThrough(real, AssessmentStore.class, BulkWrites.class);
            ExchangeImporter importer = new ExchangeImporter(other);

            importer.apply(importer.plan(ExchangeFixture.read(exported)));

            assertThat(new String(ExchangeFixture.exportDatabase(real), StandardCharsets.UTF_8))
                    .isEqualTo(new String(exported, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aStoreWithoutBulkWritesRefusesTheImportAndKeepsItsData() throws Exception {
        byte[] exported = sourceExport();
        try (AssessmentStore real = TestDatabase.create(dialect, folder, "b.db").open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(seenThrough(real, AssessmentStore.class));
            ImportPlan plan = importer.plan(ExchangeFixture.read(exported));

            assertThatThrownBy(() -> importer.apply(plan))
                    .isInstanceOf(StoreException.class).hasMessage("This database cannot import exchange files.");
            assertThat(real.teams()).isEmpty();
        }
    }

    private byte[] sourceExport() {
        return ExchangeFixture.exportOfAFilledStore(TestDatabase.create(dialect, folder, "a.db")::open);
    }

    /** The real store behind only the given interfaces: to the importer it is some other store. */
    private static AssessmentStore seenThrough(AssessmentStore real, Class<?>... interfaces) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (AssessmentStore) Proxy.newProxyInstance(ExchangeImporterSeamTest.class.getClassLoader(), interfaces, handler);
    }
}
