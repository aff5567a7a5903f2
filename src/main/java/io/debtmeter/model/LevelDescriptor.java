package io.debtmeter.model;

/**
 * What a team observably does at one level of the scale for one practice.
 *
 * @param evidence what the team can show to back this level (a dashboard, a CI job, a document); empty when
 *                 the rubric does not say
 */
public record LevelDescriptor(double value, String descriptor, String evidence) {

    public LevelDescriptor {
        evidence = evidence == null ? "" : evidence;
    }

    public LevelDescriptor(double value, String descriptor) {
        this(value, descriptor, "");
    }
}
