package dev.nslab.cli.emulation;

/** The {@code -j} form of {@link Fields}: the keys and values, through {@link JsonWriter}; text is dropped. */
final class JsonFields implements Fields
{
    private final JsonWriter writer;

    JsonFields(final JsonWriter writer)
    {
        this.writer = writer;
    }

    @Override
    public boolean isJson()
    {
        return true;
    }

    @Override
    public void string(final String key, final String format, final String value)
    {
        jsonString(key, value);
    }

    /** print_color_string in JSON: a key alone names what comes next, a value alone is an array's element. */
    @Override
    public void jsonString(final String key, final String value)
    {
        if (key != null)
        {
            writer.name(key);
        }
        if (value != null || key == null)
        {
            writer.string(value == null ? "" : value);
        }
    }

    @Override
    public void text(final String printed)
    {
    }

    @Override
    public void number(final String key, final String format, final long value)
    {
        jsonNumber(key, value);
    }

    @Override
    public void jsonNumber(final String key, final long value)
    {
        named(key).number(value);
    }

    @Override
    public void flag(final String key, final String printed)
    {
        jsonBool(key, true);
    }

    @Override
    public void nullField(final String key, final String printed)
    {
        named(key).literal("null");
    }

    @Override
    public void jsonBool(final String key, final boolean value)
    {
        named(key).bool(value);
    }

    @Override
    public void onOff(final String key, final String format, final boolean value)
    {
        jsonBool(key, value);
    }

    @Override
    public void literal(final String key, final String format, final String value)
    {
        named(key).literal(value);
    }

    @Override
    public void openObject(final String key)
    {
        named(key).startObject();
    }

    @Override
    public void closeObject()
    {
        writer.endObject();
    }

    @Override
    public void openArray(final String key, final String printed)
    {
        openJsonArray(key);
    }

    @Override
    public void closeArray(final String printed)
    {
        closeJsonArray();
    }

    @Override
    public void openJsonArray(final String key)
    {
        named(key).startArray();
    }

    @Override
    public void closeJsonArray()
    {
        writer.endArray();
    }

    @Override
    public void newline()
    {
    }

    private JsonWriter named(final String key)
    {
        return key == null ? writer : writer.name(key);
    }
}
