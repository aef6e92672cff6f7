package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.core.scenario.CommandVerdict;

/** What the gate lets through of ping's options: the emulated ones, and where a machine's settings would show. */
class PingGateTest
{
    @Test
    void shouldAcceptTheEmulatedReportingAndPacketOptions()
    {
        for (final String line : new String[] {"ping -c 1 -M do -s 1472 10.0.0.1", "ping -c 1 -Mwant 10.0.0.1",
            "ping -c 1 -M probe 10.0.0.1", "ping -c 1 -Q 0x10 10.0.0.1", "ping -c 1 -p ff00 10.0.0.1",
            "ping -c 2 -O -D -v 10.0.0.1", "ping -c 2 -i 0 10.0.0.1", "ping -c 1 -s 65508 10.0.0.1",
            "ping -c 1 -s 140000 10.0.0.1", "ping -c 1 -l 1314 10.0.0.1", "ping -c 1 -s x 10.0.0.1"})
        {
            assertTrue(vet(line).isAccepted(), line);
        }
    }

    @Test
    void shouldRefuseWhatDependsOnTheMachineOrIsNotEmulated()
    {
        assertEquals("'ping -s 300000' is not emulated (socket buffers over the default net.core.rmem_max and "
            + "wmem_max)", vet("ping -c 1 -s 300000 10.0.0.1").refusal());
        assertEquals("'ping -s 56 -l 1315' is not emulated (socket buffers over the default net.core.rmem_max and "
            + "wmem_max)", vet("ping -c 1 -l 1315 10.0.0.1").refusal());
        assertEquals("'ping -p ''' is not emulated (an empty pattern)", vet(List.of("ping", "-c", "1", "-p", "",
            "10.0.0.1")).refusal());
        assertEquals("'ping -r' is not emulated", vet("ping -c 1 -r 10.0.0.1").refusal());
        assertEquals("'ping -f' is not emulated", vet("ping -c 1 -f 10.0.0.1").refusal());
        assertEquals("'ping ff02::1' is not emulated (pings of IPv6 multicast groups but link-scope ones with their"
            + " device (ff02::1%DEV))", vet("ping -c 1 ff02::1").refusal());
        assertNull(vet("ping -c 1 ff02::1%va").refusal());
        assertNull(vet("ping -c 1 -s 3000 fd00::2").refusal(), "fragmented at the source");
        assertNull(vet("ping -c 1 -Q 4 fd00::2").refusal(), "IPV6_TCLASS");
        assertEquals("'ping -F' is not emulated (IPv6 flow labels and node information)",
            vet("ping -c 1 -F 1 fd00::2").refusal());
        assertNull(vet("ping -6 -c 1 -s 1232 -I va fe80::2%va").refusal());
        assertNull(vet("ping -c 1 -s 3000 ::1").refusal());
        assertEquals("'ping localhost' is not emulated (host names: nslab pings addresses)",
            vet("ping -c 1 localhost").refusal());
    }

    private static CommandVerdict vet(final String line)
    {
        return vet(List.of(line.split(" ")));
    }

    private static CommandVerdict vet(final List<String> words)
    {
        return EmulationGate.INSTANCE.vet(words);
    }
}
