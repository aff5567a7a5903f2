package io.debtmeter.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.storage.SqliteAssessmentStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The exchange commands on a large database, each beside its floors, all in one run on this
 * machine: {@code sample --teams T --assessments A} (default 500 x 40) made with the command line,
 * then {@code export --all --format json}, {@code import} into an empty database, the same import
 * again (nothing to do), and {@code import --dry-run} into a database that does not exist yet, each
 * right after its floor (the machine is shared, so the two should see the same load). Each
 * command runs as a child {@code java -Xmx256m -cp ... io.debtmeter.Launcher ...}, its peak resident
 * memory read from {@code VmHWM} in {@code /proc/PID/status} while it runs. The floors, each a child
 * of this class too: a plain Jackson streaming parse of the file (every token, every text read), and
 * batched raw inserts of the same rows into an empty database of the same schema, in one transaction
 * (the rows are read from the file first, which is not timed; that child gets a larger heap).
 * Prints a Markdown table. Not a test (Surefire never runs it); takes a few minutes.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.debtmeter.benchmark.StreamingExchangeBenchmark [folder] [teams] [assessments]
 * # the same commands' plans again and again in one JVM, beside the parse: ... StreamingExchangeBenchmark warm FILE DATABASE [rounds]
 * </pre>
 */
public final class StreamingExchangeBenchmark {

    private static final String HEAP = "-Xmx256m";

    private StreamingExchangeBenchmark() {
    }

