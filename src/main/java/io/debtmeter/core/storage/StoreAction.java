package io.debtmeter.core.storage;

/**
 * What the store was doing when it failed, which opens the message ("Could not save the answer: …"):
 * key {@code store.action.<key>} in {@code io/debtmeter/core/problems[_ja].properties}.
 */
enum StoreAction {
    ADD_ACTION("addAction"),
    CHANGE_ASSESSMENT("changeAssessment"),
    COUNT_ASSESSMENTS("countAssessments"),
    CREATE_ASSESSMENT("createAssessment"),
    CREATE_TEAM("createTeam"),
    DELETE_ASSESSMENT("deleteAssessment"),
    DELETE_TEAM("deleteTeam"),
    FIND_ASSESSMENT("findAssessment"),
    FINISH_ASSESSMENT("finishAssessment"),
    IMPORT_FILE("importFile"),
    IMPORT_TEAMS("importTeams"),
    KEEP_SCORES("keepScores"),
    READ_ACTIONS("readActions"),
    READ_ANSWERS("readAnswers"),
    READ_ASSESSMENT("readAssessment"),
    READ_ASSESSMENTS("readAssessments"),
    READ_ASSESSMENTS_RUBRICS("readAssessmentsRubrics"),
    READ_ASSESSMENT_RUBRIC("readAssessmentRubric"),
    READ_LATEST_ASSESSMENTS("readLatestAssessments"),
    READ_PREVIOUS_ASSESSMENT("readPreviousAssessment"),
    READ_SCORES("readScores"),
    READ_TARGETS("readTargets"),
    READ_TEAM("readTeam"),
    READ_TEAMS("readTeams"),
    RENAME_TEAM("renameTeam"),
    REOPEN_ASSESSMENT("reopenAssessment"),
    SAVE_ACTION("saveAction"),
    SAVE_ANSWER("saveAnswer"),
    SAVE_TARGET("saveTarget");

    private final String key;

    StoreAction(String key) {
        this.key = key;
    }

    String key() {
        return "store.action." + key;
    }
}
