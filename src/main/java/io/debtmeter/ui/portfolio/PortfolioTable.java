package io.debtmeter.ui.portfolio;

import io.debtmeter.core.analysis.portfolio.PortfolioRow;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.common.WholeHeaders;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every team in one virtualised table (only the visible rows are built, so 500 teams scroll freely),
 * most debt first until a column header is clicked. Double-click or Enter opens the team.
 */
final class PortfolioTable extends TableView<PortfolioRow> {

    private static final double TEAM_MIN_WIDTH = 120;
    /** Kept free on the right for the vertical scroll bar (and the table's border), so no column hides under it. */
    private static final double VERTICAL_SCROLLBAR_ROOM = 18;

    /** Most debt first, then teams without a score, never-assessed teams last: the debt column's descending order. */
    private static final Comparator<PortfolioRow> BY_DEBT = PortfolioRow.MOST_DEBT_FIRST.reversed();

    private final Texts texts;
    private final PortfolioCells cells;
    private final TableColumn<PortfolioRow, PortfolioRow> debtColumn;
    /** Not final: the team cells read its width, and are made by a lambda given while it is being built. */
    private TableColumn<PortfolioRow, PortfolioRow> teamColumn;

    PortfolioTable(FilteredList<PortfolioRow> rows, Texts texts, Consumer<PortfolioRow> onOpen) {
        this.texts = texts;
        this.cells = new PortfolioCells(texts);
        setId("portfolio-table");
        setAccessibleText(texts.get("portfolio.table.accessible"));
        setPlaceholder(new Label(texts.get("portfolio.table.empty")));
        debtColumn = column("debt", "portfolio.col.debt", 110, BY_DEBT, cells::debtIndex);
        teamColumn = column("team", "portfolio.col.team", 160, Comparator.comparing(PortfolioRow::teamName, String.CASE_INSENSITIVE_ORDER),
                row -> cells.team(row, teamColumn.widthProperty()));
        getColumns().setAll(List.of(
                teamColumn,
                column("grade", "portfolio.col.grade", 70, Comparator.comparingInt((PortfolioRow r) -> r.gradeStep().orElse(-1))
                        .thenComparing(BY_DEBT), cells::grade),
                debtColumn,
                column("change", "portfolio.col.change", 84, Comparator.comparingDouble(PortfolioTable::deltaForSorting), cells::change),
                column("assessed", "portfolio.col.assessed", 200, Comparator.comparingLong(
                        (PortfolioRow r) -> r.daysSinceLast().orElse(Long.MAX_VALUE)), cells::lastAssessed),
                column("status", "portfolio.col.status", 84, Comparator.comparing((PortfolioRow r) -> PortfolioText.status(texts, r)), cells::status)));
        giveTheRestToTheTeamColumn();
        WholeHeaders.keep(this);

        SortedList<PortfolioRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        debtColumn.setSortType(TableColumn.SortType.DESCENDING);
        getSortOrder().add(debtColumn);

        setRowFactory(table -> {
            TableRow<PortfolioRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(event -> {
            PortfolioRow selected = getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
                event.consume();
            }
        });
    }

    /**
     * The other columns are as wide as their content; the team column takes what is left (its names
     * wrap), but never less than {@value #TEAM_MIN_WIDTH} px: below that the table scrolls sideways.
     */
    private void giveTheRestToTheTeamColumn() {
        List<TableColumn<PortfolioRow, ?>> others = getColumns().stream().filter(c -> c != teamColumn).toList();
        DoubleBinding othersWidth = Bindings.createDoubleBinding(
                () -> others.stream().mapToDouble(TableColumn::getWidth).sum(),
                others.stream().map(TableColumn::widthProperty).toArray(javafx.beans.Observable[]::new));
        teamColumn.setMinWidth(TEAM_MIN_WIDTH);
        teamColumn.prefWidthProperty().bind(Bindings.max(TEAM_MIN_WIDTH,
                widthProperty().subtract(othersWidth).subtract(VERTICAL_SCROLLBAR_ROOM)));
    }

    /** Until the first load arrives, the empty table says it is reading rather than "no teams". */
    void showLoading(boolean loading) {
        setPlaceholder(new Label(texts.get(loading ? "portfolio.loading" : "portfolio.table.empty")));
    }

    /** Shown when the filter lets no team through. */
    void showNoMatch(String filter) {
        setPlaceholder(new Label(filter.isBlank() ? texts.get("portfolio.table.empty")
                : texts.get("portfolio.table.noMatch", filter.strip())));
    }

    /**
     * The team selected before a load, selected again after it if the load replaced its row (a
     * refresh makes new rows; an unchanged one stays selected by itself). Nothing scrolls.
     */
    void keepSelectedTeamAcross(ReadOnlyBooleanProperty loading) {
        UUID[] selectedTeam = new UUID[1];
        loading.addListener((obs, was, busy) -> {
            PortfolioRow selected = getSelectionModel().getSelectedItem();
            if (busy) {
                selectedTeam[0] = selected == null ? null : selected.teamId();
                return;
            }
            if (selected == null && selectedTeam[0] != null) {
                for (int i = 0; i < getItems().size(); i++) {
                    if (getItems().get(i).teamId().equals(selectedTeam[0])) {
                        getSelectionModel().select(i);
                        break;
                    }
                }
            }
            selectedTeam[0] = null;
        });
    }

    /** Selects the team's row, if the filter shows it, and scrolls it into view. */
    void select(PortfolioRow row) {
        int index = getItems().indexOf(row);
        if (index >= 0) {
            getSelectionModel().clearAndSelect(index);
            scrollTo(Math.max(0, index - 3));
            requestFocus();
        }
    }

    /** Biggest fall in debt first when ascending; rows without a comparison after every compared one. */
    private static double deltaForSorting(PortfolioRow row) {
        return row.change().delta().orElse(Double.MAX_VALUE);
    }

    /** A column whose cells show {@code content}; it widens to whatever a shown cell needs, so nothing is cut to "…". */
    private TableColumn<PortfolioRow, PortfolioRow> column(String id, String key, double width,
                                                           Comparator<PortfolioRow> order,
                                                           Function<PortfolioRow, Node> content) {
        TableColumn<PortfolioRow, PortfolioRow> column = new TableColumn<>(texts.get(key));
        column.setId("portfolio-col-" + id);
        // Never exactly 80 px: JavaFX takes a column of that (default) width as "not sized yet" and
        // measures its cells for every row, which with 500 teams costs a second on the FX thread.
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setComparator(order);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new PortfolioCell(column, content));
        return column;
    }
}
