package dev.nslab.stack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The stack's dependencies point one way (DESIGN.md, "Layers and modules"): core knows no stack; a protocol
 * package below the namespace knows only core and the packages under it; no two of the stack's packages need each
 * other; the stack prints no iproute2 text and uses no pcap4j. Checked on the compiled classes, so an import that
 * runs back up fails the build.
 */
class LayeringTest
{
    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.nslab.core", "dev.nslab.stack");

    @Test
    void shouldKeepTheCoreFreeOfTheStack()
    {
        noClasses().that().resideInAPackage("dev.nslab.core..")
            .should().dependOnClassesThat().resideInAPackage("dev.nslab.stack..")
            .check(CLASSES);
    }

    @Test
    void shouldKeepTheNeighbourTableFreeOfEveryProtocolAndOfTheNamespace()
    {
        noClasses().that().resideInAPackage("dev.nslab.stack.neigh..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.nslab.core..",
                "dev.nslab.stack.neigh..")
            .check(CLASSES);
    }

    @Test
    void shouldKeepTheHooksFreeOfTheStack()
    {
        noClasses().that().resideInAPackage("dev.nslab.stack.netfilter..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.nslab.core..",
                "dev.nslab.stack.netfilter..")
            .check(CLASSES);
    }

    @Test
    void shouldHaveNoCyclesBetweenTheStacksPackages()
    {
        slices().matching("dev.nslab.stack.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void shouldUseNeitherPcap4jNorTheCommandLine()
    {
        noClasses().that().resideInAnyPackage("dev.nslab.core..", "dev.nslab.stack..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pcap4j..", "dev.nslab.cli..", "picocli..")
            .check(CLASSES);
    }
}
