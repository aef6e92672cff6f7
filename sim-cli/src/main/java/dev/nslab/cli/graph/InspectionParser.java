package dev.nslab.cli.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@link KernelTopology#INSPECTION} printed (iproute2 6.1 and procps text) into a {@link Topology}.
 *
 * <p>Veth peers are found as iproute2 names them: {@code veth1@if5 ... link-netns c1} (the peer is ifindex 5 in
 * c1), {@code eth0@if3 ... link-netnsid 0} (in a namespace this one has an id for but no name: the initial
 * namespace of the sandbox), {@code vb@va} (in the same namespace, by name). Interface indexes are per namespace,
 * so a peer counts only when it names this device back.
 */
final class InspectionParser
{
    /** {@code 3: veth1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ...}; device names hold no ':' or blank. */
    private static final Pattern LINK = Pattern.compile("^(\\d+): ([^:@\\s]+)(?:@([^:\\s]+))?: <([^>]*)> (.*)$");
    private static final Pattern MASTER = Pattern.compile(" master (\\S+) ");
    /** The name runs to the next attribute, since a namespace name may hold blanks (-d puts promiscuity next). */
    private static final Pattern LINK_NETNS = Pattern.compile(" link-netns (.+?) promiscuity ");
    private static final Pattern LINK_NETNSID = Pattern.compile(" link-netnsid (\\d+)");
    /** {@code -o} puts each further line of a link after a backslash and its indentation. */
    private static final Pattern CONTINUATION = Pattern.compile("\\\\ {4}");
    private static final Pattern ADDRESS = Pattern.compile("^\\d+: (\\S+)\\s+inet (\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+) ");
    private static final Pattern FORWARD = Pattern.compile("^net\\.ipv4\\.ip_forward = (-?\\d+)$");
    /** A built-in chain's policy line of iptables-save: {@code :FORWARD DROP [0:0]}. */
    private static final Pattern DROP_POLICY = Pattern.compile("^:(INPUT|FORWARD|OUTPUT) DROP \\[");
    private static final Pattern NETNS_ID = Pattern.compile(" \\(id: \\d+\\)$");
    private static final Set<String> ROUTE_TYPES = Set.of("unicast", "local", "broadcast", "multicast", "anycast",
        "blackhole", "unreachable", "prohibit", "throw", "nat");
    /** Route attributes that take a value ({@code ip route} prints the rest as single words). */
    private static final Set<String> ROUTE_VALUES = Set.of("via", "dev", "proto", "scope", "src", "metric", "table",
        "mtu", "advmss", "expires", "error", "pref", "realms", "nhid");

    /** Where a device's veth peer is, as the line names it. */
    private enum PeerPlace
    {
        SAME, NAMED, UNNAMED
    }

    /** One line of {@code ip -o -d link}, before peers are matched. */
    private record Link(String namespace, int ifindex, String name, String kind, Topology.State state, String master,
        String peer, PeerPlace peerPlace, String peerNamespace)
    {
        String id()
        {
            return Topology.id(namespace, name);
        }
    }

    private InspectionParser()
    {
    }

