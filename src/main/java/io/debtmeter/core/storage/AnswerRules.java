package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a response fits the rubric its assessment was taken with, so the store never holds an
 * answer the scorecard cannot score: a level the item does not describe, an unknown option, a
 * level for a litmus question, or an item the rubric does not have.
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    /** Throws a StoreException saying what is wrong, for the user. */
    static void check(ProblemTexts texts, Rubric rubric, ItemResponse response) {
        Optional<String> problem = problem(texts, rubric, response);
        if (problem.isPresent()) {
            throw new StoreException(texts.get("store.answerNotSaved", problem.get()));
        }
    }

    static boolean fits(Rubric rubric, ItemResponse response) {
        return problem(rubric, response).isEmpty();
    }

    public static Optional<String> problem(Rubric rubric, ItemResponse response) {
        return problem(ProblemTexts.ENGLISH, rubric, response);
    }

    /** What is wrong with the response, in the language of {@code texts}; empty when it fits. */
    public static Optional<String> problem(ProblemTexts texts, Rubric rubric, ItemResponse response) {
        Optional<Item> found = rubric.item(response.itemId());
        if (found.isEmpty()) {
            return Optional.of(texts.get("answer.noItem", rubric.id() + " " + rubric.version(), response.itemId()));
        }
        for (Map.Entry<String, Integer> vote : response.votes().entrySet()) {
            if (vote.getValue() == null || vote.getValue() < 0) {
                return Optional.of(texts.get("answer.negativeVotes", vote.getKey()));
            }
        }
        Item item = found.get();
        if (response.answer().isEmpty()) {
            return Optional.empty();
        }
        Answer answer = response.answer().get();
        if (answer instanceof Answer.Level level) {
            if (item.kind() != ItemKind.PRACTICE) {
                return Optional.of(texts.get("answer.levelForLitmus", item.id()));
            }
            if (item.level(level.value()).isEmpty()) {
                return Optional.of(texts.get("answer.levelNotOnScale", ItemResponse.voteKey(level.value()), item.id()));
            }
        } else if (answer instanceof Answer.Choice choice) {
            if (item.kind() != ItemKind.LITMUS) {
                return Optional.of(texts.get("answer.optionForPractice", item.id()));
            }
            if (item.option(choice.optionId()).isEmpty()) {
                return Optional.of(texts.get("answer.unknownOption", choice.optionId(), item.id()));
            }
        }
        return Optional.empty();
    }
}
