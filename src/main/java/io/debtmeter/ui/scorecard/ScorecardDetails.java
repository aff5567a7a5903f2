package io.debtmeter.ui.scorecard;

import io.debtmeter.ui.common.Texts;
import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.Optional;

/**
 * Opens the details over the scorecard and keeps the one showing up to date when a target is saved.
 * When the details close, focus goes back to the row that opened them, so keyboard users keep their place.
 */
final class ScorecardDetails implements DetailOpener {

    /** A detail that re-reads the view model, e.g. after a target was saved. */
    interface Refreshable {
        void refresh();
    }

    private final ScorecardViewModel viewModel;
    private final Texts texts;
    private final DetailOverlay overlay;
    private final Parent page;
    private final TargetStatusLabel status;
    private Refreshable showing;
    private String openedFrom;
    private String categoryShown;

    /** @param page what lies under the overlay: out of reach (and of the Tab key) while a detail shows */
    ScorecardDetails(ScorecardViewModel viewModel, Texts texts, DetailOverlay overlay, Parent page) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.overlay = overlay;
        this.page = page;
        this.status = new TargetStatusLabel(viewModel.targets(), texts);
    }

    @Override
    public void openCategory(String categoryId) {
        rememberOpener();
        viewModel.targets().resetStatus();
        CategoryDetail detail = new CategoryDetail(viewModel, texts, categoryId, this, status);
        show("scorecard-category-detail", detail, Optional.empty(), () -> { }, detail);
        categoryShown = categoryId;
    }

    @Override
    public void openItem(String itemId) {
        rememberOpener();
        viewModel.targets().resetStatus();
        String categoryId = viewModel.item(itemId).orElseThrow().categoryId();
        // From its category's detail, "Back" returns there; opened from the page, the item stands alone.
        boolean fromCategory = overlay.isShowing() && categoryId.equals(categoryShown);
        Optional<String> back = fromCategory
                ? Optional.of(texts.get("scorecard.detail.back", viewModel.categoryTitle(categoryId)))
                : Optional.empty();
        ItemDetail detail = new ItemDetail(viewModel, texts, itemId, status);
        show("scorecard-item-detail", detail, back, () -> openCategory(categoryId), detail);
        categoryShown = null;
    }

    /** Called when the targets changed: the detail showing re-reads them. */
    void refresh() {
        if (showing != null && overlay.isShowing()) {
            showing.refresh();
        }
    }

    private void show(String id, Node content, Optional<String> back, Runnable backAction, Refreshable refreshable) {
        showing = refreshable;
        page.setDisable(true);
        overlay.show(id, content, back, backAction, this::closed);
    }

    private void rememberOpener() {
        if (overlay.isShowing() || overlay.getScene() == null) {
            return;
        }
        Node focused = overlay.getScene().getFocusOwner();
        openedFrom = focused == null ? null : focused.getId();
    }

    private void closed() {
        showing = null;
        categoryShown = null;
        page.setDisable(false);
        if (openedFrom != null) {
            Node origin = page.lookup("#" + openedFrom);
            if (origin != null) {
                origin.requestFocus();
            }
        }
        openedFrom = null;
    }
}
