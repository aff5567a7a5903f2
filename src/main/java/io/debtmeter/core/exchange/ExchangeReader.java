package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.debtmeter.core.rubric.LocatedJson;
import io.debtmeter.core.rubric.InputSize;
import io.debtmeter.core.rubric.JsonSyntaxProblem;
import io.debtmeter.core.rubric.LocatingJsonParser;
import io.debtmeter.core.rubric.UnstorableValues;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an exchange file and checks it in full before anything uses it: size, JSON syntax, format
 * name and version, the published schema, then meaning (rubric snapshots, answers against their
 * rubric, ids that repeat, references that lead nowhere). Every problem names the file, the JSON
 * pointer, and the line and column.
 */
public final class ExchangeReader {

    /** Far above a real export (1,000 assessments of the default rubric take about 15 MB). */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /**
     * Files read as a stream (import, dry run) never sit in memory whole, so only a mistake is
     * refused: 2,000 teams × 40 assessments take about 0.9 GB.
     */
    public static final long DEFAULT_MAX_STREAMED_BYTES = 8L * 1024 * 1024 * 1024;
    /** How size messages name the file: "an exchange file" (size.kind.exchange). */
    private static final String KIND = "exchange";

    private static final ObjectMapper TREES = trees().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** The same rules for one value inside a file read as a stream, the parser left where the value ends. */
    static final ObjectMapper SUBTREES = trees().build();

    private final long maxBytes;
    private final long maxStreamedBytes;
    private final ProblemTexts texts;
    private final ExchangeSchema schema = new ExchangeSchema();

