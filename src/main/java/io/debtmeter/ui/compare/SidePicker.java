package io.debtmeter.ui.compare;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** One side's two pickers: a team, then one of its assessments ("2026-Q3 · 14 Aug 2026 · Final"). */
final class SidePicker extends VBox {

    private final CompareViewModel viewModel;
    private final Side side;
    private final PickedSide picked;
    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<Assessment> assessment = new ComboBox<>();

    SidePicker(CompareViewModel viewModel, Side side, CompareText format) {
        this.viewModel = viewModel;
        this.side = side;
        this.picked = viewModel.picked(side);
        createView(format);
        initListeners();
    }

    private void createView(CompareText format) {
        Label caption = new Label(format.texts().get("compare.side." + side.name()));
        caption.getStyleClass().add(CompareCss.SIDE_CAPTION);
        caption.setMinWidth(Label.USE_PREF_SIZE);

        picker(team, "team", "compare.pickTeam", format, converter(Team::name), viewModel.teams());
        caption.setLabelFor(team);
        picker(assessment, "assessment", "compare.pickAssessment", format, converter(format::assessmentChoice),
                picked.assessments());

        HBox pickers = new HBox(8, team, assessment);
        pickers.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        getChildren().addAll(caption, pickers);
    }

    /**
     * One of the two pickers, both set up alike: id "compare-before-team", the prompt of {@code key} and
     * its accessible text for this side, growing with the row.
     */
    private <T> void picker(ComboBox<T> box, String what, String key, CompareText format, StringConverter<T> converter,
                            ObservableList<T> items) {
        box.setId("compare-" + side.name().toLowerCase(Locale.ROOT) + "-" + what);
        box.setAccessibleText(format.texts().get(key + ".accessible." + side.name()));
        box.setPromptText(format.texts().get(key));
        box.setConverter(converter);
        box.setItems(items);
        box.setPrefWidth(250);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
    }

    private void initListeners() {
        // A ComboBox also fires its action when its value is set from here; the view model ignores a pick
        // of what it already holds, so following its state never loops back as a new request.
        team.setOnAction(event -> viewModel.pickTeam(side, team.getValue()));
        assessment.setOnAction(event -> viewModel.pickAssessment(side, assessment.getValue()));
        picked.teamProperty().addListener((obs, old, now) -> follow());
        picked.assessmentProperty().addListener((obs, old, now) -> follow());
        // Replacing the list clears a ComboBox's selection; put the chosen one back.
        picked.assessments().addListener((ListChangeListener<Assessment>) change -> follow());
        follow();
    }

    private void follow() {
        if (!Objects.equals(team.getValue(), picked.teamProperty().get())) {
            team.setValue(picked.teamProperty().get());
        }
        if (!Objects.equals(assessment.getValue(), picked.assessmentProperty().get())) {
            assessment.setValue(picked.assessmentProperty().get());
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("The pickers are not editable");
            }
        };
    }
}
