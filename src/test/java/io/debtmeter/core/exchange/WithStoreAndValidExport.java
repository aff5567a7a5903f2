package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.assessment.AssessmentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Set-up shared by the tests that feed bad files to an import: one database for the whole class,
 * filled with {@link ExchangeFixture} less its second team, and a valid export of the whole fixture
 * (so that the file would add something if it got through).
 */
abstract class WithStoreAndValidExport {

    @TempDir
    static Path folder;

    static AssessmentStore store;
    static Path database;
    static byte[] valid;

    @BeforeAll
    static void aDatabaseAndAValidExportOfIt() {
        database = folder.resolve("here.db");
        ExchangeFixture.StoreAndExport made = ExchangeFixture.filledLessItsSecondTeam(database);
        store = made.store();
        valid = made.export();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The valid export with one edit, written as Debtmeter writes its files. */
    static byte[] edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) EDITING.readTree(valid);
            edit.accept(root);
            return EDITING.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper EDITING = new ObjectMapper();
}
