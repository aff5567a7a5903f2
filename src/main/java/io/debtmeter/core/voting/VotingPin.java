package io.debtmeter.core.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The optional four-digit PIN shown on the projector: someone who got hold of the address (a photo of
 * the QR code posted to chat) still cannot vote without being in the room.
 */
public record VotingPin(Optional<String> digits) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static VotingPin none() {
        return new VotingPin(Optional.empty());
    }

    public static VotingPin random() {
        return new VotingPin(Optional.of("%04d".formatted(RANDOM.nextInt(10_000))));
    }

    public boolean required() {
        return digits.isPresent();
    }

    public boolean accepts(String given) {
        return digits.map(pin -> given != null && MessageDigest.isEqual(
                pin.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))).orElse(true);
    }
}
