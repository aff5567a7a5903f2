package io.debtmeter.ui.browser;

import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Reads a rubric: categories and items on the left, the chosen item's question, why and levels on the right. */
public final class RubricBrowserView extends BorderPane {

    private final RubricBrowserViewModel viewModel;
    private final Texts texts;
    private final Runnable onBack;
    private final TreeView<Object> tree = new TreeView<>();
    private final VBox detail = new VBox();

    public RubricBrowserView(RubricBrowserViewModel viewModel, Texts texts, Runnable onBack) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.onBack = onBack;
        createView();
        initListeners();
    }

    private void createView() {
        setId("rubric-browser");
        Rubric rubric = viewModel.rubric();
        Button back = new Button(texts.get("browser.back"), AppIcon.BACK.create());
        back.setId("browser-back");
        back.getStyleClass().add("flat");
        back.setOnAction(event -> onBack.run());
        Label title = new Label(rubric.title() + " \u00b7 " + texts.get("home.version", rubric.version()));
        title.getStyleClass().add("title-3");
        HBox bar = new HBox(12, back, title);
        bar.getStyleClass().add("app-header");
        setTop(bar);

        tree.setId("rubric-tree");
        tree.getStyleClass().add("browser-tree");
        tree.setAccessibleText(texts.get("browser.itemsTree"));
        tree.setShowRoot(false);
        tree.setRoot(buildTree(rubric));
        tree.setCellFactory(view -> new NodeCell());

        detail.setId("item-detail");
        detail.getStyleClass().add("item-detail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);

        SplitPane split = new SplitPane(tree, detailScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(tree, false);
        setCenter(split);
        showPlaceholder();
    }

    private void initListeners() {
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null && selected.getValue() instanceof Item item) {
                viewModel.select(item);
            }
        });
        viewModel.selectedItemProperty().addListener((obs, old, item) -> {
            if (item == null) {
                showPlaceholder();
            } else {
                showItem(item);
            }
        });
    }

    private TreeItem<Object> buildTree(Rubric rubric) {
        TreeItem<Object> root = new TreeItem<>(rubric);
        for (Category category : rubric.categories()) {
            TreeItem<Object> node = new TreeItem<>(category);
            node.setExpanded(true);
            rubric.itemsOf(category.id()).forEach(item -> node.getChildren().add(new TreeItem<>(item)));
            root.getChildren().add(node);
        }
        return root;
    }

    /** Before an item is picked: what the rubric is and exactly how it turns answers into a grade. */
    private void showPlaceholder() {
        Rubric rubric = viewModel.rubric();
        Label title = wrapped(rubric.title(), "item-title");
        Label description = wrapped(rubric.description(), "item-why");
        Label hint = new Label(texts.get("browser.placeholder"), AppIcon.BACK.create());
        hint.getStyleClass().add("text-muted");

        GridPane scale = new GridPane();
        scale.setHgap(16);
        scale.setVgap(6);
        int level = 0;
        for (var point : rubric.scale().levels()) {
            Label value = new Label(number(point.value()));
            value.getStyleClass().add("level-label");
            scale.addRow(level++, value, new Label(point.label()));
        }
        Label rule = wrapped(texts.get("browser.rule." + rubric.aggregation().jsonName()), "item-why");

        GridPane bands = new GridPane();
        bands.setId("grade-bands");
        bands.setHgap(16);
        bands.setVgap(6);
        int row = 0;
        for (GradeBand band : rubric.gradeBands()) {
            Label label = new Label(band.label());
            label.getStyleClass().add("level-label");
            Label range = new Label(texts.get("browser.bandRange", number(band.min()), number(band.max())));
            range.setMinWidth(Region.USE_PREF_SIZE);
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label meaning = wrapped(band.meaning(), "level-descriptor");
            bands.addRow(row++, label, range, meaning);
        }
        detail.getChildren().setAll(title, description, hint);
        if (!rubric.placementRule().isBlank()) {
            Label placement = wrapped(rubric.placementRule(), "item-why");
            placement.setId("browser-placement-rule");
            detail.getChildren().addAll(section("browser.placement"), placement);
        }
        detail.getChildren().addAll(
                section("browser.scale"), scale,
                section("browser.scoring"), rule,
                section("browser.grades"), bands);
    }

    private void showItem(Item item) {
        Category category = viewModel.categoryOf(item);
        Label categoryLabel = new Label(category.title().toUpperCase() + "  \u00b7  "
                + texts.get("browser.position", viewModel.positionOf(item), viewModel.itemCount()));
        categoryLabel.getStyleClass().add("item-category");
        Label title = wrapped(item.title(), "item-title");
        title.setId("item-title");
        Label reference = new Label(item.reference().isEmpty() ? "" : texts.get("browser.reference", item.reference()));
        reference.getStyleClass().add("text-muted");
        Label question = wrapped(item.question(), "item-question");
        question.setId("item-question");
        Label why = wrapped(item.why(), "item-why");
        why.setId("item-why");

        VBox answers = new VBox(8);
        answers.setId("item-levels");
        if (item.kind() == ItemKind.PRACTICE) {
            item.levels().forEach(level -> answers.getChildren().add(levelCard(level)));
        } else {
            item.options().forEach(option -> answers.getChildren().add(optionCard(option)));
        }
        detail.getChildren().setAll(categoryLabel, title, reference, question,
                section("browser.why"), why);
        // Rubric 2.0's guidance, where the rubric gives it.
        if (!item.guidance().notApplicableWhen().isBlank()) {
            Label notApplicable = wrapped(item.guidance().notApplicableWhen(), "item-why");
            notApplicable.setId("item-not-applicable-when");
            detail.getChildren().addAll(section("browser.notApplicableWhen"), notApplicable);
        }
        if (item.guidance().meaningChanged()) {
            Label changed = wrapped(item.guidance().meaningChange(), "item-why");
            changed.setId("item-meaning-change");
            detail.getChildren().addAll(section("browser.meaningChange"), changed);
        }
        detail.getChildren().addAll(
                section(item.kind() == ItemKind.PRACTICE ? "browser.levels" : "browser.options"), answers);
    }

    private HBox levelCard(LevelDescriptor level) {
        Label value = new Label(number(level.value()));
        value.getStyleClass().add("level-value");
        Label label = new Label(viewModel.levelLabel(level.value()));
        label.getStyleClass().add("level-label");
        Label descriptor = wrapped(level.descriptor(), "level-descriptor");
        VBox text = new VBox(2, label, descriptor);
        if (!level.evidence().isBlank()) {
            Label evidence = wrapped(texts.get("browser.evidence", level.evidence()), "text-muted");
            text.getChildren().add(evidence);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox card = new HBox(value, text);
        card.getStyleClass().addAll(AppCss.FRAMED_CARD, "level-card");
        card.setId("level-" + number(level.value()).replace('.', '_'));
        card.setAccessibleText(number(level.value()) + " " + label.getText() + ": " + level.descriptor());
        return card;
    }

    private HBox optionCard(AnswerOption option) {
        Label value = new Label(number(option.score()));
        value.getStyleClass().add("level-value");
        Label label = wrapped(option.label(), "level-label");
        Label score = new Label(texts.get("browser.optionScore", number(option.score()))
                + option.range().map(r -> "  \u00b7  " + texts.get(r.to().isPresent() ? "browser.range" : "browser.rangeOpen",
                        number(r.from()), r.to().isPresent() ? number(r.to().getAsDouble()) : "",
                        viewModel.rangeUnitOf(option))).orElse(""));
        score.getStyleClass().add("text-muted");
        VBox text = new VBox(2, label, score);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox card = new HBox(value, text);
        card.getStyleClass().addAll(AppCss.FRAMED_CARD, "level-card");
        card.setId("option-" + option.id());
        return card;
    }

    private Label section(String key) {
        Label label = new Label(texts.get(key).toUpperCase());
        label.getStyleClass().add("section-label");
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Categories in bold with their icon; items with their reference number when the rubric gives one. */
    private final class NodeCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                setGraphic(null);
                setStyle("");
                setAccessibleText(null);
            } else if (value instanceof Category category) {
                setText(category.title());
                setGraphic(AppIcon.CATEGORY.create());
                setStyle("-fx-font-weight: bold");
                setAccessibleText(category.title());
            } else if (value instanceof Item item) {
                setText(item.title());
                setGraphic((item.kind() == ItemKind.LITMUS ? AppIcon.LITMUS : AppIcon.PRACTICE).create());
                setStyle("");
                setAccessibleText(item.title());
                setId("tree-item-" + item.id());
            }
        }
    }
}
