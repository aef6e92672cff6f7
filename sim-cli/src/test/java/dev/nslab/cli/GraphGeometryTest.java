package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example, test scenario and graph fixture drawn by {@code nslab graph} must pass {@link SvgGeometry}: a
 * well-formed SVG, no overlapping boxes, wires of horizontal and vertical segments that cross no box, everything
 * on the canvas. The checker's own tests below feed it the defects the old renderer had.
 */
class GraphGeometryTest
{
    /** Topologies made for the picture: two bridges, a chain of routers, a triangle, a switch namespace. */
    static final Path FIXTURES = Goldens.MODULE.resolve("src/test/resources/graph");

    static List<Path> drawnScenarios()
    {
        final List<Path> scenarios = new ArrayList<>();
        Goldens.all().forEach(golden -> scenarios.add(golden.scenario()));
        scenarios.addAll(fixtures());
        return scenarios;
    }

    static List<Path> fixtures()
    {
        try (Stream<Path> files = Files.list(FIXTURES))
        {
            return files.filter(file -> file.toString().endsWith(".sh")).sorted().toList();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldDrawEveryScenarioWithoutOverlapsOrCrossings()
    {
        return drawnScenarios().stream().map(scenario -> DynamicTest.dynamicTest(
            scenario.getParent().getFileName() + "/" + scenario.getFileName(), () ->
            {
                final InProcessNslab.Run run = InProcessNslab.nslab("graph", scenario.toString());
                assertEquals(0, run.exitCode(), run.err());
                final List<String> violations = SvgGeometry.violations(run.out());
                assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
            }));
    }

    private static String svg(final String body)
    {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\">"
            + "<rect class=\"namespace\" data-name=\"a\" x=\"10\" y=\"10\" width=\"120\" height=\"200\"/>"
            + "<rect class=\"device\" data-id=\"a/x\" x=\"20\" y=\"40\" width=\"100\" height=\"30\"/>"
            + "<rect class=\"device\" data-id=\"a/y\" x=\"20\" y=\"80\" width=\"100\" height=\"30\"/>"
            + "<rect class=\"device\" data-id=\"a/z\" x=\"20\" y=\"120\" width=\"100\" height=\"30\"/>"
            + "<rect class=\"namespace\" data-name=\"b\" x=\"200\" y=\"10\" width=\"120\" height=\"200\"/>"
            + "<rect class=\"device\" data-id=\"b/w\" x=\"210\" y=\"40\" width=\"100\" height=\"30\"/>"
            + "<rect class=\"device\" data-id=\"b/v\" x=\"210\" y=\"120\" width=\"100\" height=\"30\"/>"
            + body + "</svg>";
    }

    private static void assertViolation(final String expected, final String svg)
    {
        final List<String> violations = SvgGeometry.violations(svg);
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
            () -> "expected a violation containing '" + expected + "', got " + violations);
    }

    @Test
    void shouldAcceptAStraightWireBetweenNamespaces()
    {
        assertEquals(List.of(), SvgGeometry.violations(svg(
            "<polyline class=\"wire\" data-from=\"a/x\" data-to=\"b/w\" points=\"120,55 210,55\"/>")));
    }

    @Test
    void shouldAcceptAnOrthogonalWireTurningInTheGap()
    {
        assertEquals(List.of(), SvgGeometry.violations(svg(
            "<polyline class=\"wire\" data-from=\"a/x\" data-to=\"b/v\" points=\"120,55 165,55 165,135 210,135\"/>")));
    }

    @Test
    void shouldRefuseMalformedXml()
    {
        assertViolation("not well-formed", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>");
    }

    @Test
    void shouldRefuseACurvedPortSpillingOutOfItsNamespace()
    {
        // The old renderer's bridge ports: a curve out of the left side of the devices, bulging past the box.
        final String svg = svg("<path class=\"wire\" data-from=\"a/z\" data-to=\"a/x\" "
            + "d=\"M 20 135 C 2 135, 2 55, 20 55\"/>");
        assertViolation("drawn with curves", svg);
        assertViolation("leaves its box", svg);
    }

    @Test
    void shouldRefuseADiagonal()
    {
        assertViolation("neither horizontal nor vertical", svg(
            "<line class=\"wire\" data-from=\"a/x\" data-to=\"b/v\" x1=\"120\" y1=\"55\" x2=\"210\" y2=\"135\"/>"));
    }

    @Test
    void shouldRefuseAWireThroughADevice()
    {
        assertViolation("runs through device a/y", svg(
            "<polyline class=\"wire\" data-from=\"a/x\" data-to=\"a/z\" points=\"70,70 70,120\"/>"));
    }

    @Test
    void shouldRefuseAWireThroughAnotherNamespace()
    {
        final String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"300\">"
            + "<rect class=\"namespace\" data-name=\"a\" x=\"10\" y=\"10\" width=\"100\" height=\"100\"/>"
            + "<rect class=\"device\" data-id=\"a/x\" x=\"20\" y=\"40\" width=\"80\" height=\"30\"/>"
            + "<rect class=\"namespace\" data-name=\"m\" x=\"200\" y=\"10\" width=\"100\" height=\"100\"/>"
            + "<rect class=\"namespace\" data-name=\"c\" x=\"400\" y=\"10\" width=\"100\" height=\"100\"/>"
            + "<rect class=\"device\" data-id=\"c/y\" x=\"410\" y=\"40\" width=\"80\" height=\"30\"/>"
            + "<polyline class=\"wire\" data-from=\"a/x\" data-to=\"c/y\" points=\"100,55 410,55\"/></svg>";
        assertViolation("runs through namespace m", svg);
    }

    @Test
    void shouldRefuseOverlappingBoxes()
    {
        assertViolation("device boxes overlap", svg(
            "<rect class=\"device\" data-id=\"a/q\" x=\"30\" y=\"60\" width=\"50\" height=\"30\"/>"));
        assertViolation("namespace boxes overlap", svg(
            "<rect class=\"namespace\" data-name=\"q\" x=\"100\" y=\"100\" width=\"50\" height=\"30\"/>"));
    }

    @Test
    void shouldRefuseADeviceOutsideItsNamespace()
    {
        assertViolation("not inside its namespace", svg(
            "<rect class=\"device\" data-id=\"b/q\" x=\"20\" y=\"160\" width=\"100\" height=\"30\"/>"));
    }

    @Test
    void shouldRefuseAWireNotEndingOnItsDevices()
    {
        assertViolation("does not start and end", svg(
            "<polyline class=\"wire\" data-from=\"a/x\" data-to=\"b/w\" points=\"140,55 210,55\"/>"));
    }

    @Test
    void shouldRefuseABadgeOnABorder()
    {
        assertViolation("straddles the border", svg("<rect class=\"badge\" x=\"120\" y=\"160\" width=\"40\" height=\"14\"/>"));
    }

    @Test
    void shouldRefuseWhatLeavesTheCanvas()
    {
        assertViolation("not on the canvas", svg("<rect x=\"390\" y=\"10\" width=\"40\" height=\"14\"/>"));
        assertViolation("runs off the canvas", svg("<text x=\"380\" y=\"100\" font-size=\"12\">a long label</text>"));
    }
}
