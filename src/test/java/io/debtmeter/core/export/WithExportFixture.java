package io.debtmeter.core.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Set-up shared by the export tests: a fresh {@link ExportFixture} in {@code team.db} of a temporary folder. */
public abstract class WithExportFixture {

    @TempDir
    protected Path folder;

    protected ExportFixture fixture;

    @BeforeEach
    void exportFixtureInTeamDb() {
        fixture = ExportFixture.create(folder.resolve("team.db"));
    }
}
