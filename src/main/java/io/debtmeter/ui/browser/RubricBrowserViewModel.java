package io.debtmeter.ui.browser;

import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.Rubric;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** State of the rubric browser: one rubric, one selected item. */
public final class RubricBrowserViewModel {

    private final Rubric rubric;
    private final ReadOnlyObjectWrapper<Item> selectedItem = new ReadOnlyObjectWrapper<>();

    public RubricBrowserViewModel(Rubric rubric) {
        this.rubric = rubric;
    }

    public Rubric rubric() {
        return rubric;
    }

    public ReadOnlyObjectProperty<Item> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    public void select(Item item) {
        selectedItem.set(item);
    }

    /** 1-based place of the item in the whole rubric, for "Item 7 of 30". */
    public int positionOf(Item item) {
        return rubric.items().indexOf(item) + 1;
    }

    public int itemCount() {
        return rubric.items().size();
    }

    public Category categoryOf(Item item) {
        return rubric.category(item.categoryId()).orElseThrow();
    }

    public String levelLabel(double value) {
        return rubric.scale().labelOf(value);
    }

    /** The unit of the measured answer of the litmus question that offers {@code option} ("days"); empty if none. */
    public String rangeUnitOf(io.debtmeter.model.AnswerOption option) {
        return rubric.items().stream().filter(item -> item.options().contains(option)).findFirst()
                .map(item -> item.guidance().rangeUnit()).orElse("");
    }
}