    private static JsonMapper.Builder trees() {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // "1.0" stays 1.0, so a message can show the number as the file has it.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /** Tells what is wrong with a file in English. */
    public ExchangeReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_STREAMED_BYTES, Locale.ENGLISH);
    }

    /** Tells what is wrong with a file in {@code language}: Japanese for {@code ja}, English for any other. */
    public ExchangeReader(Locale language) {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_STREAMED_BYTES, language);
    }

    /** @param maxBytes the largest file accepted, read whole or streamed (tests pass a tiny one) */
    public ExchangeReader(long maxBytes) {
        this(maxBytes, Locale.ENGLISH);
    }

    /** @param maxBytes the largest file accepted, read whole or streamed (tests pass a tiny one) */
    public ExchangeReader(long maxBytes, Locale language) {
        this(maxBytes, maxBytes, language);
    }

    private ExchangeReader(long maxBytes, long maxStreamedBytes, Locale language) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be from 1 to " + (Integer.MAX_VALUE - 16));
        }
        this.maxBytes = maxBytes;
        this.maxStreamedBytes = maxStreamedBytes;
        this.texts = ProblemTexts.of(language);
    }

    long maxBytes() {
        return maxBytes;
    }

    long maxStreamedBytes() {
        return maxStreamedBytes;
    }

    /** The language problems are told in. */
    public Locale language() {
        return texts.locale();
    }

    ProblemTexts texts() {
        return texts;
    }

    ExchangeSchema schema() {
        return schema;
    }

    /** {@link IOException} only when the file cannot be read at all. */
    public ExchangeDocument read(Path file) throws IOException, InvalidExchangeFileException {
        String source = file.toString();
        return parse(source, InputSize.readFile(texts, file, maxBytes, KIND, message -> single(source, message)));
    }

    /** Reads at most one byte past the size limit. */
    public ExchangeDocument read(String source, InputStream in) throws IOException, InvalidExchangeFileException {
        return parse(source, InputSize.readStream(texts, in, maxBytes, KIND, message -> single(source, message)));
    }

    public ExchangeDocument parse(String source, byte[] content) throws InvalidExchangeFileException {
        if (content.length > maxBytes) {
            throw single(source, InputSize.tooLarge(texts, content.length, maxBytes, KIND));
        }
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw single(source, texts.get("exchange.empty", ExchangeFormat.NAME));
        }
        JsonNode root = syntax(source, content);
        if (!root.isObject()) {
            throw located(source, content, List.of(new Pointed("", notAnObject(texts, root))));
        }
        Pointed format = formatProblem(root, texts);
        if (format != null) {
            throw located(source, content, List.of(format));
        }
        // Before the schema, whose checks would see 1e400 and a lone U+D800 as fine and let them be changed.
        List<UnstorableValues.Found> unstorable = UnstorableValues.in(root, texts);
        if (!unstorable.isEmpty()) {
            throw located(source, content, unstorable.stream().map(f -> new Pointed(f.pointer(), f.message())).toList());
        }
        List<ExchangeSchema.PointedMessage> schemaProblems = schema.check(root, texts);
        if (!schemaProblems.isEmpty()) {
            throw located(source, content, schemaProblems.stream()
                    .map(p -> new Pointed(p.pointer(), p.message())).toList());
        }
        ExchangeDocumentMapper mapper = new ExchangeDocumentMapper(source, texts);
        ExchangeDocument document = mapper.map(root);
        if (!mapper.problems().isEmpty()) {
            throw located(source, content, mapper.problems());
        }
        return document;
    }

    /**
     * A plain Jackson tree: recording the line and column of every value costs several times the
     * parse itself on a 10 MB file, so locations are found only when there is a problem to locate
     * ({@link #located}). Same rules as {@link LocatingJsonParser}: a repeated key or anything after
     * the document is an error, and decimals stay exact.
     */
    private JsonNode syntax(String source, byte[] content) throws InvalidExchangeFileException {
        try {
            return TREES.readTree(content);
        } catch (JsonProcessingException e) {
            JsonSyntaxProblem problem = JsonSyntaxProblem.of(texts, content, e);
            throw new InvalidExchangeFileException(source, List.of(new ExchangeProblem(source, problem.pointer(),
                    problem.line(), problem.column(), problem.message())));
        } catch (IOException e) {
            throw single(source, texts.get("exchange.notJson", String.valueOf(e.getMessage())));
        }
    }

    /** Name and version first: a wrong file should say so, not list a hundred schema problems. Null when fine. */
    static Pointed formatProblem(JsonNode root, ProblemTexts texts) {
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !ExchangeFormat.NAME.equals(format.asText())) {
            String found = format == null ? texts.get("exchange.format.none") : texts.get("exchange.format.is", format.toString());
            return new Pointed(format == null ? "" : "/format", texts.get("exchange.format.wrong", found, ExchangeFormat.NAME));
        }
        JsonNode version = root.get("formatVersion");
        String versions = ExchangeFormat.READABLE_VERSIONS.stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        if (version == null) {
            return new Pointed("", texts.get("exchange.version.none", versions));
        }
        if (!version.isIntegralNumber()) {
            // 1.0 would do as 1, but a version is a whole number and the schema says so: refuse, and say why.
            String found = version.isNumber() ? version.decimalValue().toString() : version.toString();
            return new Pointed("/formatVersion", texts.get("exchange.version.notWhole", String.valueOf(ExchangeFormat.VERSION), found));
        }
        boolean readable = version.canConvertToInt() && ExchangeFormat.READABLE_VERSIONS.contains(version.intValue());
        if (!readable) {
            boolean newer = version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(ExchangeFormat.VERSION)) > 0;
            return new Pointed("/formatVersion", texts.get("exchange.version.unreadable", version.bigIntegerValue().toString(),
                    versions, newer ? texts.get("exchange.version.newer") : ""));
        }
        return null;
    }

    /** The problems with their lines and columns, from a second, locating parse of text that already parsed once. */
    private static InvalidExchangeFileException located(String source, byte[] content, List<Pointed> found) {
        LocatedJson json;
        try {
            json = new LocatingJsonParser().parse(content);
        } catch (IOException e) {
            json = new LocatedJson(null, java.util.Map.of());
        }
        return located(source, found, json::locationOf);
    }

    /** The problems in file order, each with the line and column {@code where} finds for its pointer (or none). */
    static InvalidExchangeFileException located(String source, List<Pointed> found, Function<String, JsonLocation> where) {
        List<ExchangeProblem> problems = new ArrayList<>();
        for (Pointed pointed : found) {
            JsonLocation at = where.apply(pointed.pointer());
            problems.add(new ExchangeProblem(source, pointed.pointer(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), pointed.message()));
        }
        problems.sort(Comparator.comparingInt(ExchangeProblem::line).thenComparingInt(ExchangeProblem::column));
        return new InvalidExchangeFileException(source, problems);
    }

    static InvalidExchangeFileException single(String source, String message) {
        return new InvalidExchangeFileException(source, List.of(new ExchangeProblem(source, "", 0, 0, message)));
    }

    /** "the file holds a JSON array, not an object; …". */
    static String notAnObject(ProblemTexts texts, JsonNode root) {
        return texts.get("exchange.notAnObject", texts.get("exchange.kind." + kind(root)));
    }

    static String kind(JsonNode node) {
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.isBoolean() ? "boolean" : "null";
    }

    /** A problem found by pointer, before it is located. */
    record Pointed(String pointer, String message) {
    }
}
