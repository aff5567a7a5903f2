package io.debtmeter.core.export.pdf;

/**
 * A table column: its header, its share of the table width, and whether numbers right-align in it.
 */
record Column(String header, float weight, boolean alignRight) {

    static Column text(String header, float weight) {
        return new Column(header, weight, false);
    }

    static Column number(String header, float weight) {
        return new Column(header, weight, true);
    }
}
