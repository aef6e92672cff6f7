package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link JsonWriter} against what iproute2 6.1 prints (the strings come from ip -j and ip -j -p on the kernel). */
class JsonWriterTest
{
    /** One link of {@code ip -j link}, shortened: an object in the top array, a string array, a number. */
    private static String link(final boolean pretty)
    {
        final JsonWriter writer = new JsonWriter(pretty);
        writer.startArray().startObject();
        writer.name("ifindex").number(1);
        writer.name("flags").startArray().string("LOOPBACK").string("UP").endArray();
        writer.name("addr_info").startArray().startObject().name("local").string("127.0.0.1").endObject()
            .startObject().name("secondary").bool(true).endObject().endArray();
        writer.name("empty").startArray().endArray();
        writer.endObject().startObject().name("not").literal("null").endObject();
        return writer.endArray().finish();
    }

    @Test
    void shouldWriteCompactJsonWithoutSpaces()
    {
        assertEquals("[{\"ifindex\":1,\"flags\":[\"LOOPBACK\",\"UP\"],\"addr_info\":[{\"local\":\"127.0.0.1\"},"
            + "{\"secondary\":true}],\"empty\":[]},{\"not\":null}]\n", link(false));
    }

    @Test
    void shouldLayOutPrettyJsonAsIproute2Does()
    {
        assertEquals(String.join("\n",
            "[ {",
            "        \"ifindex\": 1,",
            "        \"flags\": [ \"LOOPBACK\",\"UP\" ],",
            "        \"addr_info\": [ {",
            "                \"local\": \"127.0.0.1\"",
            "            },{",
            "                \"secondary\": true",
            "            } ],",
            "        \"empty\": [ ]",
            "    },{",
            "        \"not\": null",
            "    } ]",
            ""), link(true));
    }

    @Test
    void shouldWriteAnEmptyListAsIpDoesForNoObjects()
    {
        assertEquals("[]\n", new JsonWriter(false).startArray().endArray().finish());
        assertEquals("[ ]\n", new JsonWriter(true).startArray().endArray().finish());
    }

    @Test
    void shouldEscapeCsControlCharactersQuotesAndBackslashesOnly()
    {
        final JsonWriter writer = new JsonWriter(false);
        writer.startObject().name("a\"b").string("t\tn\nr\rf\fb\b\\q\"/é\u0001").endObject();
        assertEquals("{\"a\\\"b\":\"t\\tn\\nr\\rf\\fb\\b\\\\q\\\"/é\u0001\"}\n", writer.finish());
    }

    @Test
    void shouldRefuseToEndADocumentThatIsStillOpen()
    {
        final JsonWriter writer = new JsonWriter(false).startArray();
        assertThrows(IllegalStateException.class, writer::finish);
        assertThrows(IllegalStateException.class, () -> new JsonWriter(false).endObject());
    }
}
