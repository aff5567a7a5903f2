package io.debtmeter.core.export;

import java.util.UUID;

/** What an export covers: one assessment, one team with its history, the whole database, or a comparison. */
public sealed interface ExportSubject {

    record OneAssessment(UUID assessmentId) implements ExportSubject {
    }

    record OneTeam(UUID teamId) implements ExportSubject {
    }

    record Everything() implements ExportSubject {
    }

    /** Two assessments side by side (PDF and Markdown only). */
    record Comparison(UUID before, UUID after) implements ExportSubject {
    }

    static ExportSubject assessment(UUID assessmentId) {
        return new OneAssessment(assessmentId);
    }

    static ExportSubject team(UUID teamId) {
        return new OneTeam(teamId);
    }

    static ExportSubject everything() {
        return new Everything();
    }

    static ExportSubject comparison(UUID before, UUID after) {
        return new Comparison(before, after);
    }
}
