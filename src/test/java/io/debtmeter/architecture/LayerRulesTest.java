package io.debtmeter.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of docs/architecture.md, enforced: model <- core <- (ui | cli) <- launcher. */
class LayerRulesTest {

    /** The classes that choose the SQLite store and open it: the composition roots of the CLI and the window. */
    private static final String COMPOSITION_ROOTS =
            "io\\.debtmeter\\.(Launcher|cli\\.CliContext|ui\\.shell\\.StoreOpener)(\\$.*)?";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.debtmeter");
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("io.debtmeter.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.debtmeter.core..", "io.debtmeter.ui..", "io.debtmeter.cli..", "javafx..",
                        "com.fasterxml..", "java.io..", "java.nio..", "java.sql..")
                .because("the model is plain records: no I/O, no UI, no storage")
                .check(classes);
    }

    @Test
    void coreKnowsNeitherUiNorCli() {
        noClasses().that().resideInAPackage("io.debtmeter.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.debtmeter.ui..", "io.debtmeter.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFxScenes() {
        noClasses().that().resideOutsideOfPackage("io.debtmeter.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(classes);
    }

    @Test
    void cliNeverOpensTheWindowItself() {
        noClasses().that().resideInAPackage("io.debtmeter.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.debtmeter.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyThePostgresStoreNamesThePostgresDriver() {
        noClasses().that().resideOutsideOfPackage("io.debtmeter.core.storage.postgres..")
                .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..")
                .because("the PostgreSQL store (decision 0031) is the one place that knows the driver;"
                        + " everything else reads and writes through AssessmentStore")
                .check(classes);
    }

    @Test
    void onlyStorageAndTheCompositionRootsNameSqlite() {
        noClasses().that().resideOutsideOfPackage("io.debtmeter.core.storage..")
                .and().haveNameNotMatching(COMPOSITION_ROOTS)
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.xerial..")
                .orShould().dependOnClassesThat().haveNameMatching("io\\.debtmeter\\.core\\.storage\\.Sqlite.*")
                .because("everything else reads and writes through AssessmentStore and BulkWrites"
                        + " (core.assessment), so a second store could stand in for SQLite")
                .check(classes);
    }

    @Test
    void onlyTheVotingServerNamesJettyOrListensOnTheNetwork() {
        noClasses().that().resideOutsideOfPackage("io.debtmeter.core.voting.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "com.sun.net.httpserver..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .because("the voting server is the one thing that listens on a port (issue 21), and only"
                        + " while voting is open; anything else that listens would need the same refusals and tests")
                .check(classes);
    }

    @Test
    void viewModelsDoNotBuildControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .because("view models hold state as properties; views build controls")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.debtmeter.(**)").should().beFreeOfCycles().check(classes);
    }
}
