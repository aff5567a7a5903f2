package io.debtmeter.ui.home;

import java.util.List;
import io.debtmeter.core.rubric.InvalidRubricException;
import io.debtmeter.core.rubric.RubricProblem;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The first screen: the rubrics on offer as cards, each with its shape at a glance. */
public final class HomeView extends ScrollPane {

    private final HomeViewModel viewModel;
    private final Texts texts;
    private final Consumer<Rubric> onBrowse;
    private final FlowPane cards = new FlowPane();
    private final VBox failureBox = new VBox();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label loadError = new Label();

    public HomeView(HomeViewModel viewModel, Texts texts, Consumer<Rubric> onBrowse) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.onBrowse = onBrowse;
        createView();
        initListeners();
    }

    private void createView() {
        setId("home");
        setFitToWidth(true);
        getStyleClass().add("page-scroll");
        Label heading = new Label(texts.get("home.heading"));
        heading.getStyleClass().add("page-heading");
        Label subheading = new Label(texts.get("home.subheading"));
        subheading.getStyleClass().add("page-subheading");
        subheading.setWrapText(true);

        cards.setId("rubric-cards");
        cards.getStyleClass().add("card-list");
        progress.setMaxSize(40, 40);
        progress.setAccessibleText(texts.get("home.loading"));
        loadError.getStyleClass().add("danger");
        loadError.setWrapText(true);
        failureBox.getStyleClass().add("notice");
        failureBox.setId("rubric-failures");

        Label folder = new Label(texts.get("home.userFolder", viewModel.userRubricsFolder()), AppIcon.FOLDER.create());
        folder.getStyleClass().add("page-subheading");
        folder.setWrapText(true);

        // Skipped files come first, where they are seen: a team that added a rubric is looking for it.
        VBox page = new VBox(heading, subheading, progress, loadError, failureBox, cards, folder);
        page.getStyleClass().add("page");
        setContent(page);
    }

    private void initListeners() {
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        loadError.textProperty().bind(viewModel.loadErrorProperty());
        loadError.managedProperty().bind(viewModel.loadErrorProperty().isNotEmpty());
        viewModel.rubrics().addListener((ListChangeListener<RubricSummary>) change -> showCards());
        viewModel.failures().addListener((ListChangeListener<InvalidRubricException>) change -> showFailures());
        showCards();
        showFailures();
    }

    /**
     * Current versions first; an earlier version of a rubric (the catalog lists it before the current one)
     * comes after them, marked as such, so "the" ml-technical-debt card is always the one new assessments use.
     */
    private void showCards() {
        List<RubricSummary> all = viewModel.rubrics();
        List<VBox> current = new java.util.ArrayList<>();
        List<VBox> earlier = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String id = all.get(i).rubric().id();
            boolean superseded = all.subList(i + 1, all.size()).stream().anyMatch(s -> s.rubric().id().equals(id));
            (superseded ? earlier : current).add(card(all.get(i), superseded));
        }
        current.addAll(earlier);
        cards.getChildren().setAll(current);
    }

    private VBox card(RubricSummary summary, boolean superseded) {
        Rubric rubric = summary.rubric();
        Label title = new Label(rubric.title(), AppIcon.RUBRIC.create(22));
        title.getStyleClass().add("card-title");
        Label origin = new Label(texts.get("home.origin." + summary.origin().name()));
        origin.getStyleClass().add("chip");
        Label version = new Label(texts.get(superseded ? "home.version.earlier" : "home.version", rubric.version()));
        version.getStyleClass().add("chip");
        Label meta = new Label(texts.get("home.categories", rubric.categories().size()) + " \u00b7 "
                + texts.get("home.items", rubric.items().size()) + " \u00b7 "
                + texts.get("home.rule", texts.get("home.rule." + rubric.aggregation().jsonName())));
        meta.getStyleClass().add("card-meta");
        Label description = new Label(rubric.description());
        description.setWrapText(true);

        GridPane counts = new GridPane();
        counts.setHgap(12);
        counts.setVgap(4);
        int row = 0;
        for (RubricSummary.CategoryCount count : summary.categoryCounts()) {
            Label number = new Label(String.valueOf(count.items()));
            number.getStyleClass().add("count");
            Label name = new Label(count.category().title());
            counts.addRow(row++, number, name);
        }
        counts.getStyleClass().add("category-count");

        Button browse = new Button(texts.get("home.browse"), AppIcon.BROWSE.create());
        String suffix = superseded ? "-v" + rubric.version().replaceAll("[^A-Za-z0-9]", "-") : "";
        browse.setId("browse-" + rubric.id() + suffix);
        browse.getStyleClass().add("accent");
        browse.setAccessibleText(texts.get("home.browse") + " " + rubric.title());
        browse.setOnAction(event -> onBrowse.accept(rubric));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, origin, version, spacer, browse);
        footer.setPadding(new Insets(6, 0, 0, 0));

        VBox card = new VBox(title, meta, description, counts, footer);
        card.getStyleClass().addAll(AppCss.FRAMED_CARD, "rubric-card");
        card.setId("rubric-card-" + rubric.id() + suffix);
        return card;
    }

    private void showFailures() {
        failureBox.getChildren().clear();
        boolean any = !viewModel.failures().isEmpty();
        failureBox.setVisible(any);
        failureBox.setManaged(any);
        if (!any) {
            return;
        }
        Label heading = new Label(texts.get("home.failures.heading"), AppIcon.WARNING.create());
        heading.setStyle("-fx-font-weight: bold");
        failureBox.getChildren().add(heading);
        for (InvalidRubricException failure : viewModel.failures()) {
            Label file = new Label(texts.get("home.failure", failure.source(), failure.problems().size()));
            file.getStyleClass().add("failure-file");
            file.setStyle("-fx-font-weight: bold");
            file.setWrapText(true);
            failureBox.getChildren().add(file);
            // Every problem of the file, so it can be fixed in one go rather than one reload at a time.
            for (RubricProblem problem : failure.problems()) {
                String where = problem.pointer().isEmpty() ? "" : problem.pointer() + ": ";
                Label line = new Label(problem.line() > 0
                        ? texts.get("home.failure.problem", problem.line(), problem.column(), where + problem.message())
                        : where + problem.message());
                line.getStyleClass().add("failure-problem");
                line.setWrapText(true);
                line.setPadding(new Insets(0, 0, 0, 16));
                failureBox.getChildren().add(line);
            }
        }
    }
}
