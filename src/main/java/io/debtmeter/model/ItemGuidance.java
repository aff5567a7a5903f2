package io.debtmeter.model;

/**
 * What a rubric tells a team about placing one item, beyond its question and levels; every part is optional
 * (empty text when the rubric does not say).
 *
 * @param notApplicableWhen when the item does not apply, so "N/A" is chosen for the same reasons by every team
 * @param meaningChange     what changed in the item's meaning since the rubric's previous version; empty when
 *                          the meaning did not change, so an answer to the earlier version still holds
 * @param rangeUnit         the unit of a litmus question's measured answer ("days", "percent")
 */
public record ItemGuidance(String notApplicableWhen, String meaningChange, String rangeUnit) {

    public static final ItemGuidance NONE = new ItemGuidance("", "", "");

    public ItemGuidance {
        notApplicableWhen = notApplicableWhen == null ? "" : notApplicableWhen;
        meaningChange = meaningChange == null ? "" : meaningChange;
        rangeUnit = rangeUnit == null ? "" : rangeUnit;
    }

    public boolean meaningChanged() {
        return !meaningChange.isBlank();
    }
}
