package io.debtmeter.ui.compare;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What one side's pickers show: the chosen team, its assessments (newest first) and the chosen one. */
public final class PickedSide {

    private final ReadOnlyObjectWrapper<Team> team = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Assessment> assessments = FXCollections.observableArrayList();
    private final ObservableList<Assessment> readOnlyAssessments = FXCollections.unmodifiableObservableList(assessments);
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Team> teamProperty() {
        return team.getReadOnlyProperty();
    }

    public ObservableList<Assessment> assessments() {
        return readOnlyAssessments;
    }

    /** Empty (null) when the chosen team has no assessment yet. */
    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    /** The list first, then the choice, so a picker never holds a choice its list lacks. */
    void show(CompareData.SideData data) {
        team.set(data.team());
        if (!assessments.equals(data.assessments())) {
            assessments.setAll(data.assessments());
        }
        assessment.set(data.selected().orElse(null));
    }
}
