package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The streaming diffs against the whole-text LCS diffs nslab printed before ({@link ReferenceUnifiedDiff},
 * {@link ReferenceSideBySide}): the same text whenever the differences fit in one window; beyond, still a correct
 * diff (applying it to the old text gives the new one).
 */
class StreamingDiffTest
{
    private static final int CASES = 600;

    /** Texts of few distinct lines, so that they share many lines in many ways. */
    private static String randomText(final SplittableRandom random, final int maxLines)
    {
        final StringBuilder text = new StringBuilder();
        final int lines = random.nextInt(maxLines + 1);
        for (int i = 0; i < lines; i++)
        {
            text.append((char) ('a' + random.nextInt(random.nextBoolean() ? 3 : 8))).append('\n');
        }
        return text.toString();
    }

    /** The second text: the first with a few lines changed, removed and added. */
    private static String edited(final SplittableRandom random, final String text)
    {
        final List<String> lines = new ArrayList<>(UnifiedDiff.lines(text));
        final int edits = random.nextInt(6);
        for (int e = 0; e < edits; e++)
        {
            final int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
            switch (random.nextInt(3))
            {
                case 0 -> lines.add(at, "new " + e);
                case 1 ->
                {
                    if (!lines.isEmpty())
                    {
                        lines.remove(at);
                    }
                }
                default ->
                {
                    if (!lines.isEmpty())
                    {
                        lines.set(at, "changed " + e);
                    }
                }
            }
        }
        final StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    @Test
    void shouldPrintWhatTheWholeTextDiffPrintedForTextsThatFitTheWindow()
    {
        final SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < CASES; i++)
        {
            final String a = randomText(random, 60);
            final String b = random.nextBoolean() ? randomText(random, 60) : edited(random, a);
            assertEquals(ReferenceUnifiedDiff.diff("a", a, "b", b), UnifiedDiff.diff("a", a, "b", b), a + "\n--\n" + b);
            assertEquals(ReferenceSideBySide.format("kernel", a, "simulator", b),
                SideBySide.format("kernel", a, "simulator", b), a + "\n--\n" + b);
        }
    }

    @Test
    void shouldPrintACorrectDiffWhenTheTextsOverflowTheWindow() throws Exception
    {
        final SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < CASES; i++)
        {
            final String a = randomText(random, 200);
            final String b = random.nextBoolean() ? randomText(random, 200) : edited(random, a);
            final StringBuilder diff = new StringBuilder();
            final boolean differ = UnifiedDiff.write("a", UnifiedDiff.lines(a).iterator(), "b",
                UnifiedDiff.lines(b).iterator(), diff, new WindowedAlignment(2 + random.nextInt(20), 1 << 20));
            assertEquals(!a.equals(b), differ);
            assertEquals(UnifiedDiff.lines(b), apply(UnifiedDiff.lines(a), diff.toString()), a + "\n--\n" + b
                + "\n--\n" + diff);
        }
    }

    @Test
    void shouldKeepAHugeHunkOutOfTheHeapAndPrintItAll() throws Exception
    {
        final List<String> a = new ArrayList<>();
        final List<String> b = new ArrayList<>();
        for (int i = 0; i < 60_000; i++)
        {
            a.add("old line " + i + " with some text to make it long enough");
            b.add("new line " + i + " with some text to make it long enough");
        }
        final StringBuilder diff = new StringBuilder();
        assertTrue(UnifiedDiff.write("a", a.iterator(), "b", b.iterator(), diff));
        assertTrue(diff.length() > 2 * HunkBody.IN_MEMORY_CHARS, "the hunk went through a temporary file");
        assertTrue(diff.toString().startsWith("--- a\n+++ b\n@@ -1,60000 +1,60000 @@\n-old line 0 with"), diff.substring(0, 80));
        assertEquals(b, apply(a, diff.toString()));
    }

    @Test
    void shouldReadLinesSplitAtNewlinesOnly()
    {
        final List<String> lines = new ArrayList<>();
        new LineReader(new StringReader("a\r\nb\n\nlast")).forEachRemaining(lines::add);
        assertEquals(List.of("a\r", "b", "", "last"), lines);
        assertFalse(new LineReader(new StringReader("")).hasNext());
    }

    /** Applies a unified diff to {@code old}, checking every context and removed line against it. */
    private static List<String> apply(final List<String> old, final String diff)
    {
        final List<String> result = new ArrayList<>();
        int next = 0;
        final List<String> lines = UnifiedDiff.lines(diff);
        int i = 0;
        if (lines.isEmpty())
        {
            return old;
        }
        assertTrue(lines.get(0).startsWith("--- ") && lines.get(1).startsWith("+++ "), diff);
        i = 2;
        while (i < lines.size())
        {
            final String header = lines.get(i++);
            assertTrue(header.startsWith("@@ -"), header);
            final String[] ranges = header.substring(4, header.indexOf(" @@")).split(" \\+");
            final int[] oldRange = range(ranges[0]);
            final int[] newRange = range(ranges[1]);
            final int start = oldRange[1] == 0 ? oldRange[0] : oldRange[0] - 1;
            assertTrue(start >= next, "hunks in order: " + header);
            result.addAll(old.subList(next, start));
            next = start;
            int oldSeen = 0;
            int newSeen = 0;
            while (i < lines.size() && !lines.get(i).startsWith("@@ "))
            {
                final String line = lines.get(i++);
                final String text = line.substring(1);
                switch (line.charAt(0))
                {
                    case ' ' ->
                    {
                        assertEquals(old.get(next++), text, header);
                        result.add(text);
                        oldSeen++;
                        newSeen++;
                    }
                    case '-' ->
                    {
                        assertEquals(old.get(next++), text, header);
                        oldSeen++;
                    }
                    default ->
                    {
                        assertEquals('+', line.charAt(0), line);
                        result.add(text);
                        newSeen++;
                    }
                }
            }
            assertEquals(oldRange[1], oldSeen, header);
            assertEquals(newRange[1], newSeen, header);
        }
        result.addAll(old.subList(next, old.size()));
        return result;
    }

    private static int[] range(final String text)
    {
        final String[] parts = text.split(",");
        return new int[] {Integer.parseInt(parts[0]), parts.length == 1 ? 1 : Integer.parseInt(parts[1])};
    }
}
