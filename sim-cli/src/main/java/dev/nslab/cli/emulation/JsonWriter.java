package dev.nslab.cli.emulation;

/**
 * iproute2 6.1's streaming JSON writer (lib/json_writer.c), byte for byte: commas between elements, and in pretty
 * mode a newline and four spaces a level before each property name, {@code [ } and {@code  ]} around arrays, and
 * nothing between an array's values ({@code [ "UP","LOWER_UP" ]}), so objects in an array read {@code [ {},{} ]}.
 * Strings escape C's control characters, the quote and the backslash, and nothing else.
 */
final class JsonWriter
{
    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    private int depth;
    /** json_writer's {@code sep}: a comma is due before the next element. */
    private boolean separator;

    JsonWriter(final boolean pretty)
    {
        this.pretty = pretty;
    }

    /** jsonw_name: a property's name, after a comma and, when pretty, a new indented line. */
    JsonWriter name(final String name)
    {
        endOfRecord();
        endOfLine();
        separator = false;
        quoted(name);
        out.append(':');
        if (pretty)
        {
            out.append(' ');
        }
        return this;
    }

    JsonWriter startObject()
    {
        begin('{');
        return this;
    }

    JsonWriter endObject()
    {
        end('}');
        return this;
    }

    JsonWriter startArray()
    {
        begin('[');
        if (pretty)
        {
            out.append(' ');
        }
        return this;
    }

    JsonWriter endArray()
    {
        if (pretty && separator)
        {
            out.append(' ');
        }
        separator = false;
        end(']');
        return this;
    }

    JsonWriter string(final String value)
    {
        endOfRecord();
        quoted(value);
        return this;
    }

    /** jsonw_printf: a value written as it is (numbers, {@code true}, {@code null}, {@code 0.00}). */
    JsonWriter literal(final String value)
    {
        endOfRecord();
        out.append(value);
        return this;
    }

    JsonWriter number(final long value)
    {
        return literal(Long.toString(value));
    }

    JsonWriter bool(final boolean value)
    {
        return literal(value ? "true" : "false");
    }

    /** jsonw_destroy: the document's closing newline; the text written so far. */
    String finish()
    {
        if (depth != 0)
        {
            throw new IllegalStateException("JSON document ended at depth " + depth);
        }
        return out + "\n";
    }

    private void begin(final char bracket)
    {
        endOfRecord();
        out.append(bracket);
        depth++;
        separator = false;
    }

    private void end(final char bracket)
    {
        if (depth == 0)
        {
            throw new IllegalStateException("JSON " + bracket + " without its opening");
        }
        depth--;
        if (separator)
        {
            endOfLine();
        }
        out.append(bracket);
        separator = true;
    }

    /** jsonw_eor: the comma before every element but a collection's first. */
    private void endOfRecord()
    {
        if (separator)
        {
            out.append(',');
        }
        separator = true;
    }

    /** jsonw_eol: pretty printing's new line, indented four spaces a level. */
    private void endOfLine()
    {
        if (pretty)
        {
            out.append('\n').append("    ".repeat(depth));
        }
    }

    /** jsonw_puts: C's escapes, no Unicode escapes (bytes above 0x7f and other controls pass as they are). */
    private void quoted(final String text)
    {
        out.append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\b' -> out.append("\\b");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> out.append(c);
            }
        }
        out.append('"');
    }
}
