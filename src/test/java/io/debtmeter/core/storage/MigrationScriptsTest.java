package io.debtmeter.core.storage;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationScriptsTest {

    @TempDir
    Path folder;

    @Test
    void theBuildShipsSchemaVersion9() {
        MigrationScripts scripts = new MigrationScripts(MigrationScriptsTest.class.getClassLoader());

        assertThat(scripts.names()).contains("V1__initial_schema.sql", "V2__targets.sql", "V3__score_summary.sql",
                "V5__application_id.sql", "V8__import_fingerprint.sql", "V9__action_import_fingerprint.sql");
        assertThat(scripts.highest()).isEqualTo(MigrationVersion.fromVersion("9"));
    }

    /** The packaged app reads its scripts from a jar, not a folder. */
    @Test
    void findsTheHighestVersionInsideAJarComparingAsNumbers() throws Exception {
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries, as maven-jar-plugin writes them: class loaders (and Flyway) find folders by them.
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migration/"));
            for (String name : new String[] {"V1__initial_schema.sql", "V2__more.sql", "V10__much_more.sql",
                    "V9_1__minor.sql", "R__repeatable.sql", "README.txt"}) {
                out.putNextEntry(new JarEntry("db/migration/" + name));
                out.write("SELECT 1;".getBytes());
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(new MigrationScripts(loader).highest()).isEqualTo(MigrationVersion.fromVersion("10"));
        }
    }

    @Test
    void aBuildWithoutScriptsIsABug() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> new MigrationScripts(empty).highest())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("build is broken");
        }
    }
}
