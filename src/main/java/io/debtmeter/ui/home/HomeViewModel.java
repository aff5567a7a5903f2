package io.debtmeter.ui.home;

import io.debtmeter.core.rubric.InvalidRubricException;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the home screen: the rubrics on offer, user files that failed, and whether it is still loading. */
public final class HomeViewModel {

    private final RubricCatalog catalog;
    private final String language;
    private final TaskExecutor executor;
    private final ObservableList<RubricSummary> rubrics = FXCollections.observableArrayList();
    private final ObservableList<InvalidRubricException> failures = FXCollections.observableArrayList();
    // Made once: an unmodifiable view holds its listeners only weakly, so a view made per call
    // could be collected and stop passing on changes.
    private final ObservableList<RubricSummary> readOnlyRubrics = FXCollections.unmodifiableObservableList(rubrics);
    private final ObservableList<InvalidRubricException> readOnlyFailures = FXCollections.unmodifiableObservableList(failures);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");

    public HomeViewModel(RubricCatalog catalog, TaskExecutor executor) {
        this(catalog, executor, "en");
    }

    /** @param language the language the rubrics' texts are shown in, where they have it ("ja") */
    public HomeViewModel(RubricCatalog catalog, TaskExecutor executor, String language) {
        this.language = language;
        this.catalog = catalog;
        this.executor = executor;
    }

    /** Reads the catalog in the background: user rubric files live on disk. */
    public void load() {
        loading.set(true);
        loadError.set("");
        executor.execute(catalog::load, contents -> {
            rubrics.setAll(contents.entries().stream()
                    .map(e -> RubricSummary.of(e.rubric().localized(language), e.origin())).toList());
            failures.setAll(contents.failures());
            loading.set(false);
        }, error -> {
            loadError.set(String.valueOf(error.getMessage()));
            loading.set(false);
        });
    }

    public ObservableList<RubricSummary> rubrics() {
        return readOnlyRubrics;
    }

    public ObservableList<InvalidRubricException> failures() {
        return readOnlyFailures;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public String userRubricsFolder() {
        return catalog.userFolder().toString();
    }
}
