package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.Team;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Action items as CSV, one row per action: teams by name, within a team open ones first (as the store
 * lists them). For one assessment: the actions its scorecard shows (see {@link SubjectReader#actions}).
 * {@code item_title} comes from the rubric version of the assessment the action was raised in.
 */
public final class ActionsCsv implements Exporter {

    public static final List<String> HEADER = List.of("team", "action_id", "status", "text", "owner", "due",
            "item_id", "item_title", "raised_in_assessment", "raised_in_period", "created_at", "updated_at", "closed_at");

    private final List<String> header;

    public ActionsCsv() {
        this(ReportTexts.ENGLISH);
    }

    /** @param texts the language of the header row only; the columns and their values stay as in English */
    public ActionsCsv(ReportTexts texts) {
        this.header = header(texts);
    }

    /** {@link #HEADER} in the language of {@code texts}. */
    public static List<String> header(ReportTexts texts) {
        return CsvTable.headerOf(texts, "csv.actions", HEADER.size());
    }

    @Override
    public void write(AssessmentStore store, ExportSubject subject, OutputStream out) throws IOException {
        CsvTable table = new CsvTable(out, header);
        for (Team team : teams(store, subject)) {
            Map<UUID, Assessment> assessments = new HashMap<>();
            store.assessments(team.id()).forEach(a -> assessments.put(a.id(), a));
            Map<UUID, Map<String, String>> titles = new HashMap<>();
            for (ActionItem action : SubjectReader.actions(store, subject, team)) {
                Assessment raisedIn = assessments.get(action.raisedIn());
                String itemTitle = titles.computeIfAbsent(action.raisedIn(), id -> itemTitles(store, id))
                        .getOrDefault(action.itemId(), "");
                table.text(team.name()).text(action.id().toString()).text(action.status().name().toLowerCase())
                        .text(action.text()).text(action.owner()).text(action.due().map(Object::toString).orElse(""))
                        .text(action.itemId()).text(itemTitle).text(action.raisedIn().toString())
                        .text(raisedIn == null ? "" : raisedIn.period())
                        .text(action.createdAt().toString()).text(action.updatedAt().toString())
                        .text(action.closedAt().map(Object::toString).orElse(""));
                table.endRow();
            }
        }
        table.finish();
    }

    private static List<Team> teams(AssessmentStore store, ExportSubject subject) {
        if (subject instanceof ExportSubject.OneAssessment one) {
            return List.of(SubjectReader.team(store, SubjectReader.assessment(store, one.assessmentId()).teamId()));
        }
        if (subject instanceof ExportSubject.OneTeam one) {
            return List.of(SubjectReader.team(store, one.teamId()));
        }
        if (subject instanceof ExportSubject.Comparison) {
            throw new UnsupportedSubjectException(UnsupportedSubjectException.COMPARISON);
        }
        return store.teams();
    }

    private static Map<String, String> itemTitles(AssessmentStore store, UUID assessmentId) {
        Map<String, String> titles = new HashMap<>();
        if (store.assessment(assessmentId).isPresent()) {
            for (Item item : store.rubricOf(assessmentId).items()) {
                titles.put(item.id(), item.title());
            }
        }
        return titles;
    }
}
