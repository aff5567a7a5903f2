package io.debtmeter.ui.teams;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.Periods;
import io.debtmeter.core.assessment.CarryOverRule;
import io.debtmeter.core.rubric.CatalogEntry;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import io.debtmeter.ui.common.AppIcon;
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

/**
 * Asks for rubric, date, period, participants and whether to start from the previous assessment.
 * Starting from it is offered only with the rubric it was taken with: with another rubric its answers
 * belong to other items. A period the team already has an assessment for is pointed out as it is
 * typed; the facilitator may still start a second one (a retrospective run twice) or change the period.
 */
final class NewAssessmentDialog extends Dialog<NewAssessment> {

    private final ComboBox<CatalogEntry> rubric = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TextField period = new TextField();
    private final TextField participants = new TextField();
    private final CheckBox carryOver = new CheckBox();
    private final Label samePeriod = new Label();
    private final Texts texts;
    private final Optional<Assessment> previous;
    private final List<Assessment> existing;
    private final List<CatalogEntry> rubrics;
    private boolean periodEditedByHand;
    /** Whether the facilitator wants to start from the previous assessment, kept while another rubric disables it. */
    private boolean carryOverWanted;

    /** @param existing the team's assessments, newest first; the newest is the one answers carry over from */
    NewAssessmentDialog(Texts texts, Team team, List<CatalogEntry> rubrics, LocalDate today, List<Assessment> existing) {
        this.texts = texts;
        this.existing = List.copyOf(existing);
        this.rubrics = List.copyOf(rubrics);
        this.previous = existing.stream().findFirst();
        setTitle(texts.get("newAssessment.title", team.name()));
        setHeaderText(texts.get("newAssessment.header", team.name()));
        ButtonType start = new ButtonType(texts.get("newAssessment.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, ButtonType.CANCEL);
        getDialogPane().setId("new-assessment-dialog");

        rubric.setId("new-assessment-rubric");
        rubric.getItems().setAll(rubrics);
        rubric.setCellFactory(list -> new RubricCell());
        rubric.setButtonCell(new RubricCell());
        // The last one listed with the default id is its current version (earlier versions are listed first).
        rubric.getSelectionModel().select(rubrics.stream()
                .filter(e -> e.rubric().id().equals(RubricCatalog.DEFAULT_RUBRIC_ID)).reduce((earlier, later) -> later)
                .orElse(rubrics.isEmpty() ? null : rubrics.get(0)));
        date.setId("new-assessment-date");
        date.setValue(today);
        period.setId("new-assessment-period");
        period.setText(Periods.quarterOf(today));
        participants.setId("new-assessment-participants");
        participants.setPromptText(texts.get("newAssessment.participantsPrompt"));
        carryOver.setId("new-assessment-carry-over");
        carryOverWanted = previous.isPresent();
        carryOver.setWrapText(true);
        carryOver.setMaxWidth(460);
        carryOver.selectedProperty().addListener((obs, old, selected) -> {
            if (!carryOver.isDisabled()) {
                carryOverWanted = selected;
            }
        });
        showCarryOver();
        rubric.valueProperty().addListener((obs, old, entry) -> showCarryOver());
        samePeriod.setId("new-assessment-same-period");
        samePeriod.setGraphic(AppIcon.WARNING.create());
        samePeriod.getStyleClass().add(Styles.WARNING);
        samePeriod.setWrapText(true);
        samePeriod.setMaxWidth(460);
        period.textProperty().addListener((obs, old, text) -> showSamePeriod());
        showSamePeriod();

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
        form.add(samePeriod, 1, 3);
        form.addRow(4, label(texts.get("newAssessment.participants"), participants), participants);
        form.add(carryOver, 1, 5);
        participants.setPrefColumnCount(30);
        getDialogPane().setContent(form);
        getDialogPane().lookupButton(start).disableProperty().bind(rubric.valueProperty().isNull()
                .or(date.valueProperty().isNull()).or(period.textProperty().isEmpty()));

        setResultConverter(button -> button != start ? null : new NewAssessment(team.id(), rubric.getValue().rubric(),
                date.getValue(), period.getText().trim(), splitNames(participants.getText()),
                carryOver.isSelected() ? previous.map(Assessment::id) : Optional.empty()));
    }

    /** Offers the previous assessment only with the rubric it was taken with, and says why otherwise. */
    private void showCarryOver() {
        if (previous.isEmpty()) {
            carryOver.setText(texts.get("newAssessment.noPrevious"));
            carryOver.setSelected(false);
            carryOver.setDisable(true);
            return;
        }
        Assessment last = previous.get();
        CatalogEntry chosen = rubric.getValue();
        boolean sameRubric = chosen == null || chosen.rubric().id().equals(last.rubricId());
        carryOver.setDisable(!sameRubric);
        carryOver.setSelected(sameRubric && carryOverWanted);
        int placeAgain = chosen == null ? 0 : CarryOverRule.itemsToPlaceAgain(last, chosen.rubric()).size();
        String carried = texts.get("newAssessment.carryOver", last.period(), texts.date(last.date()))
                + (placeAgain == 0 ? "" : " " + texts.get("newAssessment.carryOver.meaningChanged", placeAgain,
                last.rubricVersion(), chosen.rubric().version()));
        carryOver.setText(sameRubric ? carried
                : texts.get("newAssessment.carryOver.otherRubric", last.period(), rubrics.stream()
                        .filter(e -> e.rubric().id().equals(last.rubricId())).map(e -> e.rubric().title())
                        .findFirst().orElse(last.rubricId())));
    }

    private void showSamePeriod() {
        String wanted = period.getText() == null ? "" : period.getText().trim();
        Optional<Assessment> same = existing.stream().filter(a -> a.period().trim().equalsIgnoreCase(wanted)).findFirst();
        samePeriod.setText(same.map(a -> texts.get("newAssessment.samePeriod", a.period(), texts.date(a.date()))).orElse(""));
        samePeriod.setVisible(same.isPresent());
        samePeriod.setManaged(same.isPresent());
        // The window was sized to its first content; let it grow or shrink with the warning.
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
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
