package dev.nslab.pcap;

import org.junit.jupiter.api.Assumptions;
import org.pcap4j.core.Pcaps;

/**
 * Whether libpcap can be loaded (pcap4j reads captures through it); tests that need it skip, saying why. Public for
 * sim-cli's tests, which take it from this module's test-jar.
 */
public final class Libpcap
{
    private static final String MISSING = missingReason();

    private Libpcap()
    {
    }

    private static String missingReason()
    {
        try
        {
            Pcaps.libVersion();
            return null;
        }
        catch (final LinkageError e)
        {
            return "libpcap cannot be loaded (apt-get install libpcap0.8): " + e.getMessage();
        }
    }

    /** Skips the calling test, with the reason printed, where libpcap is missing. */
    public static void assumeLoadable()
    {
        if (MISSING != null)
        {
            System.out.println("Skipping: " + MISSING);
        }
        Assumptions.assumeTrue(MISSING == null, MISSING);
    }
}
