package dev.nslab.stack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The stack's dependencies point one way (DESIGN.md, "Layers and modules"): core knows no stack; inside the stack
 * the facade (Simulation, NetNamespace) sits on the programs (app), which sit on the families (ipv4), which sit on
 * the socket base (sock) and the link layer (link), which sit on the neighbour table (neigh); the netfilter hooks and
 * the netlink vocabulary (errors, scopes) are below all of them. No two packages need each other; the stack prints
 * no iproute2 text and uses no pcap4j. Checked on the compiled classes, so an import that runs back up fails the
 * build.
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
    void shouldLayerTheStackFromTheFacadeDownToTheLink()
    {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("facade").definedBy("dev.nslab.stack")
            .layer("app").definedBy("dev.nslab.stack.app..")
            .layer("ipv4").definedBy("dev.nslab.stack.ipv4..")
            .layer("ipv6").definedBy("dev.nslab.stack.ipv6..")
            .layer("sock").definedBy("dev.nslab.stack.sock..")
            .layer("link").definedBy("dev.nslab.stack.link..")
            .layer("neigh").definedBy("dev.nslab.stack.neigh..")
            .layer("netfilter").definedBy("dev.nslab.stack.netfilter..")
            .layer("netlink").definedBy("dev.nslab.stack.netlink..")
            .whereLayer("facade").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("facade")
            .whereLayer("ipv4").mayOnlyBeAccessedByLayers("facade", "app")
            // The two families sit side by side: neither knows the other.
            .whereLayer("ipv6").mayOnlyBeAccessedByLayers("facade", "app")
            .whereLayer("sock").mayOnlyBeAccessedByLayers("facade", "app", "ipv4", "ipv6")
            .whereLayer("link").mayOnlyBeAccessedByLayers("facade", "app", "ipv4", "ipv6")
            .whereLayer("neigh").mayOnlyBeAccessedByLayers("facade", "app", "ipv4", "ipv6", "link")
            .whereLayer("netfilter").mayOnlyBeAccessedByLayers("facade", "app", "ipv4", "ipv6")
            .whereLayer("netlink").mayOnlyBeAccessedByLayers("facade", "app", "ipv4", "ipv6", "link")
            .check(CLASSES);
    }

    @Test
    void shouldKeepTheSocketBaseAndTheNetlinkVocabularyFreeOfTheStack()
    {
        noClasses().that().resideInAnyPackage("dev.nslab.stack.sock..", "dev.nslab.stack.netlink..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.nslab.core..",
                "dev.nslab.stack.sock..", "dev.nslab.stack.netlink..")
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
