package io.debtmeter.ui.shell;

import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.browser.RubricBrowserView;
import io.debtmeter.ui.browser.RubricBrowserViewModel;
import io.debtmeter.ui.home.HomeView;
import io.debtmeter.ui.home.HomeViewModel;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** The window's frame: a header and one screen at a time beneath it. */
public final class MainView extends BorderPane {

    private final RubricCatalog catalog;
    private final TaskExecutor executor;
    private final Texts texts;
    private final StackPane content = new StackPane();

    public MainView(RubricCatalog catalog, TaskExecutor executor, Texts texts) {
        this.catalog = catalog;
        this.executor = executor;
        this.texts = texts;
        setId("main");
        setTop(header());
        setCenter(content);
        showHome();
    }

    private HBox header() {
        Label name = new Label(texts.get("app.title"), AppIcon.APP.create(26));
        name.getStyleClass().add("app-name");
        Label tagline = new Label(texts.get("app.tagline"));
        tagline.getStyleClass().add("app-tagline");
        HBox header = new HBox(name, tagline);
        header.getStyleClass().add("app-header");
        return header;
    }

    public void showHome() {
        HomeViewModel viewModel = new HomeViewModel(catalog, executor);
        content.getChildren().setAll(new HomeView(viewModel, texts, this::showRubric));
        viewModel.load();
    }

    public void showRubric(Rubric rubric) {
        content.getChildren().setAll(new RubricBrowserView(new RubricBrowserViewModel(rubric), texts, this::showHome));
    }
}
