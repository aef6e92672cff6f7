package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest
{
    @Test
    void shouldPrintNothingForEqualTexts()
    {
        assertEquals("", UnifiedDiff.diff("a", "x\ny\n", "b", "x\ny\n"));
    }

    @Test
    void shouldPrintOneHunkWithThreeLinesOfContext()
    {
        final String diff = UnifiedDiff.diff("kernel", "1\n2\n3\n4\n5\n6\n7\n8\n", "sim", "1\n2\n3\n4\nfive\n6\n7\n8\n");
        assertEquals("--- kernel\n+++ sim\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    @Test
    void shouldSplitDistantChangesIntoHunks()
    {
        final String diff = UnifiedDiff.diff("a", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n", "b",
            "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nK\n");
        assertEquals("--- a\n+++ b\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -8,4 +8,4 @@\n h\n i\n j\n-k\n+K\n", diff);
    }

    @Test
    void shouldShowAdditionsAtTheEnd()
    {
        assertEquals("--- a\n+++ b\n@@ -1 +1,2 @@\n x\n+y\n", UnifiedDiff.diff("a", "x\n", "b", "x\ny\n"));
    }

    @Test
    void shouldShowRemovalOfEverything()
    {
        assertEquals("--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n", UnifiedDiff.diff("a", "x\ny\n", "b", ""));
    }
}
