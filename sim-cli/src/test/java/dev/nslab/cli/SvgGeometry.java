package dev.nslab.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a topology picture by its geometry alone, independently of the code that drew it: it reads the SVG
 * with the JDK's XML parser and finds namespace boxes ({@code rect.namespace}), device boxes ({@code rect.device},
 * {@code data-id="NS/DEV"}), wires (any {@code line}, {@code polyline} or {@code path} of class {@code wire}, with
 * {@code data-from} and {@code data-to}) and badges ({@code rect.badge}). Curves are sampled, so a picture drawn
 * with them is judged where they actually run.
 *
 * <p>The rules: no two boxes overlap and each device box lies in its namespace's box; every wire is made of
 * horizontal and vertical segments, starts on its first device's border and ends on its last's; no segment runs
 * through a device box or through a namespace box other than its ends'; a wire between two devices of one
 * namespace stays in that namespace's box; a badge covers no device box and no namespace border; everything
 * (text by an estimate of its width) is on the canvas.
 */
public final class SvgGeometry
{
    /** A rectangle; {@code name} is a device's id, a namespace's name, or empty. */
    record Rect(String name, double x, double y, double width, double height)
    {
        double right()
        {
            return x + width;
        }

        double bottom()
        {
            return y + height;
        }

        boolean overlaps(final Rect other)
        {
            return x < other.right() - EPSILON && other.x < right() - EPSILON && y < other.bottom() - EPSILON
                && other.y < bottom() - EPSILON;
        }

        boolean contains(final Rect other)
        {
            return other.x >= x - EPSILON && other.right() <= right() + EPSILON && other.y >= y - EPSILON
                && other.bottom() <= bottom() + EPSILON;
        }

        boolean containsPoint(final double px, final double py)
        {
            return px >= x - EPSILON && px <= right() + EPSILON && py >= y - EPSILON && py <= bottom() + EPSILON;
        }

        boolean onBorder(final double px, final double py)
        {
            return containsPoint(px, py) && (Math.abs(px - x) <= 1 || Math.abs(px - right()) <= 1
                || Math.abs(py - y) <= 1 || Math.abs(py - bottom()) <= 1);
        }

        /** Liang-Barsky: does the segment pass through the inside (the rectangle shrunk by EPSILON)? */
        boolean crossedBy(final double x1, final double y1, final double x2, final double y2)
        {
            final double left = x + EPSILON;
            final double top = y + EPSILON;
            final double rightEdge = right() - EPSILON;
            final double bottomEdge = bottom() - EPSILON;
            if (left >= rightEdge || top >= bottomEdge)
            {
                return false;
            }
            final double dx = x2 - x1;
            final double dy = y2 - y1;
            double t0 = 0;
            double t1 = 1;
            final double[] p = {-dx, dx, -dy, dy};
            final double[] q = {x1 - left, rightEdge - x1, y1 - top, bottomEdge - y1};
            for (int i = 0; i < 4; i++)
            {
                if (p[i] == 0)
                {
                    if (q[i] <= 0)
                    {
                        return false;
                    }
                }
                else
                {
                    final double t = q[i] / p[i];
                    if (p[i] < 0)
                    {
                        t0 = Math.max(t0, t);
                    }
                    else
                    {
                        t1 = Math.min(t1, t);
                    }
                }
            }
            return t0 < t1;
        }
    }

    /** A wire as drawn: its points (curves sampled) and whether it was drawn with curves. */
    record Wire(String from, String to, List<double[]> points, boolean curved)
    {
    }

    private static final double EPSILON = 0.5;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern PATH_COMMAND = Pattern.compile("([MLHVCmlhvcQqSsTtAaZz])([^MLHVCmlhvcQqSsTtAaZz]*)");

    private SvgGeometry()
    {
    }

