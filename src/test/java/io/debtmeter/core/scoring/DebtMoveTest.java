package io.debtmeter.core.scoring;

import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.portfolio.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DebtMoveTest {

    @Test
    void lessDebtPointsDownAndIsGoodNews() {
        // The trend PDF of issue 19 wrote "▲ −10.3 improved"; the app writes ▼ for less debt.
        assertThat(DebtMove.ofDebtDelta(-10.3).marked("\u221210.3")).isEqualTo("\u25BC \u221210.3 improved");
        assertThat(DebtMove.ofDebtDelta(1.5).marked("+1.5")).isEqualTo("\u25B2 +1.5 regressed");
        // -0.04 shows as 0.0: unchanged, as the portfolio's DebtChange counts it.
        assertThat(DebtMove.ofDebtDelta(-0.04)).isEqualTo(DebtMove.UNCHANGED);
        assertThat(DebtMove.UNCHANGED.marked()).isEqualTo("= unchanged");
        assertThat(DebtMove.NOT_COMPARABLE.marked("\u2014")).isEqualTo("not comparable");
    }

    @Test
    void compareAndPortfolioMovesMapToTheSameGlyphs() {
        assertThat(Change.IMPROVED.debtMove().glyph()).isEqualTo("\u25BC");
        assertThat(Change.REGRESSED.debtMove().glyph()).isEqualTo("\u25B2");
        assertThat(Direction.IMPROVED.debtMove()).isEqualTo(Change.IMPROVED.debtMove());
        assertThat(Direction.REGRESSED.debtMove()).isEqualTo(Change.REGRESSED.debtMove());
        assertThat(Direction.FIRST.debtMove()).isEqualTo(DebtMove.NOT_COMPARABLE);
    }
}
