package io.debtmeter.ui.compare;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.UnmatchedItem;
import io.debtmeter.model.Rubric;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Items only one rubric version has: removed since "before", or added in "after". */
final class UnmatchedPanel extends ComparePanel {

    UnmatchedPanel(Comparison comparison, CompareText format) {
        Texts texts = format.texts();
        super("compare-unmatched", texts.get("compare.unmatched"));
        if (comparison.onlyBefore().isEmpty() && comparison.onlyAfter().isEmpty()) {
            Label none = new Label(texts.get("compare.unmatched.none"));
            none.setId("compare-unmatched-none");
            none.setWrapText(true);
            getChildren().add(none);
            return;
        }
        Label hint = hint(texts.get("compare.unmatched.hint"));
        HBox lists = new HBox(16,
                list("compare-only-before", texts.get("compare.unmatched.before", version(comparison.before().rubric())),
                        comparison.onlyBefore(), format),
                list("compare-only-after", texts.get("compare.unmatched.after", version(comparison.after().rubric())),
                        comparison.onlyAfter(), format));
        getChildren().addAll(hint, lists);
    }

    private static String version(Rubric rubric) {
        return rubric.title() + " " + rubric.version();
    }

    private static VBox list(String id, String heading, List<UnmatchedItem> items, CompareText format) {
        Label head = new Label(heading);
        head.getStyleClass().add(CompareCss.SIDE_CAPTION);
        head.setWrapText(true);
        VBox box = new VBox(6, head);
        box.setId(id);
        if (items.isEmpty()) {
            Label none = new Label(format.texts().get("compare.unmatched.empty"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
        }
        for (UnmatchedItem item : items) {
            Label name = new Label(item.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            Label meta = new Label(format.texts().get("compare.unmatched.meta", item.categoryTitle(), format.answer(item.answer())));
            meta.getStyleClass().add(Styles.TEXT_MUTED);
            meta.setWrapText(true);
            VBox row = new VBox(2, name, meta);
            row.getStyleClass().add(CompareCss.ROW);
            box.getChildren().add(row);
        }
        box.setPrefWidth(400);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
