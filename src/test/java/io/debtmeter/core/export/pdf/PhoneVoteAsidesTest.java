package io.debtmeter.core.export.pdf;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.voting.VotingChoice;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.TestRubrics;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Phone votes for "not applicable" and "don't know" are counted apart in the report's vote line. */
class PhoneVoteAsidesTest {

    private final ItemTexts english = new ItemTexts(new ReportNumbers(Locale.ENGLISH), ReportTexts.ENGLISH);

    @Test
    void levelVotesThenTheAsides() {
        Rubric rubric = TestRubrics.defaultRubric();
        Item item = rubric.items().get(0);
        ItemResponse response = ItemResponse.open(item.id()).withVotes(Map.of("1", 2, "3", 1,
                VotingChoice.NOT_APPLICABLE, 1, VotingChoice.DONT_KNOW, 2));

        String line = english.votes(rubric.scale(), item, response);

        assertThat(line).startsWith("Votes (3): 2 × ")
                .endsWith(" · from phones also 1 not applicable, 2 don't know");
    }

    @Test
    void onlyAsidesStillSayWhatWasVoted() {
        Rubric rubric = TestRubrics.defaultRubric();
        Item item = rubric.items().get(0);
        ItemResponse response = ItemResponse.open(item.id()).withVotes(Map.of(VotingChoice.DONT_KNOW, 3));

        assertThat(english.votes(rubric.scale(), item, response)).isEqualTo("from phones also 0 not applicable, 3 don't know");
    }
}
