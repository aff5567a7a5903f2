package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.debtmeter.core.rubric.RubricSchema.PointedMessage;
import io.debtmeter.model.Rubric;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a rubric file and checks it in full: size, JSON syntax, the published schema, then meaning.
 * Every problem comes back at once, each with the file, JSON pointer, line and column.
 */
public final class RubricLoader {

    /** Far above any real rubric (the default one is ~60 KB); keeps a stray 50 MB file from being parsed. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** How size messages name the file: "a rubric file" (size.kind.rubric). */
    private static final String KIND = "rubric";

    /**
     * Compiled on first use: compiling the schema loads some 700 classes, which a window that only
     * shows teams at start-up should not wait for.
     */
    private RubricSchema schema;
    private final RubricMapper mapper = new RubricMapper();
    private final ProblemTexts texts;

    /** Tells what is wrong with a file in English. */
    public RubricLoader() {
        this(Locale.ENGLISH);
    }

    /** Tells what is wrong with a file in {@code language}: Japanese for {@code ja}, English for any other. */
    public RubricLoader(Locale language) {
        this.texts = ProblemTexts.of(language);
    }

    /** The language problems are told in. */
    public Locale language() {
        return texts.locale();
    }

    ProblemTexts texts() {
        return texts;
    }

    /** Loads a file from disk; {@link IOException} only when the file cannot be read at all. */
    public Rubric load(Path file) throws IOException, InvalidRubricException {
        String source = file.toString();
        return parse(source, InputSize.readFile(texts, file, MAX_BYTES, KIND, message -> single(source, message)));
    }

    /** Loads from a stream (e.g. a bundled resource), reading at most one byte past the size limit. */
    public Rubric load(String source, InputStream in) throws IOException, InvalidRubricException {
        return parse(source, InputSize.readStream(texts, in, MAX_BYTES, KIND, message -> single(source, message)));
    }

    /** Checks content without keeping the result; an empty list means it is a valid rubric. */
    public List<RubricProblem> problems(String source, byte[] content) {
        try {
            parse(source, content);
            return List.of();
        } catch (InvalidRubricException e) {
            return e.problems();
        }
    }

    public Rubric parse(String source, byte[] content) throws InvalidRubricException {
        if (new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw single(source, texts.get("rubric.empty"));
        }
        LocatedJson json;
        try {
            json = new LocatingJsonParser().parse(content);
        } catch (JsonProcessingException e) {
            JsonSyntaxProblem problem = JsonSyntaxProblem.of(texts, content, e);
            throw new InvalidRubricException(source, List.of(new RubricProblem(source, problem.pointer(),
                    problem.line(), problem.column(), problem.message())));
        } catch (IOException e) {
            throw single(source, texts.get("rubric.notJson", String.valueOf(e.getMessage())));
        }
        List<RubricProblem> problems = new ArrayList<>();
        // Values that would change on the way in are told alone: the schema's checks would pass them.
        List<PointedMessage> found = new ArrayList<>(UnstorableValues.in(json.root(), texts).stream()
                .map(f -> new PointedMessage(f.pointer(), f.message())).toList());
        if (found.isEmpty()) {
            found.addAll(schema().check(json.root(), texts));
            if (json.root().isObject()) {
                found.addAll(new RubricMeaningChecks(texts).check(json.root()));
            }
        }
        for (PointedMessage message : found) {
            JsonLocation at = json.locationOf(message.pointer());
            problems.add(new RubricProblem(source, message.pointer(),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), message.message()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(source, sortedByLine(problems));
        }
        return mapper.toRubric(json.root());
    }

    /**
     * Parses a rubric whose bytes were checked another way: a stored snapshot matched against its
     * SHA-256, or a rubric bundled in the application, which the build checks. JSON syntax and
     * mapping only, no schema: compiling the schema costs some 700 classes, which showing the
     * teams list at start-up, or reading the bundled rubrics after it, should not pay for.
     */
    public Rubric parseVerified(String source, byte[] content) throws InvalidRubricException {
        try {
            return mapper.toRubric(new LocatingJsonParser().parse(content).root());
        } catch (IOException | RuntimeException e) {
            throw single(source, texts.get("rubric.notOurs", String.valueOf(e.getMessage())));
        }
    }

    private static List<RubricProblem> sortedByLine(List<RubricProblem> problems) {
        List<RubricProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(RubricProblem::line).thenComparingInt(RubricProblem::column));
        return sorted;
    }

    private static InvalidRubricException single(String source, String message) {
        return new InvalidRubricException(source, List.of(new RubricProblem(source, "", 0, 0, message)));
    }

    private synchronized RubricSchema schema() {
        if (schema == null) {
            schema = new RubricSchema();
        }
        return schema;
    }
}
