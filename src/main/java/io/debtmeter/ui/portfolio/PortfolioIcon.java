package io.debtmeter.ui.portfolio;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Icons the portfolio needs that {@code AppIcon} does not have yet, kept in one enum so they move
 * into {@code AppIcon} in one step (this feature may not edit ui.common).
 */
enum PortfolioIcon {
    REFRESH(Material2MZ.REFRESH);

    private final Ikon ikon;

    PortfolioIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    FontIcon create() {
        return new FontIcon(ikon);
    }
}
