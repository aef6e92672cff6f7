package dev.nslab.cli.fuzz;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The emulation gate's own tables, read as they are in the gate's classes (by reflection, so the gate needs no
 * change and every keyword another helper adds to a table shows up here by itself): ip's and bridge's global
 * options, ip's objects, the keyword tables of ip's argument loops with the link modes that model them, ping's
 * and sysctl's getopt strings. Coverage uses them both to name what a line uses and to list what is emulated.
 */
final class GateTables
{
    private static final String PACKAGE = "dev.nslab.cli.emulation.";

    /** One keyword test of an argument loop. */
    record Rule(String keyword, boolean prefix, boolean emulated, boolean takesValue)
    {
        boolean accepts(final String word)
        {
            return prefix ? !word.isEmpty() && keyword.startsWith(word) : keyword.equals(word);
        }
    }

    /** One global-option test of ip or bridge. */
    record Option(String name, boolean prefix, boolean takesValue, boolean netns)
    {
        boolean accepts(final String word)
        {
            final String bare = word.startsWith("--") ? word.substring(1) : word;
            if (name.equals("-color"))
            {
                final int equals = bare.indexOf('=');
                final String head = equals < 0 ? bare : bare.substring(0, equals);
                return head.length() > 1 && name.startsWith(head);
            }
            return prefix ? bare.length() > 1 && name.startsWith(bare) : name.equals(bare);
        }
    }

    final List<Option> ipOptions;
    final List<Option> bridgeOptions;
    final List<String> ipObjects;
    /** Each keyword table of ip's argument loops by its name in the gate ({@code ROUTE_MODIFY}). */
    final Map<String, List<Rule>> tables;
    /** The keywords each link request (ADD, SET, DELETE, PEER) models. */
    final Map<String, Set<String>> linkModes;
    final String pingOptions;
    final String sysctlShortOptions;
    final List<String> sysctlLongOptions;

    private GateTables()
    {
        ipOptions = options(staticField("GlobalOptions", "IP"));
        bridgeOptions = options(staticField("GlobalOptions", "BRIDGE"));
        ipObjects = List.of((String[]) staticField("IpCommand", "OBJECTS"));
        tables = ruleTables();
        linkModes = linkModes();
        pingOptions = (String) staticField("PingCommandLine", "OPTION_STRING");
        sysctlShortOptions = (String) staticField("SysctlCommandLine", "SHORT_OPTIONS");
        final List<String> longOptions = new ArrayList<>();
        for (final String[] option : (String[][]) staticField("SysctlCommandLine", "LONG_OPTIONS"))
        {
            longOptions.add(option[0]);
        }
        sysctlLongOptions = List.copyOf(longOptions);
    }

    private static volatile GateTables instance;

    /**
     * @return the tables.
     * @throws IllegalStateException when the gate's classes no longer hold them as this class expects (the
     *                               message says which), so coverage says it cannot be derived rather than lie.
     */
    static GateTables read()
    {
        GateTables tables = instance;
        if (tables == null)
        {
            tables = new GateTables();
            instance = tables;
        }
        return tables;
    }

    /** @return whether ping's getopt string gives the letter a value. */
    boolean pingTakesValue(final char letter)
    {
        final int at = pingOptions.indexOf(letter);
        return at >= 0 && at + 1 < pingOptions.length() && pingOptions.charAt(at + 1) == ':';
    }

    /** @return the first option of the list that accepts the word, as ip's and bridge's loops test them. */
    static Option option(final List<Option> options, final String word)
    {
        for (final Option option : options)
        {
            if (option.accepts(word))
            {
                return option;
            }
        }
        return null;
    }

    static Rule rule(final List<Rule> rules, final String word)
    {
        for (final Rule rule : rules)
        {
            if (rule.accepts(word))
            {
                return rule;
            }
        }
        return null;
    }

    private static List<Option> options(final Object globalOptions)
    {
        final List<Option> options = new ArrayList<>();
        for (final Object test : (List<?>) instanceField(globalOptions, "tests"))
        {
            final String value = String.valueOf(call(test, "value"));
            final String option = String.valueOf(call(test, "option"));
            options.add(new Option((String) call(test, "name"), (Boolean) call(test, "prefix"),
                !value.equals("NONE"), option.equals("NETNS")));
        }
        return List.copyOf(options);
    }

    private static Map<String, List<Rule>> ruleTables()
    {
        final Map<String, List<Rule>> found = new LinkedHashMap<>();
        final Class<?> gate = load("IpGate");
        for (final Field field : gate.getDeclaredFields())
        {
            if (!Modifier.isStatic(field.getModifiers()) || !List.class.isAssignableFrom(field.getType()))
            {
                continue;
            }
            final List<?> list = (List<?>) get(field, null);
            if (list.isEmpty() || !list.get(0).getClass().getSimpleName().equals("Rule"))
            {
                continue;
            }
            final List<Rule> rules = new ArrayList<>();
            for (final Object rule : list)
            {
                final String kind = String.valueOf(call(rule, "kind"));
                rules.add(new Rule((String) call(rule, "keyword"), (Boolean) call(rule, "prefix"),
                    !kind.equals("REFUSE"), kind.equals("VALUE")));
            }
            found.put(field.getName(), List.copyOf(rules));
        }
        if (found.isEmpty())
        {
            throw new IllegalStateException("IpGate holds no keyword table (List<Rule>) any more");
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> linkModes()
    {
        final Map<String, Set<String>> modes = new LinkedHashMap<>();
        for (final Class<?> nested : load("IpGate").getDeclaredClasses())
        {
            if (nested.isEnum() && nested.getSimpleName().equals("LinkMode"))
            {
                for (final Object mode : nested.getEnumConstants())
                {
                    modes.put(((Enum<?>) mode).name().toLowerCase(Locale.ROOT),
                        (Set<String>) instanceField(mode, "keywords"));
                }
            }
        }
        return modes;
    }

    private static Class<?> load(final String simpleName)
    {
        try
        {
            return Class.forName(PACKAGE + simpleName);
        }
        catch (final ClassNotFoundException e)
        {
            throw new IllegalStateException("the gate has no class " + simpleName + " any more", e);
        }
    }

    private static Object staticField(final String className, final String fieldName)
    {
        try
        {
            final Field field = load(className).getDeclaredField(fieldName);
            return get(field, null);
        }
        catch (final NoSuchFieldException e)
        {
            throw new IllegalStateException(className + " has no table " + fieldName + " any more", e);
        }
    }

    private static Object instanceField(final Object owner, final String fieldName)
    {
        try
        {
            return get(owner.getClass().getDeclaredField(fieldName), owner);
        }
        catch (final NoSuchFieldException e)
        {
            throw new IllegalStateException(owner.getClass().getSimpleName() + " has no " + fieldName, e);
        }
    }

    private static Object get(final Field field, final Object owner)
    {
        try
        {
            field.setAccessible(true);
            return field.get(owner);
        }
        catch (final ReflectiveOperationException | RuntimeException e)
        {
            throw new IllegalStateException("cannot read the gate's " + field.getName() + ": " + e, e);
        }
    }

    private static Object call(final Object owner, final String accessor)
    {
        try
        {
            final Method method = owner.getClass().getDeclaredMethod(accessor);
            method.setAccessible(true);
            return method.invoke(owner);
        }
        catch (final ReflectiveOperationException | RuntimeException e)
        {
            throw new IllegalStateException("cannot read " + owner.getClass().getSimpleName() + "." + accessor
                + "(): " + e, e);
        }
    }
}
