package io.debtmeter.core.exchange;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Targets;

import java.util.List;

/**
 * One assessment with everything recorded in it.
 *
 * @param rubric    the snapshot it was taken with
 * @param responses in the order of the rubric's items
 */
public record ExchangeAssessment(Assessment assessment, ExchangeRubric rubric, List<ItemResponse> responses,
                                 Targets targets) {

    public ExchangeAssessment {
        responses = List.copyOf(responses);
    }
}
