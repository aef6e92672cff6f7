package dev.nslab.cli.graph;

/** A point of a wire, in SVG user units. */
record Point(int x, int y)
{
}
