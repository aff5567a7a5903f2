package io.debtmeter.core.storage;

import io.debtmeter.core.rubric.InvalidRubricException;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.rubric.RubricWriter;
import io.debtmeter.model.Rubric;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rubrics assessments were taken with, each distinct content stored once under its SHA-256,
 * and kept parsed in memory: parsing and validating the 50 KB default rubric on every saved
 * answer would cost more than the save.
 */
final class RubricSnapshots {

    private final PreparedStatements statements;
    private final RubricWriter writer = new RubricWriter();
    private final RubricLoader loader = new RubricLoader();
    private final Map<String, Rubric> parsed = new ConcurrentHashMap<>();

    RubricSnapshots(PreparedStatements statements) {
        this.statements = statements;
    }

    /** Stores the rubric unless the same content is there already; returns its hash. */
    String store(Rubric rubric) throws SQLException {
        byte[] content = writer.toJson(rubric);
        String hash = sha256(content);
        PreparedStatement insert = statements.get(
                "INSERT INTO rubric_snapshot (sha256, rubric_id, rubric_version, content) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (sha256) DO NOTHING");
        insert.setString(1, hash);
        insert.setString(2, rubric.id());
        insert.setString(3, rubric.version());
        insert.setString(4, new String(content, StandardCharsets.UTF_8));
        insert.executeUpdate();
        return hash;
    }

    Rubric get(String hash) throws SQLException {
        Rubric rubric = parsed.get(hash);
        if (rubric == null) {
            rubric = parse(hash, load(hash));
            parsed.put(hash, rubric);
        }
        return rubric;
    }

    private String load(String hash) throws SQLException {
        PreparedStatement select = statements.get("SELECT content FROM rubric_snapshot WHERE sha256 = ?");
        select.setString(1, hash);
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the rubric snapshot " + hash + " is missing");
            }
            return rows.getString(1);
        }
    }

    /**
     * A snapshot we wrote matches its hash and always parses; one that does not was damaged or
     * edited outside the app. The hash stands in for the schema check the rubric passed when it was
     * first stored (see {@link RubricLoader#parseVerified}).
     */
    private Rubric parse(String hash, String content) throws SQLException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (!sha256(bytes).equals(hash)) {
            throw new SQLException("the rubric snapshot " + hash + " is damaged: its content no longer matches its hash");
        }
        try {
            return loader.parseVerified("rubric snapshot " + hash, bytes);
        } catch (InvalidRubricException e) {
            throw new SQLException("the rubric snapshot " + hash + " is damaged: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
