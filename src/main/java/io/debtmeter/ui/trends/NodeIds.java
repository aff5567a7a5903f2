package io.debtmeter.ui.trends;

/** Node ids built from rubric ids, which may contain '.', a character CSS selectors (and so lookups) cannot take. */
final class NodeIds {

    private NodeIds() {
    }

    static String safe(String rubricId) {
        return rubricId.replace('.', '_');
    }
}