    /** @param outputs the lines each command of {@link KernelTopology#INSPECTION} printed, in that order. */
    static Topology parse(final List<List<String>> outputs)
    {
        if (outputs.size() != KernelTopology.INSPECTION.size())
        {
            throw new IllegalArgumentException("expected the output of " + KernelTopology.INSPECTION.size()
                + " commands, got " + outputs.size());
        }
        final List<String> names = new ArrayList<>();
        for (final String line : outputs.get(0))
        {
            if (!line.isBlank())
            {
                names.add(NETNS_ID.matcher(line).replaceFirst(""));
            }
        }
        // ip netns list reads the tmpfs directory, newest first: reversed, creation order.
        Collections.reverse(names);
        final int commands = KernelTopology.HOST_COMMANDS.size();
        final Map<String, List<List<String>>> byNamespace = new LinkedHashMap<>();
        byNamespace.put(Topology.HOST, new ArrayList<>(outputs.subList(1, 1 + commands)));
        names.forEach(name -> byNamespace.put(name, new ArrayList<>()));
        for (int command = 0; command < commands; command++)
        {
            final Map<String, List<String>> sections = sections(outputs.get(1 + commands + command));
            for (final String name : names)
            {
                byNamespace.get(name).add(sections.getOrDefault(name, List.of()));
            }
        }
        final Map<String, List<Link>> links = new LinkedHashMap<>();
        byNamespace.forEach((name, output) -> links.put(name, links(name, output.get(0))));
        final List<Topology.Namespace> namespaces = new ArrayList<>();
        final List<Topology.Link> edges = new ArrayList<>();
        for (final Map.Entry<String, List<List<String>>> entry : byNamespace.entrySet())
        {
            final String name = entry.getKey();
            final Map<String, List<String>> addresses = addresses(entry.getValue().get(1));
            final List<Topology.Device> devices = new ArrayList<>();
            for (final Link link : links.get(name))
            {
                final List<String> own = addresses.getOrDefault(link.name(), List.of());
                if (!TopologyRules.shown(link.kind().equals("loopback"), name.equals(Topology.HOST), !own.isEmpty()))
                {
                    continue;
                }
                devices.add(new Topology.Device(link.id(), link.name(), link.kind(), link.state(), own));
                final Link peer = peer(link, links);
                if (peer != null && link.id().compareTo(peer.id()) < 0)
                {
                    edges.add(new Topology.Link(link.id(), peer.id(), false));
                }
                if (link.master() != null)
                {
                    edges.add(new Topology.Link(link.id(), Topology.id(name, link.master()), true));
                }
            }
            namespaces.add(new Topology.Namespace(name, forwarding(entry.getValue().get(3)),
                routes(entry.getValue().get(2)), devices, firewall(entry.getValue().get(4))));
        }
        return new Topology(namespaces, TopologyRules.shownLinks(namespaces, edges));
    }

    /** {@code ip -all netns exec} output: a blank line and {@code netns: NAME} before each namespace's lines. */
    private static Map<String, List<String>> sections(final List<String> lines)
    {
        final Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (final String line : lines)
        {
            if (line.startsWith("netns: "))
            {
                current = new ArrayList<>();
                sections.put(line.substring("netns: ".length()), current);
            }
            else if (current != null && !line.isEmpty())
            {
                current.add(line);
            }
        }
        return sections;
    }

    private static List<Link> links(final String namespace, final List<String> lines)
    {
        final List<Link> links = new ArrayList<>();
        for (final String line : lines)
        {
            final Matcher matcher = LINK.matcher(line);
            if (!matcher.matches())
            {
                continue;
            }
            final List<String> flags = List.of(matcher.group(4).split(","));
            final Topology.State state = !flags.contains("UP") ? Topology.State.DOWN
                : flags.contains("LOWER_UP") ? Topology.State.UP : Topology.State.NO_CARRIER;
            final String[] parts = CONTINUATION.split(matcher.group(5));
            final String attributes = parts.length > 1 ? " " + parts[1] + " " : "";
            final Matcher master = MASTER.matcher(" " + parts[0] + " ");
            final Matcher named = LINK_NETNS.matcher(attributes);
            final Matcher unnamed = LINK_NETNSID.matcher(attributes);
            final PeerPlace place = named.find() ? PeerPlace.NAMED : unnamed.find() ? PeerPlace.UNNAMED : PeerPlace.SAME;
            links.add(new Link(namespace, Integer.parseInt(matcher.group(1)), matcher.group(2), kind(parts), state,
                master.find() ? master.group(1) : null, matcher.group(3), place,
                place == PeerPlace.NAMED ? named.group(1) : null));
        }
        return links;
    }

    /** The kind as the simulator names it: {@code -d} prints the link kind first on the third line. */
    private static String kind(final String[] parts)
    {
        if (parts.length > 1 && parts[1].startsWith("link/loopback"))
        {
            return "loopback";
        }
        if (parts.length < 3)
        {
            return "device";
        }
        final String details = parts[2].trim();
        final String kind = details.split(" ", 2)[0];
        if (kind.equals("tun"))
        {
            return details.startsWith("tun type tap") ? "tap" : "tun";
        }
        return kind;
    }

