package io.debtmeter.model;

/** Whether an item is rated on the rubric's scale or answered by picking one of its options. */
public enum ItemKind {
    /** Rated on the scale, with one descriptor per level. */
    PRACTICE("practice"),
    /** Answered by choosing an option; each option maps to a score on the scale. */
    LITMUS("litmus");

    private final String jsonName;

    ItemKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static ItemKind fromJsonName(String name) {
        for (ItemKind kind : values()) {
            if (kind.jsonName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown item kind: " + name);
    }
}
