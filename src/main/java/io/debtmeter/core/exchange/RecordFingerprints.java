package io.debtmeter.core.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of an assessment record (decision 0036): the SHA-256 of the file's format version
 * and the record's bytes exactly as they stand in the file. Debtmeter writes the same bytes for the
 * same assessment, so an import of a file exported again from an unchanged database finds the same
 * fingerprints; any other difference, even of spacing, only means the record is compared in full.
 */
final class RecordFingerprints {
    private final MessageDigest digest;
    private final byte[] prefix;

    RecordFingerprints(int formatVersion) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        prefix = (ExchangeFormat.NAME + " " + formatVersion + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Of a record's bytes. */
    String of(byte[] record) {
        digest.update(prefix);
        digest.update(record);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Of the kept bytes from {@code from} to {@code to} (file offsets). */
    String of(KeptBytes kept, long from, long to) {
        digest.update(prefix);
        kept.update(digest, from, to);
        return HexFormat.of().formatHex(digest.digest());
    }
}
