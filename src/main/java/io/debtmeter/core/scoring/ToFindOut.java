package io.debtmeter.core.scoring;

import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;
import io.debtmeter.model.Rubric;

import java.util.List;
import java.util.Map;

/**
 * The items a team answered "don't know", in rubric order: what the scorecard, its reports and the command
 * line list as "find out before next quarter" (issue 20). They are scored at their lowest point until then.
 */
public final class ToFindOut {

    /** The heading every surface uses for the list, so the words are the same everywhere. */
    public static final String HEADING = "Find out before next quarter";

    private ToFindOut() {
    }

    public static List<Item> items(Rubric rubric, Map<String, Answer> answers) {
        return rubric.items().stream().filter(item -> answers.get(item.id()) instanceof Answer.DontKnow).toList();
    }
}
