package io.debtmeter.core.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in the voting address: 128 random bits, URL-safe Base64 (22 characters). Whoever does not
 * have it gets a 404 for everything, so nobody on the network can find the page by scanning.
 */
public final class VotingCode {

    private static final int BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;

    private VotingCode(String text) {
        this.text = text;
    }

    public static VotingCode random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new VotingCode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Compares in constant time, so response times say nothing about how much of a guess was right. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(text.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
