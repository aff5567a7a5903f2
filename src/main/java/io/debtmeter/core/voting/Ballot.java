package io.debtmeter.core.voting;

import java.util.Optional;

/** One phone's vote on one item: the choice and, only if the person typed one, a first name. */
public record Ballot(String choiceKey, Optional<String> name) {
}