    /** What one child did. */
    record Measured(String what, double seconds, long peakKb, int exitCode) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("floor-parse")) {
            floorParse(Path.of(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("floor-read")) {
            floorRead(Path.of(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals("warm")) {
            warm(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 5);
            return;
        }
        if (args.length > 0 && args[0].equals("floor-insert")) {
            floorInsert(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path folder = Path.of(args.length > 0 ? args[0] : "target/stream-benchmark").toAbsolutePath();
        int teams = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int assessments = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Files.createDirectories(folder);
        Path source = fresh(folder.resolve("source.db"));
        Path file = folder.resolve("all.json");
        Path target = fresh(folder.resolve("target.db"));
        Path missing = fresh(folder.resolve("missing.db"));
        Path floorDb = fresh(folder.resolve("floor.db"));

        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        Measured sample = launcher("sample", "sample", "--db", source.toString(), "--teams", String.valueOf(teams),
                "--assessments", String.valueOf(assessments), "--until", "2026-11-30");
        Measured export = launcher("export --all --format json", "export", "--db", source.toString(), "--all",
                "--format", "json", "--out", file.toString(), "--force");
        // The machine is shared: each command is measured right after its own floor, so both see the same load.
        Measured parseForExport = parse(file);
        Measured readForExport = read(source);
        Measured insert = child("floor: batched raw inserts (timed part)", List.of("-Xmx3g"), "floor-insert",
                file.toString(), floorDb.toString());
        Measured parseForImport = parse(file);
        Measured importEmpty = launcher("import (empty database)", "import", "--db", target.toString(), file.toString());
        // Since decision 0036 the import of a file already imported reads no answer it wrote: its floor is the parse.
        Measured parseForAgain = parse(file);
        Measured importAgain = launcher("import again (nothing to do)", "import", "--db", target.toString(), file.toString());
        Measured parseForDryRun = parse(file);
        Measured dryRun = launcher("import --dry-run (no database yet)", "import", "--dry-run", "--db", missing.toString(),
                file.toString());
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

        System.out.printf(Locale.ROOT, "%n%d teams x %d assessments; file %,d bytes; database %,d bytes;"
                + " load average before %s, after %s%n%n", teams, assessments, Files.size(file), Files.size(source),
                loadBefore, loadAfter);
        System.out.println("| Run (child JVM, -Xmx256m) | Time | Peak RSS | Floor, measured just before | Time / floor | Goal: ≤ 3× floor |");
        System.out.println("|---|---:|---:|---|---:|---|");
        row(sample, null, 0);
        row(insert, null, 0);
        row(readForExport, null, 0);
        row(export, "parse", parseForExport.seconds());
        row(export, "parse + reads", parseForExport.seconds() + readForExport.seconds());
        row(importEmpty, "parse + inserts", parseForImport.seconds() + insert.seconds());
        row(importAgain, "parse", parseForAgain.seconds());
        row(dryRun, "parse", parseForDryRun.seconds());
    }

    private static Measured read(Path database) throws Exception {
        return child("floor: raw reads of every row (timed part)", List.of(HEAP), "floor-read", database.toString());
    }

    private static Measured parse(Path file) throws Exception {
        return child("floor: Jackson streaming parse", List.of(HEAP), "floor-parse", file.toString());
    }

    private static void row(Measured m, String floorName, double floor) {
        String ratio = floor > 0 ? String.format(Locale.ROOT, "%.1fx", m.seconds() / floor) : "";
        String goal = floor > 0 ? (m.exitCode() == 0 && m.seconds() <= 3 * floor ? "met" : "not met") : "";
        System.out.printf(Locale.ROOT, "| %s | %.1f s | %,d MB | %s | %s | %s |%n", m.what()
                + (m.exitCode() == 0 ? "" : " (exit " + m.exitCode() + ")"), m.seconds(), m.peakKb() / 1024,
                floorName == null ? "" : floorName + String.format(Locale.ROOT, " %.1f s", floor), ratio, goal);
    }

    // --- children ------------------------------------------------------------------------------

    private static Measured launcher(String what, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), HEAP, "-cp", System.getProperty("java.class.path"),
                "io.debtmeter.Launcher"));
        command.addAll(List.of(args));
        return run(what, command);
    }

    private static Measured child(String what, List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StreamingExchangeBenchmark.class.getName()));
        command.addAll(List.of(args));
        return run(what, command);
    }

    private static Measured run(String what, List<String> command) throws Exception {
        long start = System.nanoTime();
        Path output = Files.createTempFile("benchmark-child", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, hwm(status));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // A floor that reads its rows first times only its inserts, and says so.
        for (String line : Files.readAllLines(output)) {
            if (line.startsWith("timed ")) {
                seconds = Double.parseDouble(line.substring("timed ".length()));
            }
        }
        Files.delete(output);
        Measured measured = new Measured(what, seconds, peak, process.waitFor());
        System.out.printf(Locale.ROOT, "%-40s %6.1f s %6d MB exit %d%n", what, seconds, peak / 1024, measured.exitCode());
        return measured;
    }

    /** VmHWM in kB, 0 when the process is gone. */
    private static long hwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the check and the read.
        }
        return 0;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path fresh(Path file) throws IOException {
        for (String end : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + end));
        }
        return file;
    }

    // --- warm: what is left once the JIT has warmed up --------------------------------------------

    /**
     * In one JVM, {@code rounds} times in turn: the floor's parse of the file, the dry run's plan
     * (against no database) and the plan of the import again (against {@code database}, where the
     * file was imported). The later rounds show the commands' own cost without the JIT's warm-up,
     * which a command run once pays in full (decision 0036).
     */
    private static void warm(Path file, Path database, int rounds) throws Exception {
        try (io.debtmeter.core.assessment.AssessmentStore store = SqliteAssessmentStore.open(database)) {
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                floorParse(file);
                long parsed = System.nanoTime();
                io.debtmeter.core.exchange.ImportPlan dry = io.debtmeter.core.exchange.ExchangeImporter
                        .planningForNewDatabase(Locale.ENGLISH).plan(file, io.debtmeter.core.exchange.TransferProgress.NONE);
                long planned = System.nanoTime();
                io.debtmeter.core.exchange.ImportPlan again = new io.debtmeter.core.exchange.ExchangeImporter(store)
                        .plan(file, io.debtmeter.core.exchange.TransferProgress.NONE);
                long comparedAgain = System.nanoTime();
                System.out.printf(Locale.ROOT, "round %d: parse %.2f s, dry-run plan %.2f s (%.1fx), import-again plan"
                                + " %.2f s (%.1fx); %d entries, changes: %b%n", round, (parsed - start) / 1e9,
                        (planned - parsed) / 1e9, (double) (planned - parsed) / (parsed - start),
                        (comparedAgain - planned) / 1e9, (double) (comparedAgain - planned) / (parsed - start),
                        dry.entries().size(), again.changesSomething());
            }
        }
    }

    // --- floors --------------------------------------------------------------------------------

    /** Every token of the file, every text and number read, nothing kept. */
    private static void floorParse(Path file) throws IOException {
        long texts = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue() || token == JsonToken.FIELD_NAME) {
                    texts += parser.getText().length();
                }
            }
        }
        System.out.println(texts);
    }

    /**
     * Every row an export (or an import that compares) must read, and only the columns the store
     * reads for it (as in its *Rows classes), each fetched as the store fetches it (text as String,
     * numbers as numbers), in one read transaction, nothing kept. What an export writes and a second
     * import compares cannot cost less than reading it.
     */
    private static void floorRead(Path database) throws Exception {
        List<String> queries = List.of(
                "SELECT sha256, content FROM rubric_snapshot",
                "SELECT id, name, created_at, updated_at FROM team",
                "SELECT id, team_id, rubric_id, rubric_version, assessed_on, period, participants, status, created_at,"
                        + " updated_at, snapshot_sha256 FROM assessment",
                "SELECT assessment_id, item_id, state, level, option_id, note, evidence, votes, carried_over FROM response",
                "SELECT assessment_id, scope, ref_id, value FROM target",
                "SELECT id, team_id, raised_in, item_id, text, owner, due_on, status, created_at, updated_at, closed_at"
                        + " FROM action_item");
        long start = System.nanoTime();
        long cells = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            connection.setAutoCommit(false);
            for (String query : queries) {
                try (Statement statement = connection.createStatement();
                     java.sql.ResultSet rows = statement.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            cells += rows.getObject(c) == null ? 0 : 1;
                        }
                    }
                }
            }
            connection.commit();
        }
        // Timed from the connection on, as the inserts are: added to the parse, it counts one JVM start.
        System.out.printf(Locale.ROOT, "%d cells%ntimed %.3f%n", cells, (System.nanoTime() - start) / 1e9);
    }

    /** The rows of the file, read first (one team's tree at a time), then inserted in batches in one transaction. */
    private static void floorInsert(Path file, Path database) throws Exception {
        SqliteAssessmentStore.open(database).close();   // the schema, by the app's own migrations
        ObjectMapper mapper = new ObjectMapper();
        List<Object[]> snapshots = new ArrayList<>();
        List<Object[]> teamRows = new ArrayList<>();
        List<Object[]> assessmentRows = new ArrayList<>();
        List<Object[]> responseRows = new ArrayList<>();
        List<Object[]> targetRows = new ArrayList<>();
        List<Object[]> actionRows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.createParser(in)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("rubrics")) {
                    for (JsonNode rubric : (JsonNode) mapper.readTree(parser)) {
                        snapshots.add(new Object[]{rubric.get("sha256").asText(), rubric.get("id").asText(),
                                rubric.get("version").asText(), rubric.get("content").asText()});
                    }
                } else if (name.equals("teams")) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        rows(mapper.readTree(parser), teamRows, assessmentRows, responseRows, targetRows, actionRows);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA journal_mode = WAL");
                pragma.execute("PRAGMA synchronous = FULL");
                pragma.execute("PRAGMA foreign_keys = ON");
                pragma.execute("PRAGMA cache_size = -131072");
            }
            connection.setAutoCommit(false);
            insert(connection, "INSERT INTO rubric_snapshot VALUES (?, ?, ?, ?)", snapshots);
            insert(connection, "INSERT INTO team VALUES (?, ?, ?, ?, ?)", teamRows);
            insert(connection, "INSERT INTO assessment VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assessmentRows);
            insert(connection, "INSERT INTO response (id, assessment_id, item_id, state, level, option_id, note, evidence,"
                    + " votes, carried_over, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", responseRows);
            insert(connection, "INSERT INTO target VALUES (?, ?, ?, ?, ?, ?, ?)", targetRows);
            insert(connection, "INSERT INTO action_item (id, team_id, raised_in, item_id, text, owner, due_on, status,"
                    + " created_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", actionRows);
            connection.commit();
        }
        System.out.printf(Locale.ROOT, "timed %.3f%n", (System.nanoTime() - start) / 1e9);
    }

    private static void rows(JsonNode team, List<Object[]> teams, List<Object[]> assessments, List<Object[]> responses,
                             List<Object[]> targets, List<Object[]> actions) {
        String teamId = team.get("id").asText();
        String name = team.get("name").asText();
        teams.add(new Object[]{teamId, name, name.toLowerCase(Locale.ROOT), team.get("createdAt").asText(),
                team.get("updatedAt").asText()});
        for (JsonNode a : team.get("assessments")) {
            String id = a.get("id").asText();
            String updated = a.get("updatedAt").asText();
            assessments.add(new Object[]{id, teamId, a.at("/rubric/id").asText(), a.at("/rubric/version").asText(),
                    a.at("/rubric/sha256").asText(), a.get("date").asText(), a.get("period").asText(),
                    a.get("participants").toString(), a.get("status").asText(), a.get("createdAt").asText(), updated});
            for (JsonNode r : a.get("responses")) {
                JsonNode answer = r.get("answer");
                String state = answer.isNull() ? "open" : answer.has("level") ? "level" : answer.has("option") ? "choice"
                        : answer.has("dontKnow") ? "dontknow" : "na";
                responses.add(new Object[]{UUID.randomUUID().toString(), id, r.get("item").asText(), state,
                        answer.has("level") ? answer.get("level").doubleValue() : null,
                        answer.has("option") ? answer.get("option").asText() : null, r.get("note").asText(),
                        r.get("evidence").toString(), r.get("votes").toString(), r.get("carriedOver").asBoolean() ? 1 : 0,
                        updated});
            }
            for (Map.Entry<String, JsonNode> t : a.at("/targets/categories").properties()) {
                targets.add(new Object[]{UUID.randomUUID().toString(), id, "category", t.getKey(), t.getValue().doubleValue(),
                        updated, updated});
            }
            for (Map.Entry<String, JsonNode> t : a.at("/targets/items").properties()) {
                targets.add(new Object[]{UUID.randomUUID().toString(), id, "item", t.getKey(), t.getValue().doubleValue(),
                        updated, updated});
            }
        }
        for (JsonNode action : team.get("actions")) {
            actions.add(new Object[]{action.get("id").asText(), teamId, action.get("raisedIn").isNull() ? null
                    : action.get("raisedIn").asText(), action.get("item").asText(), action.get("text").asText(),
                    action.get("owner").asText(), action.get("due").isNull() ? null : action.get("due").asText(),
                    action.get("status").asText(), action.get("createdAt").asText(), action.get("updatedAt").asText(),
                    action.get("closedAt").isNull() ? null : action.get("closedAt").asText()});
        }
    }

    private static void insert(Connection connection, String sql, List<Object[]> rows) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int batched = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
