package io.debtmeter.core.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All rubrics a user can pick: the bundled ones, then the valid files of the per-user rubrics folder.
 * A broken user file never hides the others; its problems are returned alongside.
 */
public final class RubricCatalog {

    /** The shipped rubric everyone starts with. */
    public static final String DEFAULT_RUBRIC_ID = "ml-technical-debt";

    /**
     * Files under {@code rubrics/} that ship inside the jar (a test keeps this list in step with the folder).
     * An earlier version of a rubric comes before the current one, so {@link Contents#find} gives the current
     * one to new assessments while a team can still choose the earlier one to stay comparable.
     */
    public static final List<String> BUNDLED_FILES =
            List.of("ml-technical-debt-1.0.0.json", "ml-technical-debt.json", "ml-test-score.json");

    private final RubricLoader loader;
    private final Path userFolder;

    public RubricCatalog(RubricLoader loader, Path userFolder) {
        this.loader = loader;
        this.userFolder = userFolder;
    }

    public Path userFolder() {
        return userFolder;
    }

    /** Reads everything afresh, so a file dropped into the user folder shows up on the next call. */
    public Contents load() {
        List<CatalogEntry> entries = new ArrayList<>();
        List<InvalidRubricException> failures = new ArrayList<>();
        for (String file : BUNDLED_FILES) {
            entries.add(new CatalogEntry(loadBundled(file), RubricOrigin.BUNDLED, "rubrics/" + file));
        }
        for (Path file : userFiles()) {
            try {
                var rubric = loader.load(file);
                boolean clash = entries.stream().anyMatch(e -> e.rubric().id().equals(rubric.id())
                        && e.rubric().version().equals(rubric.version()));
                if (clash) {
                    failures.add(new InvalidRubricException(file.toString(), List.of(new RubricProblem(
                            file.toString(), "/version", 0, 0,
                            loader.texts().get("rubric.clash", rubric.id(), String.valueOf(rubric.version()))))));
                } else {
                    entries.add(new CatalogEntry(rubric, RubricOrigin.USER, file.toString()));
                }
            } catch (InvalidRubricException e) {
                failures.add(e);
            } catch (IOException e) {
                failures.add(new InvalidRubricException(file.toString(), List.of(new RubricProblem(
                        file.toString(), "", 0, 0, loader.texts().get("rubric.cannotRead", String.valueOf(e.getMessage()))))));
            }
        }
        return new Contents(entries, failures);
    }

    /**
     * A rubric shipped inside the application. It is parsed without the schema: the build checks
     * each bundled file against the schema and the meaning checks (RubricCatalogTest), and compiling
     * the schema loads some 700 classes, which a session that never meets a user's own rubric file
     * should not pay for (decision 0013's addendum).
     */
    private io.debtmeter.model.Rubric loadBundled(String file) {
        String resource = "/rubrics/" + file;
        try (InputStream in = RubricCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled rubric missing from the application: " + resource);
            }
            return loader.parseVerified(resource, in.readAllBytes());
        } catch (IOException | InvalidRubricException e) {
            // A broken bundled rubric is a build defect, caught by the test suite, never a user error.
            throw new IllegalStateException("Bundled rubric " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    private List<Path> userFiles() {
        if (!Files.isDirectory(userFolder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(userFolder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            return List.of();
        }
        files.sort(null);
        return files;
    }

    /** The catalog as read: usable rubrics, and the user files that could not be used. */
    public record Contents(List<CatalogEntry> entries, List<InvalidRubricException> failures) {

        public Contents {
            entries = List.copyOf(entries);
            failures = List.copyOf(failures);
        }

        /** The newest-listed rubric with that id (user files come after bundled ones). */
        public Optional<CatalogEntry> find(String rubricId) {
            Optional<CatalogEntry> found = Optional.empty();
            for (CatalogEntry entry : entries) {
                if (entry.rubric().id().equals(rubricId)) {
                    found = Optional.of(entry);
                }
            }
            return found;
        }
    }
}
