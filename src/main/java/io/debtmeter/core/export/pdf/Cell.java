package io.debtmeter.core.export.pdf;

import java.util.Optional;

/** One table cell: text, optionally bold, optionally led by a change marker. */
record Cell(String text, boolean bold, Optional<Marker> marker) {

    Cell {
        text = text == null ? "" : text;
    }

    static Cell of(String text) {
        return new Cell(text, false, Optional.empty());
    }

    static Cell bold(String text) {
        return new Cell(text, true, Optional.empty());
    }

    static Cell marked(Marker marker, String text) {
        return new Cell(text, false, Optional.of(marker));
    }
}
