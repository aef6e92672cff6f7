package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes two differences "the same": the command whose output first differs, reduced to its key (program,
 * ip's or bridge's output-changing global options, object and verb; namespaces and values left out), and the first
 * differing line on each side reduced to its skeleton (each IPv6 address as {@code IPV6}, each run of digits as
 * {@code #}, so addresses, names like {@code v3p} and counts of another scenario still match; a command line or the
 * end of the transcript as {@code <next>}). The shrinker keeps a reduction only if its signature is the original's; campaigns count
 * differences by signature; the known-open list names them by it.
 *
 * @param command   the command key, e.g. {@code ip -s link show} or {@code ping}.
 * @param kernel    the kernel's first differing line, as a skeleton.
 * @param simulator the simulator's, as a skeleton.
 */
record Signature(String command, String kernel, String simulator)
{
    /** Stands for "nothing more of this command's output": the next command's line or the transcript's end. */
    static final String NEXT = "<next>";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** An IPv6 address (fe80:: ones are derived from random MACs): as a whole, since its hex letters vary too. */
    private static final Pattern IPV6 = Pattern.compile("(?<![0-9A-Za-z:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}"
        + "(?![0-9A-Za-z:])");

    /** ip.c's objects in its order of tests, so an abbreviation means what it means to ip. */
    private static final String[] IP_OBJECTS = {"address", "addrlabel", "maddress", "route", "rule", "neighbor",
        "neighbour", "ntable", "ntbl", "link", "l2tp", "fou", "ila", "macsec", "tunnel", "tunl", "tuntap", "tap",
        "token", "tcpmetrics", "tcp_metrics", "monitor", "xfrm", "mroute", "mrule", "netns", "netconf", "vrf", "sr",
        "nexthop", "mptcp", "ioam", "help", "stats", "amt"};

    /** Verbs by the name they are counted under; the first a word abbreviates wins (as in iproute2's tests). */
    private static final String[][] VERBS = {{"add", "add"}, {"delete", "delete"}, {"del", "delete"},
        {"show", "show"}, {"list", "show"}, {"lst", "show"}, {"ls", "show"}, {"flush", "flush"}, {"get", "get"},
        {"set", "set"}, {"change", "change"}, {"replace", "replace"}, {"exec", "exec"}, {"identify", "identify"},
        {"pids", "pids"}, {"list-id", "list-id"}};

    /** @return the signature written as one line of the known-open list: three fields separated by tabs. */
    String line()
    {
        return command + "\t" + kernel + "\t" + simulator;
    }

    /** Reads {@link #line()}. */
    static Signature parse(final String line)
    {
        final String[] fields = line.split("\t", -1);
        if (fields.length != 3)
        {
            throw new IllegalArgumentException("a signature has three tab-separated fields: " + line);
        }
        return new Signature(fields[0], fields[1], fields[2]);
    }

    static String skeleton(final String line)
    {
        if (line == null || line.startsWith("$ "))
        {
            return NEXT;
        }
        return DIGITS.matcher(IPV6.matcher(line).replaceAll("IPV6")).replaceAll("#");
    }

    /** @return the key of a command as written: {@code ip -n a -s l s dev v1} is {@code ip -s link show}. */
    static String commandKey(final String command)
    {
        List<String> words = Script.words(command);
        while (!words.isEmpty())
        {
            final String program = words.get(0);
            if (!program.equals("ip") && !program.equals("bridge"))
            {
                return program;
            }
            final List<String> key = new ArrayList<>(List.of(program));
            int index = 1;
            while (index < words.size() && words.get(index).startsWith("-"))
            {
                final String option = words.get(index++);
                if (option.length() > 1 && "-netns".startsWith(option))
                {
                    index++; // -n NS: where, not what
                }
                else if (program.equals("ip") && takesValue(option))
                {
                    key.add(option + " " + (index < words.size() ? words.get(index) : ""));
                    index++;
                }
                else if (!option.equals("-"))
                {
                    key.add(option.startsWith("-s") ? "-s" : option.startsWith("-br") ? "-br" : option);
                }
            }
            if (index >= words.size())
            {
                return String.join(" ", key);
            }
            final String object = program.equals("ip") ? ipObject(words.get(index)) : words.get(index);
            final String verb = index + 1 < words.size() ? verb(words.get(index + 1)) : "show";
            if (object.equals("netns") && verb.equals("exec") && index + 3 < words.size())
            {
                words = words.subList(index + 3, words.size());
                continue;
            }
            key.add(object);
            key.add(verb);
            return String.join(" ", key);
        }
        return "";
    }

    /** ip's global options that read the next word: -family, -loops, -rcvbuf, -batch. */
    private static boolean takesValue(final String option)
    {
        final String bare = option.startsWith("--") ? option.substring(1) : option;
        return bare.length() > 1 && ("-family".startsWith(bare) || "-loops".startsWith(bare)
            || bare.length() > 2 && "-rcvbuf".startsWith(bare) || "-batch".startsWith(bare));
    }

    private static String ipObject(final String word)
    {
        for (final String object : IP_OBJECTS)
        {
            if (object.startsWith(word))
            {
                return object.startsWith("neigh") ? "neigh" : object;
            }
        }
        return word;
    }

    /** A verb's counted name; a word that is no verb (a device, {@code dev}) means the default, show. */
    static String verb(final String word)
    {
        for (final String[] verb : VERBS)
        {
            if (verb[0].startsWith(word))
            {
                return verb[1];
            }
        }
        return "show";
    }
}