    /** @return the device this veth's peer attribute names, provided it names this one back; or null. */
    private static Link peer(final Link link, final Map<String, List<Link>> links)
    {
        final List<Link> mutual = links.values().stream().flatMap(List::stream)
            .filter(other -> other != link && names(link, other) && names(other, link)).toList();
        return mutual.size() == 1 ? mutual.get(0) : null;
    }

    /** @return whether {@code link}'s peer attribute can mean {@code target}. */
    private static boolean names(final Link link, final Link target)
    {
        if (!link.kind().equals("veth") || link.peer() == null)
        {
            return false;
        }
        return switch (link.peerPlace())
        {
            // iproute2 prints the peer's name, or ifN when it cannot find the index (never here).
            case SAME -> link.namespace().equals(target.namespace())
                && (link.peer().equals(target.name()) || link.peer().equals("if" + target.ifindex()));
            case NAMED -> link.peerNamespace().equals(target.namespace())
                && link.peer().equals("if" + target.ifindex());
            case UNNAMED -> !link.namespace().equals(target.namespace()) && link.peer().equals("if" + target.ifindex());
        };
    }

    private static Map<String, List<String>> addresses(final List<String> lines)
    {
        final Map<String, List<String>> addresses = new HashMap<>();
        for (final String line : lines)
        {
            final Matcher matcher = ADDRESS.matcher(line);
            if (matcher.find())
            {
                addresses.computeIfAbsent(matcher.group(1), name -> new ArrayList<>()).add(matcher.group(2));
            }
        }
        return addresses;
    }

    private static List<Topology.Route> routes(final List<String> lines)
    {
        final List<Topology.Route> routes = new ArrayList<>();
        for (final String line : lines)
        {
            final List<String> words = new ArrayList<>(List.of(line.trim().split("\\s+")));
            if (words.get(0).isEmpty() || line.startsWith(" ") || line.startsWith("\t"))
            {
                continue;
            }
            String destination = words.remove(0);
            if (ROUTE_TYPES.contains(destination) && !words.isEmpty())
            {
                destination = destination.equals("unicast") ? words.remove(0) : destination + " " + words.remove(0);
            }
            final Map<String, String> values = new HashMap<>();
            boolean linkDown = false;
            for (int i = 0; i < words.size(); i++)
            {
                if (ROUTE_VALUES.contains(words.get(i)) && i + 1 < words.size())
                {
                    values.put(words.get(i), words.get(++i));
                }
                else if (words.get(i).equals("linkdown"))
                {
                    linkDown = true;
                }
            }
            routes.add(new Topology.Route(destination, values.getOrDefault("via", ""), values.getOrDefault("dev", ""),
                Integer.parseInt(values.getOrDefault("metric", "0")), linkDown));
        }
        return routes;
    }

    /** From {@code iptables-save}: its {@code -A} lines, and the filter table's built-in chains with a DROP policy. */
    static Topology.Firewall firewall(final List<String> lines)
    {
        int rules = 0;
        final List<String> dropping = new ArrayList<>();
        String table = "";
        for (final String line : lines)
        {
            if (line.startsWith("*"))
            {
                table = line.substring(1).trim();
            }
            else if (line.startsWith("-A "))
            {
                rules++;
            }
            else if (table.equals("filter"))
            {
                final Matcher policy = DROP_POLICY.matcher(line);
                if (policy.find())
                {
                    dropping.add(policy.group(1));
                }
            }
        }
        return new Topology.Firewall(rules, dropping);
    }

    private static boolean forwarding(final List<String> lines)
    {
        for (final String line : lines)
        {
            final Matcher matcher = FORWARD.matcher(line.trim());
            if (matcher.matches())
            {
                return Integer.parseInt(matcher.group(1)) != 0;
            }
        }
        return false;
    }
}
