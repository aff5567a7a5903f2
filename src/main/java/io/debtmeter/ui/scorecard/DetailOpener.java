package io.debtmeter.ui.scorecard;

/** Opens the detail of a category or an item over the scorecard. */
interface DetailOpener {

    void openCategory(String categoryId);

    void openItem(String itemId);
}
