package dev.nslab.cli.emulation;

/**
 * One command's list of objects in the form its options ask for: iproute2's new_json_obj/delete_json_obj around
 * the dump ({@code [} ... {@code ]} and a newline with {@code -j}, printed when the list ends), or each object's
 * text printed as soon as the object ends.
 */
final class Listing
{
    private final Output out;
    private final TextFields text;
    private final JsonWriter json;
    private final Fields fields;

    private Listing(final Output out, final boolean json, final boolean pretty, final boolean oneline)
    {
        this.out = out;
        this.text = json ? null : new TextFields(oneline);
        this.json = json ? new JsonWriter(pretty) : null;
        this.fields = json ? new JsonFields(this.json) : text;
        if (json)
        {
            this.json.startArray();
        }
    }

    /** The list {@code options} ask for ({@code -j}, {@code -p}, {@code -o}). */
    static Listing open(final IpOptions options, final Output out)
    {
        return new Listing(out, options.json(), options.pretty(), options.oneline());
    }

    /** Where the current object's fields go. */
    Fields fields()
    {
        return fields;
    }

    boolean isJson()
    {
        return json != null;
    }

    /** Starts an object: an element of the JSON array. */
    Fields begin()
    {
        fields.openObject(null);
        return fields;
    }

    /** Ends the object begun last; its text, if any, is printed now. */
    void end()
    {
        fields.closeObject();
        flush();
    }

    /** Prints the text written so far (text form only). */
    void flush()
    {
        if (text != null)
        {
            final String printed = text.take();
            if (!printed.isEmpty())
            {
                out.print(printed);
            }
        }
    }

    /** Ends the list: the JSON document, which iproute2 writes out as the dump ends. */
    void close()
    {
        if (json != null)
        {
            json.endArray();
            out.print(json.finish());
        }
        else
        {
            flush();
        }
    }
}
