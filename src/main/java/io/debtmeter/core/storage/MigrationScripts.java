package io.debtmeter.core.storage;

import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The schema versions this build of Debtmeter knows: the Flyway scripts it ships under
 * {@code db/migration}. Read from the class path, not from a database, because a file must be
 * judged (newer than us?) before anything is allowed to write to it.
 */
public final class MigrationScripts {

    /** SQLite's scripts. */
    static final String LOCATION = "db/migration";
    /** PostgreSQL's: the same versions with the same meaning, in PostgreSQL's types (decision 0031). */
    public static final String POSTGRESQL_LOCATION = "db/postgresql";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

    private final ClassLoader loader;
    private final String location;

    MigrationScripts(ClassLoader loader) {
        this(loader, LOCATION);
    }

    /** The scripts under {@code location} on the class path of {@code loader}. */
    public MigrationScripts(ClassLoader loader, String location) {
        this.loader = loader;
        this.location = location;
    }

    /** The highest version shipped; a build without scripts is broken, hence the exception. */
    public MigrationVersion highest() {
        return versions().stream()
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("No migration scripts under " + location
                        + " on the class path: the build is broken"));
    }

    /** Every version shipped. */
    public Set<MigrationVersion> versions() {
        return names().stream()
                .map(VERSIONED::matcher)
                .filter(Matcher::matches)
                .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
                .collect(Collectors.toSet());
    }

    /** File names under the location, from folders (development, tests) and jars (the app). */
    List<String> names() {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(location);
            for (URL root : Collections.list(roots)) {
                if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    names.addAll(namesInJar((JarURLConnection) root.openConnection()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location + " on the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private List<String> namesInJar(JarURLConnection connection) throws IOException {
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(location + "/") && !entry.isDirectory()) {
                    names.add(name.substring(location.length() + 1));
                }
            }
        }
        return names;
    }
}
