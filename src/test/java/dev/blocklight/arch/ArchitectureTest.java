// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of the brief: a headless core, a CLI and a UI on top of it. */
@AnalyzeClasses(packages = "dev.blocklight", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsHeadless = noClasses().that().resideInAPackage("dev.blocklight.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
            .because("the core engine runs headless in the CLI, in benchmarks and on servers without a display");

    @ArchTest
    static final ArchRule coreDoesNotKnowItsClients = noClasses().that().resideInAPackage("dev.blocklight.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.blocklight.cli..", "dev.blocklight.ui..")
            .because("the CLI and the UI sit on the core, never the other way round");

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses().that().resideInAPackage("dev.blocklight.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.blocklight.ui..")
            .because("headless commands must run without JavaFX");

    @ArchTest
    static final ArchRule libraryCodeDoesNotPrint = noClasses().that().resideInAPackage("dev.blocklight.core..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("library code reports through return values, listeners and SLF4J, not the console");

    @ArchTest
    static final ArchRule onlyTheCompositionRootPicksTheUsersPreferences = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.blocklight.ui.Workbench")
            .should().callMethod(java.util.prefs.Preferences.class, "userRoot")
            .orShould().callMethod(java.util.prefs.Preferences.class, "userNodeForPackage", Class.class)
            .because("the workbench gets its preference node through its constructor, so tests can pass a throwaway"
                    + " one and never touch the user's recent files, window layout or display choices");

    @ArchTest
    static final ArchRule noAwt = noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("AWT (system tray, Desktop) throws HeadlessException on remote desktops; HostServices opens folders");
}