    /** @return every rule the picture breaks, one line each; empty when it is clean. */
    public static List<String> violations(final String svg)
    {
        final List<String> violations = new ArrayList<>();
        final Document document;
        try
        {
            final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            final DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
        catch (final Exception e)
        {
            violations.add("not well-formed XML: " + e.getMessage());
            return violations;
        }
        final Element root = document.getDocumentElement();
        if (!root.getLocalName().equals("svg"))
        {
            violations.add("the root element is <" + root.getLocalName() + ">, not <svg>");
            return violations;
        }
        final Rect canvas = new Rect("canvas", 0, 0, number(root, "width"), number(root, "height"));
        final List<Rect> namespaces = new ArrayList<>();
        final List<Rect> devices = new ArrayList<>();
        final List<Rect> badges = new ArrayList<>();
        final List<Wire> wires = new ArrayList<>();
        final NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++)
        {
            final Element element = (Element) all.item(i);
            final List<String> classes = List.of(element.getAttribute("class").split("\\s+"));
            switch (element.getLocalName())
            {
                case "rect" ->
                {
                    final Rect rect = new Rect(classes.contains("device") ? element.getAttribute("data-id")
                        : element.getAttribute("data-name"), number(element, "x"), number(element, "y"),
                        number(element, "width"), number(element, "height"));
                    if (!canvas.contains(rect))
                    {
                        violations.add("rect " + describe(rect) + " is not on the canvas " + describe(canvas));
                    }
                    if (classes.contains("namespace"))
                    {
                        namespaces.add(rect);
                    }
                    else if (classes.contains("device"))
                    {
                        devices.add(rect);
                    }
                    else if (classes.contains("badge"))
                    {
                        badges.add(rect);
                    }
                }
                case "line", "polyline", "path" ->
                {
                    if (classes.contains("wire"))
                    {
                        wires.add(wire(element));
                    }
                    for (final double[] point : points(element).points())
                    {
                        if (!canvas.containsPoint(point[0], point[1]))
                        {
                            violations.add("<" + element.getLocalName() + "> has a point (" + point[0] + ", "
                                + point[1] + ") off the canvas");
                        }
                    }
                }
                case "text" -> checkText(element, canvas, violations);
                default ->
                {
                }
            }
        }
        checkBoxes("namespace", namespaces, violations);
        checkBoxes("device", devices, violations);
        final Map<String, Rect> namespaceByName = new HashMap<>();
        namespaces.forEach(namespace -> namespaceByName.put(namespace.name(), namespace));
        final Map<String, Rect> deviceById = new HashMap<>();
        devices.forEach(device -> deviceById.put(device.name(), device));
        for (final Rect device : devices)
        {
            final Rect home = namespaceByName.get(namespaceOf(device.name()));
            if (home == null || !home.contains(device))
            {
                violations.add("device " + describe(device) + " is not inside its namespace's box");
            }
        }
        for (final Wire wire : wires)
        {
            checkWire(wire, deviceById, namespaceByName, namespaces, devices, violations);
        }
        for (final Rect badge : badges)
        {
            for (final Rect device : devices)
            {
                if (badge.overlaps(device))
                {
                    violations.add("badge " + describe(badge) + " covers device " + describe(device));
                }
            }
            for (final Rect namespace : namespaces)
            {
                if (badge.overlaps(namespace) && !namespace.contains(badge))
                {
                    violations.add("badge " + describe(badge) + " straddles the border of " + describe(namespace));
                }
            }
        }
        return violations;
    }

    private static void checkBoxes(final String kind, final List<Rect> boxes, final List<String> violations)
    {
        for (int i = 0; i < boxes.size(); i++)
        {
            for (int j = i + 1; j < boxes.size(); j++)
            {
                if (boxes.get(i).overlaps(boxes.get(j)))
                {
                    violations.add(kind + " boxes overlap: " + describe(boxes.get(i)) + " and " + describe(boxes.get(j)));
                }
            }
        }
    }

    private static void checkWire(final Wire wire, final Map<String, Rect> deviceById,
        final Map<String, Rect> namespaceByName, final List<Rect> namespaces, final List<Rect> devices,
        final List<String> violations)
    {
        final String name = "wire " + wire.from() + " -- " + wire.to();
        final Rect from = deviceById.get(wire.from());
        final Rect to = deviceById.get(wire.to());
        if (from == null || to == null || wire.points().size() < 2)
        {
            violations.add(name + " does not join two drawn devices");
            return;
        }
        if (wire.curved())
        {
            violations.add(name + " is drawn with curves");
        }
        final double[] first = wire.points().get(0);
        final double[] last = wire.points().get(wire.points().size() - 1);
        if (!from.onBorder(first[0], first[1]) || !to.onBorder(last[0], last[1]))
        {
            violations.add(name + " does not start and end on its devices' borders");
        }
        final Rect fromNamespace = namespaceByName.get(namespaceOf(wire.from()));
        final Rect toNamespace = namespaceByName.get(namespaceOf(wire.to()));
        final boolean sameNamespace = namespaceOf(wire.from()).equals(namespaceOf(wire.to()));
        boolean diagonal = false;
        for (int i = 1; i < wire.points().size(); i++)
        {
            final double[] a = wire.points().get(i - 1);
            final double[] b = wire.points().get(i);
            if (!wire.curved() && Math.abs(a[0] - b[0]) > EPSILON && Math.abs(a[1] - b[1]) > EPSILON)
            {
                diagonal = true;
            }
            for (final Rect device : devices)
            {
                if (device.crossedBy(a[0], a[1], b[0], b[1]))
                {
                    violations.add(name + " runs through device " + describe(device));
                }
            }
            for (final Rect namespace : namespaces)
            {
                if (namespace != fromNamespace && namespace != toNamespace && namespace.crossedBy(a[0], a[1], b[0], b[1]))
                {
                    violations.add(name + " runs through namespace " + describe(namespace));
                }
            }
            if (sameNamespace && fromNamespace != null
                && (!fromNamespace.containsPoint(a[0], a[1]) || !fromNamespace.containsPoint(b[0], b[1])))
            {
                violations.add(name + " joins two devices of " + fromNamespace.name() + " but leaves its box");
            }
        }
        if (diagonal)
        {
            violations.add(name + " has a segment neither horizontal nor vertical");
        }
    }

