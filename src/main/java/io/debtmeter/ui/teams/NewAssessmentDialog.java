package io.debtmeter.ui.teams;

import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.Periods;
import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Asks for rubric, date, period, participants and whether to start from the previous assessment. */
final class NewAssessmentDialog extends Dialog<NewAssessment> {

    private final ComboBox<CatalogEntry> rubric = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TextField period = new TextField();
    private final TextField participants = new TextField();
    private final CheckBox carryOver = new CheckBox();
    private boolean periodEditedByHand;

    NewAssessmentDialog(Texts texts, Team team, List<CatalogEntry> rubrics, LocalDate today, Optional<Assessment> previous) {
        setTitle(texts.get("newAssessment.title", team.name()));
        setHeaderText(texts.get("newAssessment.header", team.name()));
        ButtonType start = new ButtonType(texts.get("newAssessment.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, ButtonType.CANCEL);
        getDialogPane().setId("new-assessment-dialog");

        rubric.setId("new-assessment-rubric");
        rubric.getItems().setAll(rubrics);
        rubric.setCellFactory(list -> new RubricCell());
        rubric.setButtonCell(new RubricCell());
        rubric.getSelectionModel().select(rubrics.stream()
                .filter(e -> e.rubric().id().equals(RubricCatalog.DEFAULT_RUBRIC_ID)).findFirst()
                .orElse(rubrics.isEmpty() ? null : rubrics.get(0)));
        date.setId("new-assessment-date");
        date.setValue(today);
        period.setId("new-assessment-period");
        period.setText(Periods.quarterOf(today));
        participants.setId("new-assessment-participants");
        participants.setPromptText(texts.get("newAssessment.participantsPrompt"));
        carryOver.setId("new-assessment-carry-over");
        carryOver.setText(previous.map(p -> texts.get("newAssessment.carryOver", p.period(), io.debtmeter.core.scoring.DisplayDates.shown(p.date()))).orElse(texts.get("newAssessment.noPrevious")));
        carryOver.setDisable(previous.isEmpty());
        carryOver.setSelected(previous.isPresent());
        carryOver.setWrapText(true);
        carryOver.setMaxWidth(460);

        // The period follows the date until the facilitator types one of their own.
        date.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !periodEditedByHand) {
                period.setText(Periods.quarterOf(value));
            }
        });
        period.setOnKeyTyped(event -> periodEditedByHand = true);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, label(texts.get("newAssessment.rubric"), rubric), rubric);
        form.addRow(1, label(texts.get("newAssessment.date"), date), date);
        form.addRow(2, label(texts.get("newAssessment.period"), period), period);
        form.addRow(3, label(texts.get("newAssessment.participants"), participants), participants);
        form.add(carryOver, 1, 4);
        participants.setPrefColumnCount(30);
        getDialogPane().setContent(form);
        getDialogPane().lookupButton(start).disableProperty().bind(rubric.valueProperty().isNull()
                .or(date.valueProperty().isNull()).or(period.textProperty().isEmpty()));

        setResultConverter(button -> button != start ? null : new NewAssessment(team.id(), rubric.getValue().rubric(),
                date.getValue(), period.getText().trim(), splitNames(participants.getText()),
                carryOver.isSelected() ? previous.map(Assessment::id) : Optional.empty()));
    }

    static List<String> splitNames(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static final class RubricCell extends ListCell<CatalogEntry> {
        @Override
        protected void updateItem(CatalogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null
                    : entry.rubric().title() + " \u00b7 " + entry.rubric().version() + " (" + entry.rubric().items().size() + ")");
        }
    }
}
