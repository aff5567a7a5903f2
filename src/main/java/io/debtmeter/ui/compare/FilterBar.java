package io.debtmeter.ui.compare;

import io.debtmeter.core.scoring.DebtMove;
import io.debtmeter.core.analysis.compare.ItemFilter;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** "All / Improved / Regressed / Unchanged / Not comparable", each with its count; exactly one is always on. */
final class FilterBar extends FlowPane {

    private static final Map<ItemFilter, String> GLYPHS = Map.of(
            ItemFilter.ALL, "", ItemFilter.IMPROVED, DebtMove.LESS_DEBT.glyph() + " ", ItemFilter.REGRESSED, DebtMove.MORE_DEBT.glyph() + " ",
            ItemFilter.UNCHANGED, CompareText.SAME + " ", ItemFilter.NOT_COMPARABLE, "");

    private final CompareViewModel viewModel;
    private final Texts texts;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<ItemFilter, ToggleButton> buttons = new EnumMap<>(ItemFilter.class);

    FilterBar(CompareViewModel viewModel, Texts texts) {
        super(8, 8);
        this.viewModel = viewModel;
        this.texts = texts;
        setId("compare-filters");
        for (ItemFilter filter : ItemFilter.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("compare-filter-" + filter.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(filter);
            button.getStyleClass().addAll("compare-filter", "filter-" + filter.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setMinWidth(ToggleButton.USE_PREF_SIZE);
            buttons.put(filter, button);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> choose(old, now));
        viewModel.filterProperty().addListener((obs, old, now) -> group.selectToggle(buttons.get(now)));
        group.selectToggle(buttons.get(viewModel.filterProperty().get()));
        showCounts();
    }

    /** Called when a new comparison arrives. */
    void showCounts() {
        buttons.forEach((filter, button) -> {
            int count = viewModel.count(filter);
            String name = texts.get("compare.filter." + filter.name());
            button.setText(texts.get("compare.filter.label", GLYPHS.get(filter) + name, count));
            button.setAccessibleText(texts.get("compare.filter.accessible", name, count));
        });
    }

    private void choose(Toggle old, Toggle now) {
        if (now == null) {
            group.selectToggle(old); // clicking the chosen filter again keeps it on rather than showing nothing
            return;
        }
        viewModel.filterProperty().set((ItemFilter) now.getUserData());
    }
}
