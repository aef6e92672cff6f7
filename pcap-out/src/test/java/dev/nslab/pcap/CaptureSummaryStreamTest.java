package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A capture directory summarised record by record gives the lines {@link CaptureSummary#of} gives. */
class CaptureSummaryStreamTest
{
    @TempDir
    Path dir;

    @Test
    void shouldStreamTheLinesOfAWholeDirectorySummary() throws Exception
    {
        final Path pcaps = dir.resolve("pcaps");
        try (PcapDirectorySink directory = new PcapDirectorySink(pcaps))
        {
            PingScenario.play(directory);
        }
        final List<String> streamed = new ArrayList<>();
        CaptureSummary.streamDirectory(pcaps, streamed::add);
        assertEquals(CaptureSummary.of(pcaps), streamed);
        assertEquals(16, streamed.size());
    }
}
