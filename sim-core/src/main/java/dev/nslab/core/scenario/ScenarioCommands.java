package dev.nslab.core.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a scenario command runs, seen through {@code ip netns exec NS ...} (and {@code ip -n NS netns exec ...},
 * {@code ip -all netns exec ...}), by the same prefix rules iproute2 uses to match its objects and verbs.
 */
public final class ScenarioCommands
{
    /** How long a ping with neither {@code -c} nor {@code -w} runs before it is interrupted as if by Ctrl+C. */
    public static final Duration DEFAULT_INTERRUPT_AFTER = Duration.ofSeconds(3);

    /** The programs nslab emulates. */
    public static final Set<String> PROGRAMS = Set.of("ip", "bridge", "ping", "sysctl", "iptables", "iptables-save",
        "nft", "conntrack");

    private ScenarioCommands()
    {
    }

    /**
     * @return the words of the program that finally runs: {@code [ping, 10.0.0.2]} for
     *         {@code ip netns exec ns0 ping 10.0.0.2}, the words themselves when nothing is nested.
     */
    public static List<String> executedCommand(final List<String> words)
    {
        int start = 0;
        int next = nestedCommandStart(words, start);
        while (next != start)
        {
            start = next;
            next = nestedCommandStart(words, start);
        }
        return words.subList(start, words.size());
    }

    /** @return true when {@code word} is a non-empty prefix of {@code full}, iproute2's {@code matches()}. */
    static boolean isAbbreviationOf(final String word, final String full)
    {
        return !word.isEmpty() && full.startsWith(word);
    }

    /**
     * @return the index where the command nested in an {@code ip ... netns exec} at {@code start} begins, or
     *         {@code start} when the words at {@code start} run nothing nested.
     */
    private static int nestedCommandStart(final List<String> words, final int start)
    {
        if (!words.get(start).equals("ip"))
        {
            return start;
        }
        final boolean allNamespaces = hasAllOption(words, start);
        int index = ipObjectIndex(words, start);
        // "ip ne" is neighbour, so netns needs at least "net" (iproute2 tries netns before netconf).
        if (index >= words.size() || words.get(index).length() < 3 || !isAbbreviationOf(words.get(index), "netns"))
        {
            return start;
        }
        index++;
        if (index >= words.size() || !isAbbreviationOf(words.get(index), "exec"))
        {
            return start;
        }
        index += allNamespaces ? 1 : 2;
        return index < words.size() ? index : start;
    }

    private static boolean hasAllOption(final List<String> words, final int start)
    {
        final int objectIndex = ipObjectIndex(words, start);
        for (int i = start + 1; i < objectIndex; i++)
        {
            final String option = singleDash(words.get(i));
            if (option.length() >= 2 && isAbbreviationOf(option, "-all"))
            {
                return true;
            }
        }
        return false;
    }

    /** @return the index of the object word ({@code link}, {@code netns}...) after ip's global options. */
    public static int ipObjectIndex(final List<String> words, final int start)
    {
        int index = start + 1;
        while (index < words.size() && words.get(index).startsWith("-") && words.get(index).length() > 1)
        {
            index += ipOptionTakesValue(singleDash(words.get(index))) ? 2 : 1;
        }
        return Math.min(index, words.size());
    }

    /** @return true for ip's global options that consume the next word, e.g. {@code -n NS}, {@code -batch FILE}. */
    static boolean ipOptionTakesValue(final String option)
    {
        return isAbbreviationOf(option, "-netns")
            || isAbbreviationOf(option, "-family")
            || isAbbreviationOf(option, "-loops")
            || (option.length() >= 3 && isAbbreviationOf(option, "-rcvbuf"))
            || (option.length() >= 3 && isAbbreviationOf(option, "-batch"));
    }

    private static String singleDash(final String option)
    {
        return option.startsWith("--") ? option.substring(1) : option;
    }
}
