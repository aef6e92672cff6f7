package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The same print_* calls rendered by both forms, as iproute2's json_print.c renders them. */
class FieldsTest
{
    /** A shortened print_addrinfo: text pieces, keyed values, a flag, print_nl and an array. */
    private static void address(final Fields fields)
    {
        fields.string("family", "    %s ", "inet");
        fields.string("local", "%s", "10.0.6.2");
        fields.number("prefixlen", "/%d ", 24);
        fields.text("brd ");
        fields.string("broadcast", "%s ", "10.0.6.255");
        fields.flag("secondary", "secondary ");
        fields.nullField("not", "not ");
        fields.onOff("learning", "learning %s ", true);
        fields.newline();
        fields.text("       valid_lft forever");
        fields.jsonNumber("valid_life_time", 4294967295L);
        fields.openArray("flags", "<");
        fields.string(null, "%s,", "UP");
        fields.string(null, "%s", "LOWER_UP");
        fields.closeArray("> ");
    }

    @Test
    void shouldPrintTheTextAndJoinLinesWithABackslashForOneline()
    {
        final TextFields text = new TextFields(false);
        address(text);
        assertEquals("    inet 10.0.6.2/24 brd 10.0.6.255 secondary not learning on \n"
            + "       valid_lft forever<UP,LOWER_UP> ", text.take());
        assertEquals("", text.take());
        final TextFields oneline = new TextFields(true);
        address(oneline);
        assertEquals("    inet 10.0.6.2/24 brd 10.0.6.255 secondary not learning on \\"
            + "       valid_lft forever<UP,LOWER_UP> ", oneline.take());
    }

    @Test
    void shouldPrintTheKeysAndValuesOnlyInJson()
    {
        final JsonWriter writer = new JsonWriter(false);
        final JsonFields fields = new JsonFields(writer);
        fields.openObject(null);
        address(fields);
        fields.closeObject();
        assertEquals("{\"family\":\"inet\",\"local\":\"10.0.6.2\",\"prefixlen\":24,\"broadcast\":\"10.0.6.255\","
            + "\"secondary\":true,\"not\":null,\"learning\":true,\"valid_life_time\":4294967295,"
            + "\"flags\":[\"UP\",\"LOWER_UP\"]}\n", writer.finish());
    }
}
