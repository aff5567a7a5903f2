package io.debtmeter.core.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/** The fixed parts of the format: its name, the versions this app reads, and how times and hashes are written. */
public final class ExchangeFormat {

    public static final String NAME = "debtmeter-exchange";
    /** The version this app writes. */
    public static final int VERSION = 1;
    /** The versions this app reads. */
    public static final List<Integer> READABLE_VERSIONS = List.of(1);
    /** The schema, as a class-path resource. */
    public static final String SCHEMA_RESOURCE = "/io/debtmeter/core/exchange/exchange.schema.json";

    /** Times as the database stores them: UTC, always three fraction digits, so the text never varies. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ExchangeFormat() {
    }

    static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
