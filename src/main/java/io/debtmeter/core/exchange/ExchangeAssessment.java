package io.debtmeter.core.exchange;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Targets;

import java.util.List;

/**
 * One assessment with everything recorded in it.
 *
 * @param rubric      the snapshot it was taken with
 * @param responses   in the order of the rubric's items
 * @param fingerprint of its record's bytes in the file it was read from ({@link RecordFingerprints});
 *                    null when it was not read record by record from a file
 * @param answersRead false for a record known by its fingerprint to be stored here exactly as it is
 *                    in the file (decision 0037): its details are the database's, and its answers and
 *                    targets, never read, are empty; such a record can only be found unchanged
 */
public record ExchangeAssessment(Assessment assessment, ExchangeRubric rubric, List<ItemResponse> responses,
                                 Targets targets, String fingerprint, boolean answersRead) {

    public ExchangeAssessment {
        responses = List.copyOf(responses);
    }

    /** Not read from a file's bytes: an export's, or a record read within a whole team. */
    public ExchangeAssessment(Assessment assessment, ExchangeRubric rubric, List<ItemResponse> responses,
                              Targets targets) {
        this(assessment, rubric, responses, targets, null, true);
    }

    /** A record whose fingerprint is that of {@code stored}, taken with {@code rubric}: its answers are not read. */
    static ExchangeAssessment storedAsRead(Assessment stored, ExchangeRubric rubric, String fingerprint) {
        return new ExchangeAssessment(stored, rubric, List.of(), Targets.none(), fingerprint, false);
    }

    /** Two copies of the same assessment are equal wherever they were read from: the fingerprint says only where. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExchangeAssessment that && assessment.equals(that.assessment)
                && rubric.equals(that.rubric) && responses.equals(that.responses) && targets.equals(that.targets)
                && answersRead == that.answersRead;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(assessment, rubric, responses, targets, answersRead);
    }

    ExchangeAssessment withFingerprint(String fingerprint) {
        return new ExchangeAssessment(assessment, rubric, responses, targets, fingerprint, answersRead);
    }
}
