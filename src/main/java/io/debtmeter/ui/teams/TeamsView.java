package io.debtmeter.ui.teams;

import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.core.scoring.DisplayNumbers;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Team;
import io.debtmeter.ui.common.AfterDrawn;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.ExportButton;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.WholeHeaders;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Function;

/** Teams on the left; the chosen team's assessments, with grade and status, on the right. */
public final class TeamsView extends BorderPane {

    private final TeamsViewModel viewModel;
    private final Texts texts;
    private final TeamNavigation navigation;
    private final ListView<Team> teamList = new ListView<>();
    private ExportButton export;
    private final TableView<AssessmentRow> table = new TableView<>();
    private final Label teamName = new Label();
    private final Label error = new Label();

    public TeamsView(TeamsViewModel viewModel, Texts texts, TeamNavigation navigation) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.navigation = navigation;
        createView();
        initListeners();
        preloadRubricsOnceTheDataIsDrawn();
    }

    /**
     * The rubrics behind "New assessment" are read once the teams and the selected team's
     * assessments are on screen (nothing being read any more), so they never hold up what the
     * screen shows.
     */
    private void preloadRubricsOnceTheDataIsDrawn() {
        AfterDrawn.runWhen(() -> !viewModel.busyProperty().get(), viewModel::preloadRubrics);
    }

    private void createView() {
        setId("teams");
        getStyleClass().add("page-scroll");
        Label heading = new Label(texts.get("teams.heading"));
        heading.getStyleClass().add("title-3");
        teamList.setId("team-list");
        teamList.setAccessibleText(texts.get("teams.heading"));
        teamList.setCellFactory(list -> new TeamCell());
        teamList.setPlaceholder(new Label(texts.get("teams.none")));
        VBox.setVgrow(teamList, Priority.ALWAYS);
        Button newTeam = button("teams.new", "new-team", AppIcon.ADD, event -> askNewTeam());
        Button sample = button("teams.sample", "load-sample", AppIcon.SAMPLE, event -> viewModel.loadSampleData());
        newTeam.setMaxWidth(Double.MAX_VALUE);
        sample.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(10, heading, teamList, newTeam, sample);
        left.getStyleClass().add("teams-sidebar");
        setLeft(left);

        StackPane center = new StackPane(teamPane(), emptyState());
        setCenter(center);
    }

    /** Shows "Export…", which opens the window's Export dialog for the selected team's history. */
    public void setOnExport(ExportButton.Handler handler) {
        export.setHandler(handler);
    }

    private VBox teamPane() {
        export = new ExportButton(texts, "export-team", () -> Optional.ofNullable(viewModel.selectedTeamProperty().get())
                .map(team -> new ExportButton.Request(ExportSubject.team(team.id()), team.name())));
        teamName.getStyleClass().add("page-heading");
        teamName.setId("team-name");
        Button rename = button("teams.rename", "rename-team", AppIcon.EDIT, event -> askRename());
        rename.getStyleClass().add("flat");
        Button delete = button("teams.delete", "delete-team", AppIcon.DELETE, event -> askDelete());
        delete.getStyleClass().addAll("flat", "danger");
        Button newAssessment = button("teams.newAssessment", "new-assessment", AppIcon.START, event -> askNewAssessment());
        newAssessment.getStyleClass().add("accent");
        Button trends = button("teams.trends", "show-trends", AppIcon.TRENDS,
                event -> navigation.showTrends(viewModel.selectedTeamProperty().get().id()));
        trends.disableProperty().bind(Bindings.isEmpty(viewModel.assessments()));
        Button compare = button("teams.compare", "compare-assessments", AppIcon.COMPARE, event -> compareChosen());
        compare.disableProperty().bind(Bindings.size(viewModel.assessments()).lessThan(2));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("teams-busy");
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(viewModel.busyProperty());
        // The name has a line of its own and the actions a row below it, so a long team name never
        // squeezes the buttons to "Rena…" at 1280 px, and there is room for more actions.
        teamName.setWrapText(true);
        teamName.setMinHeight(Region.USE_PREF_SIZE);
        export.disableProperty().bind(Bindings.isEmpty(viewModel.assessments()));
        HBox actions = new HBox(10, rename, delete, spacer, busy, trends, compare, export, newAssessment);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, teamName, actions);

        error.setId("teams-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);

        table.setId("assessment-table");
        table.setAccessibleText(texts.get("teams.assessments"));
        table.setPlaceholder(new Label(texts.get("teams.noAssessments")));
        table.getColumns().setAll(java.util.List.of(
                column("teams.col.date", 110, row -> texts.date(row.assessment().date())),
                column("teams.col.period", 100, row -> row.assessment().period()),
                column("teams.col.grade", 70, row -> row.score().grade().map(g -> g.label()).orElse("\u2014")),
                column("teams.col.debt", 100, row -> DisplayNumbers.shown(row.score().debtIndex())),
                column("teams.col.coverage", 230, this::coverage),
                column("teams.col.rubric", 190, row -> row.assessment().rubricId() + " " + row.assessment().rubricVersion()),
                column("teams.col.status", 90, row -> texts.get("teams.status." + row.assessment().status().name()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Short texts, never cut: a column is at least as wide as its header and its widest shown cell.
        WholeHeaders.keepWithCells(table);
        table.setRowFactory(view -> {
            TableRow<AssessmentRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    navigation.openAssessment(row.getItem().assessment());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            AssessmentRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                navigation.openAssessment(selected.assessment());
            }
        });
        Label hint = new Label(texts.get("teams.openHint"));
        hint.getStyleClass().add("text-muted");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(14, header, error, table, hint);
        pane.getStyleClass().add("page");
        pane.visibleProperty().bind(viewModel.selectedTeamProperty().isNotNull());
        return pane;
    }

    private VBox emptyState() {
        Label title = new Label(texts.get("teams.empty.title"));
        title.getStyleClass().add("page-heading");
        Label text = new Label(texts.get("teams.empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("page-subheading");
        Button create = button("teams.empty.create", "empty-create-team", AppIcon.ADD, event -> askNewTeam());
        create.getStyleClass().addAll("accent", "large");
        Button sample = button("teams.sample", "empty-load-sample", AppIcon.SAMPLE, event -> viewModel.loadSampleData());
        sample.getStyleClass().add("large");
        HBox buttons = new HBox(12, create, sample);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, AppIcon.APP.create(64), title, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        box.setId("teams-empty");
        box.visibleProperty().bind(Bindings.isEmpty(viewModel.teams()).and(viewModel.busyProperty().not()));
        return box;
    }

    private void initListeners() {
        teamList.setItems(viewModel.teams());
        table.setItems(viewModel.assessments());
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(viewModel.errorProperty().isNotEmpty());
        viewModel.selectedTeamProperty().addListener((obs, old, team) -> {
            teamName.setText(team == null ? "" : team.name());
            if (team != null && !team.equals(teamList.getSelectionModel().getSelectedItem())) {
                teamList.getSelectionModel().select(team);
            }
        });
        teamList.getSelectionModel().selectedItemProperty().addListener((obs, old, team) -> {
            if (team != null && !team.equals(viewModel.selectedTeamProperty().get())) {
                viewModel.select(team);
            }
        });
    }

    private void askNewTeam() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(texts.get("teams.new"));
        dialog.setHeaderText(texts.get("teams.newPrompt"));
        dialog.getEditor().setId("new-team-name");
        ownedByThisWindow(dialog);
        dialog.showAndWait().map(String::trim).filter(name -> !name.isEmpty()).ifPresent(viewModel::createTeam);
    }

    private void askRename() {
        Team team = viewModel.selectedTeamProperty().get();
        TextInputDialog dialog = new TextInputDialog(team.name());
        dialog.setTitle(texts.get("teams.rename"));
        dialog.setHeaderText(texts.get("teams.renamePrompt", team.name()));
        dialog.getEditor().setId("rename-team-name");
        ownedByThisWindow(dialog);
        dialog.showAndWait().map(String::trim).filter(name -> !name.isEmpty() && !name.equals(team.name()))
                .ifPresent(viewModel::renameSelected);
    }

    private void askDelete() {
        ownedByThisWindow(new DeleteTeamDialog(texts, viewModel.selectedTeamProperty().get())).showAndWait()
                .filter(Boolean::booleanValue).ifPresent(yes -> viewModel.deleteSelected());
    }

    private void askNewAssessment() {
        viewModel.withRubrics(rubrics -> ownedByThisWindow(new NewAssessmentDialog(texts,
                viewModel.selectedTeamProperty().get(), rubrics, viewModel.today(), viewModel.assessmentsNewestFirst()))
                .showAndWait().ifPresent(request -> viewModel.createAssessment(request, navigation::openAssessment)));
    }

    /**
     * Compares the selected assessment with the one before it; with nothing selected, the two newest.
     * The list is newest first, so "before" is the next row down.
     */
    private void compareChosen() {
        var rows = viewModel.assessments();
        int after = Math.max(0, table.getSelectionModel().getSelectedIndex());
        int before = Math.min(after + 1, rows.size() - 1);
        if (before == after) {
            after = before - 1;
        }
        navigation.compare(rows.get(before).assessment().id(), rows.get(after).assessment().id());
    }

    /** Centred on the app, and focus returns to it on close (so keyboard shortcuts work at once). */
    private <T extends javafx.scene.control.Dialog<?>> T ownedByThisWindow(T dialog) {
        dialog.initOwner(getScene().getWindow());
        return dialog;
    }

    private String coverage(AssessmentRow row) {
        ScoreSummary score = row.score();
        return texts.get("teams.coverage", score.coverage().answered(), score.coverage().notApplicable(),
                score.coverage().unanswered());
    }

    private TableColumn<AssessmentRow, String> column(String key, double width, Function<AssessmentRow, String> value) {
        TableColumn<AssessmentRow, String> column = new TableColumn<>(texts.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Button button(String key, String id, AppIcon icon, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(texts.get(key), icon.create());
        button.setId(id);
        button.setOnAction(action);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /**
     * A team's name, as wide as the list and no wider: a long name ends in "…" and shows whole in
     * its tooltip, rather than widening every row behind a horizontal scroll bar.
     */
    private static final class TeamCell extends ListCell<Team> {
        private final Tooltip fullName = new Tooltip();

        TeamCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Team team, boolean empty) {
            super.updateItem(team, empty);
            String name = empty || team == null ? null : team.name();
            setText(name);
            fullName.setText(name);
            setTooltip(name == null ? null : fullName);
        }
    }
}
