package io.debtmeter.model;

/** Whether an item is rated on the rubric's scale or answered by picking one of its options. */
public enum ItemKind implements JsonNamed {
    /** Rated on the scale, with one descriptor per level. */
    PRACTICE,
    /** Answered by choosing an option; each option maps to a score on the scale. */
    LITMUS;

    public static ItemKind fromJsonName(String name) {
        return JsonNamed.fromJsonName(ItemKind.class, name, "item kind");
    }
}
