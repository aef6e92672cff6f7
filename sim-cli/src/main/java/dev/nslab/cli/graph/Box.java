package dev.nslab.cli.graph;

/** An axis-aligned rectangle of the drawing, in SVG user units (pixels), y growing downwards. */
record Box(int x, int y, int width, int height)
{
    int right()
    {
        return x + width;
    }

    int bottom()
    {
        return y + height;
    }

    int centerY()
    {
        return y + height / 2;
    }
}
