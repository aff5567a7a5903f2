package io.debtmeter.ui.wizard;

import atlantafx.base.theme.Styles;
import io.debtmeter.model.Item;
import io.debtmeter.ui.common.AppCss;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Why the practice matters and where it comes from in the rubric's source. */
final class WhyPanel extends VBox {

    private final Label why = new Label();
    private final Label reference = new Label();
    private final Texts texts;

    WhyPanel(WizardViewModel viewModel, Texts texts) {
        this.texts = texts;
        setId("wizard-why-panel");
        getStyleClass().addAll(AppCss.FRAMED_CARD, WizardCss.SCREEN.panel());
        Label title = WizardCss.SCREEN.panelTitle(texts.get("wizard.why").toUpperCase());
        why.setId("wizard-why");
        why.setWrapText(true);
        why.getStyleClass().add(WizardCss.WHY);
        reference.setId("wizard-reference");
        reference.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, why, reference);
        CurrentItemFollower.follow(viewModel, this::show);
    }

    private void show(Item item) {
        why.setText(item.why());
        reference.setText(item.reference().isEmpty() ? "" : texts.get("wizard.reference", item.reference()));
        reference.setManaged(!item.reference().isEmpty());
        reference.setVisible(!item.reference().isEmpty());
    }
}
