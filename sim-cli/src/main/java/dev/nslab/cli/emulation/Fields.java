package dev.nslab.cli.emulation;

/**
 * Where a printer writes an object's fields, as iproute2's print_* calls (lib/json_print.c) write them: each call
 * names the JSON key and the text it prints, and the form in use ({@link TextFields} or {@link JsonFields}) keeps
 * one of them. A printer says once what an object shows; the form decides how it looks. Formats are Java's
 * ({@code %s}, {@code %d}).
 */
interface Fields
{
    /** is_json_context(), for the few places where iproute2 prints differently in JSON. */
    boolean isJson();

    /** print_string(PRINT_ANY): {@code key} for JSON (null inside an array), {@code format} for text. */
    void string(String key, String format, String value);

    /** print_string(PRINT_JSON). */
    void jsonString(String key, String value);

    /** print_string(PRINT_FP, NULL, text): text only. */
    void text(String text);

    /** print_uint/print_int(PRINT_ANY). */
    void number(String key, String format, long value);

    /** print_uint/print_int(PRINT_JSON). */
    void jsonNumber(String key, long value);

    /** print_bool(PRINT_ANY) of a flag that is set: {@code "key":true}, or the text. */
    void flag(String key, String text);

    /** print_null(PRINT_ANY): a word that is there or not, {@code "key":null} in JSON. */
    void nullField(String key, String text);

    /** print_bool(PRINT_JSON). */
    void jsonBool(String key, boolean value);

    /** print_on_off(PRINT_ANY): {@code "key":true|false}, or {@code format} with on or off. */
    void onOff(String key, String format, boolean value);

    /** A value JSON shows as written (iproute2's own number formats, e.g. {@code 0.00}), with its text. */
    void literal(String key, String format, String value);

    /** open_json_object: JSON only. */
    void openObject(String key);

    /** close_json_object. */
    void closeObject();

    /** open_json_array(PRINT_ANY): text prints {@code text} where JSON opens the array. */
    void openArray(String key, String text);

    /** close_json_array(PRINT_ANY). */
    void closeArray(String text);

    /** open_json_array(PRINT_JSON). */
    void openJsonArray(String key);

    /** close_json_array(PRINT_JSON). */
    void closeJsonArray();

    /** print_nl(): _SL_ in text ({@code \n}, or {@code \} with {@code -o}), nothing in JSON. */
    void newline();
}
