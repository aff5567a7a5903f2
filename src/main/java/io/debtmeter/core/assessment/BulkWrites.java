package io.debtmeter.core.assessment;

import java.util.List;
import java.util.function.Function;

/**
 * What a store offers beside {@link AssessmentStore} for writing much at once with every id and
 * time already decided: generated sample teams and merged exchange files. Each call is one
 * transaction: all of it is committed, or on any failure (a broken rule, a full disk, an exception
 * thrown by the caller's work) none of it. A store that cannot do this simply does not implement
 * it: sample teams then go in through the ordinary methods, and exchange files are refused.
 */
public interface BulkWrites {

    /**
     * Writes whole teams, with their ids and times as given, checked by the same rules as the
     * ordinary methods (a taken team name, an answer or target off the rubric, ...): all or none.
     * Inside {@link AssessmentStore#inOneTransaction} it joins that transaction.
     */
    void importTeams(List<TeamBundle> teams);

    /**
     * Runs {@code work} in one write transaction: it reads through the store (and sees the
     * transaction) and writes through the {@link ImportWrites} it is given. All of it is committed,
     * or, on any exception, none of it.
     */
    <T> T applyImport(Function<ImportWrites, T> work);
}
