package io.debtmeter.core.export;

import io.debtmeter.core.analysis.trends.AssessmentSnapshot;
import io.debtmeter.core.analysis.trends.TeamHistory;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;

import io.debtmeter.model.Rubric;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Reads what an export subject covers, team by team (by name), each team's assessments oldest first. */
public final class SubjectReader {

    /** A team and the assessments of it the subject covers, oldest first. */
    public record TeamPart(Team team, List<AssessmentSnapshot> assessments) {

        public TeamPart {
            assessments = List.copyOf(assessments);
        }
    }

    private SubjectReader() {
    }

    /** @throws StoreException when the assessment or team does not exist */
    public static List<TeamPart> read(AssessmentStore store, ExportSubject subject) {
        return read(store, subject, Locale.ENGLISH);
    }

    /**
     * The same, each rubric with its texts in {@code language} where it has them ({@link Rubric#localized}):
     * for showing only; the store keeps the original.
     *
     * @throws StoreException when the assessment or team does not exist
     */
    public static List<TeamPart> read(AssessmentStore store, ExportSubject subject, Locale language) {
        String tag = language.getLanguage();
        if (subject instanceof ExportSubject.OneAssessment one) {
            Assessment assessment = assessment(store, one.assessmentId());
            AssessmentSnapshot snapshot = new AssessmentSnapshot(assessment, store.rubricOf(assessment.id()).localized(tag),
                    store.responses(assessment.id()));
            return List.of(new TeamPart(team(store, assessment.teamId()), List.of(snapshot)));
        }
        if (subject instanceof ExportSubject.OneTeam one) {
            Team team = team(store, one.teamId());
            return List.of(new TeamPart(team, TeamHistory.read(store, team.id(), tag)));
        }
        if (subject instanceof ExportSubject.Comparison) {
            throw new UnsupportedSubjectException(UnsupportedSubjectException.COMPARISON);
        }
        return store.teams().stream().map(team -> new TeamPart(team, TeamHistory.read(store, team.id(), tag))).toList();
    }

    /**
     * The actions an export of the subject lists: for one assessment what its scorecard shows (raised in
     * it, plus every action the team still has open); for a team or everything, all of them.
     */
    public static List<ActionItem> actions(AssessmentStore store, ExportSubject subject, Team team) {
        List<ActionItem> all = store.actions(team.id());
        if (subject instanceof ExportSubject.OneAssessment one) {
            return all.stream().filter(a -> a.raisedIn().equals(one.assessmentId()) || a.isOpen()).toList();
        }
        return all;
    }

    static Assessment assessment(AssessmentStore store, UUID id) {
        return store.assessment(id).orElseThrow(() -> new StoreException("There is no assessment with id " + id + "."));
    }

    static Team team(AssessmentStore store, UUID id) {
        return store.team(id).orElseThrow(() -> new StoreException("There is no team with id " + id + "."));
    }
}