    private static void checkText(final Element text, final Rect canvas, final List<String> violations)
    {
        final double size = inherited(text, "font-size", 16);
        final double x = number(text, "x");
        final double y = number(text, "y");
        final double width = text.getTextContent().length() * size * 0.6;
        final String anchor = text.getAttribute("text-anchor");
        final double left = anchor.equals("middle") ? x - width / 2 : anchor.equals("end") ? x - width : x;
        if (!canvas.contains(new Rect("", left, y - size, width, size)))
        {
            violations.add("text '" + text.getTextContent() + "' at (" + x + ", " + y + ") runs off the canvas");
        }
    }

    private static double inherited(final Element element, final String attribute, final double otherwise)
    {
        for (Node node = element; node instanceof Element at; node = node.getParentNode())
        {
            if (at.hasAttribute(attribute))
            {
                return Double.parseDouble(at.getAttribute(attribute).replace("px", ""));
            }
        }
        return otherwise;
    }

    private static Wire wire(final Element element)
    {
        final Wire drawn = points(element);
        return new Wire(element.getAttribute("data-from"), element.getAttribute("data-to"), drawn.points(),
            drawn.curved());
    }

    /** The points an element's outline runs through: a path's curves sampled every 1/16 of their parameter. */
    private static Wire points(final Element element)
    {
        final List<double[]> points = new ArrayList<>();
        boolean curved = false;
        switch (element.getLocalName())
        {
            case "line" ->
            {
                points.add(new double[] {number(element, "x1"), number(element, "y1")});
                points.add(new double[] {number(element, "x2"), number(element, "y2")});
            }
            case "polyline" ->
            {
                final List<Double> numbers = numbers(element.getAttribute("points"));
                for (int i = 0; i + 1 < numbers.size(); i += 2)
                {
                    points.add(new double[] {numbers.get(i), numbers.get(i + 1)});
                }
            }
            case "path" ->
            {
                final Matcher command = PATH_COMMAND.matcher(element.getAttribute("d"));
                double x = 0;
                double y = 0;
                while (command.find())
                {
                    final String letter = command.group(1);
                    final List<Double> values = numbers(command.group(2));
                    switch (letter)
                    {
                        case "M", "L" ->
                        {
                            for (int i = 0; i + 1 < values.size(); i += 2)
                            {
                                x = values.get(i);
                                y = values.get(i + 1);
                                points.add(new double[] {x, y});
                            }
                        }
                        case "H" ->
                        {
                            x = values.get(0);
                            points.add(new double[] {x, y});
                        }
                        case "V" ->
                        {
                            y = values.get(0);
                            points.add(new double[] {x, y});
                        }
                        case "C" ->
                        {
                            curved = true;
                            for (int i = 0; i + 5 < values.size(); i += 6)
                            {
                                final double x0 = x;
                                final double y0 = y;
                                for (int step = 1; step <= 16; step++)
                                {
                                    final double t = step / 16.0;
                                    final double u = 1 - t;
                                    points.add(new double[] {
                                        u * u * u * x0 + 3 * u * u * t * values.get(i) + 3 * u * t * t * values.get(i + 2)
                                            + t * t * t * values.get(i + 4),
                                        u * u * u * y0 + 3 * u * u * t * values.get(i + 1) + 3 * u * t * t * values.get(i + 3)
                                            + t * t * t * values.get(i + 5)});
                                }
                                x = values.get(i + 4);
                                y = values.get(i + 5);
                            }
                        }
                        case "Z", "z" ->
                        {
                        }
                        default ->
                        {
                            curved = true;
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException(element.getLocalName());
        }
        return new Wire("", "", points, curved);
    }

    private static List<Double> numbers(final String text)
    {
        final List<Double> numbers = new ArrayList<>();
        final Matcher matcher = NUMBER.matcher(text);
        while (matcher.find())
        {
            numbers.add(Double.parseDouble(matcher.group()));
        }
        return numbers;
    }

    private static double number(final Element element, final String attribute)
    {
        final String value = element.getAttribute(attribute);
        return value.isEmpty() ? 0 : Double.parseDouble(value.replace("px", ""));
    }

    private static String namespaceOf(final String deviceId)
    {
        final int slash = deviceId.indexOf('/');
        return slash < 0 ? "" : deviceId.substring(0, slash);
    }

    private static String describe(final Rect rect)
    {
        return String.format(Locale.ROOT, "%s[%.0f,%.0f %.0fx%.0f]", rect.name(), rect.x(), rect.y(), rect.width(),
            rect.height());
    }
}
