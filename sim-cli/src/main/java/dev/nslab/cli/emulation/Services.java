package dev.nslab.cli.emulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The tcp and udp entries of Debian 12's {@code /etc/services} (netbase), which iptables reads through
 * getservbyname ({@code --dport http}, any protocol) and getservbyport ({@code -L} without {@code -n} prints {@code dpt:http}).
 * Kept as a resource so the simulator answers the same on any machine.
 */
final class Services
{
    private static final Map<String, Integer> PORTS = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static
    {
        try (InputStream in = Services.class.getResourceAsStream("services.txt"))
        {
            if (in == null)
            {
                throw new IllegalStateException("services.txt missing from the classpath");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine())
            {
                final String[] fields = line.strip().split("\\s+");
                if (fields.length < 2)
                {
                    continue;
                }
                final int slash = fields[1].indexOf('/');
                final int port = Integer.parseInt(fields[1].substring(0, slash));
                final String protocol = fields[1].substring(slash + 1);
                // getservbyport gives the first entry of the file for a port; getservbyname any name or alias.
                NAMES.putIfAbsent(port + "/" + protocol, fields[0]);
                for (int i = 0; i < fields.length; i++)
                {
                    if (i != 1)
                    {
                        PORTS.putIfAbsent(fields[i], port);
                    }
                }
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private Services()
    {
    }

    /**
     * @return the port of a service name or alias, whatever its protocol (iptables 1.8.9 takes {@code --sport http}
     *         for udp too, measured), or -1.
     */
    static int port(final String name)
    {
        return PORTS.getOrDefault(name, -1);
    }

    /** @return the service name of a port, or null. */
    static String name(final int port, final String protocol)
    {
        return NAMES.get(port + "/" + protocol);
    }
}
