package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.CommandVerdict;

/**
 * The lines of a scenario being generated. Every line is vetted by the emulation's gate as it is added: the
 * generator writing a line the gate refuses is a bug in the generator, and fails at once.
 */
final class Script
{
    private final List<String> lines = new ArrayList<>();
    private final SplittableRandom random;

    Script(final SplittableRandom random)
    {
        this.random = random;
    }

    /** {@code ip ARGS} in the namespace: plain in the host, else {@code ip -n NS} or {@code ip netns exec NS ip}. */
    void ip(final World.Namespace namespace, final String arguments)
    {
        if (namespace.isHost())
        {
            add("ip " + arguments);
        }
        else if (random.nextInt(3) == 0)
        {
            add("ip netns exec " + namespace.name + " ip " + arguments);
        }
        else
        {
            add("ip -n " + namespace.name + " " + arguments);
        }
    }

    /** Any program in the namespace: plain in the host, else through {@code ip netns exec NS}. */
    void in(final World.Namespace namespace, final String command)
    {
        add(namespace.isHost() ? command : "ip netns exec " + namespace.name + " " + command);
    }

    /** Adds one line as written (words separated by single spaces, no quoting needed). */
    void add(final String line)
    {
        final CommandVerdict verdict = EmulationGate.INSTANCE.vet(unquoted(words(line)));
        if (!verdict.isAccepted())
        {
            throw new IllegalStateException("the generator wrote a line the gate refuses: '" + line + "': "
                + verdict.refusal());
        }
        lines.add(line);
    }

    int size()
    {
        return lines.size();
    }

    List<String> lines()
    {
        return List.copyOf(lines);
    }

    /** @return the line's words as written (a quoted word keeps its quotes, so the words join back into the line). */
    static List<String> words(final String line)
    {
        return Arrays.asList(line.trim().split(" +"));
    }

    /**
     * @return the words as the program gets them: a word in single quotes without them. The generator quotes only
     *         words a scenario would otherwise refuse ({@code '-?'}, a glob), never words with spaces.
     */
    static List<String> unquoted(final List<String> words)
    {
        final List<String> plain = new ArrayList<>(words.size());
        for (final String word : words)
        {
            plain.add(word.length() >= 2 && word.startsWith("'") && word.endsWith("'")
                ? word.substring(1, word.length() - 1) : word);
        }
        return plain;
    }
}
