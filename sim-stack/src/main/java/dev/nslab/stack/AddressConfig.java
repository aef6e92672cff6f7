package dev.nslab.stack;

import dev.nslab.stack.NetlinkException.Errno;

/**
 * The IPv4 addresses of one namespace's devices and the routes the kernel makes and removes for them
 * (net/ipv4/devinet.c and fib_frontend.c): fib_add_ifaddr when an address is added or its device comes up,
 * fib_del_ifaddr when it goes, fib_disable_ip when its device goes down; and the source address selection
 * (inet_select_addr) that reads them. {@link NetNamespace} is the public face of all of it. Simulation thread only.
 */
final class AddressConfig
{
    private final NetNamespace namespace;
    private final Fib fib;

    AddressConfig(final NetNamespace namespace, final Fib fib)
    {
        this.namespace = namespace;
        this.fib = fib;
    }

    /** {@code ip addr add}: EEXIST for the same address and length; 127/8 gets scope host, as iproute2 asks. */
    void addAddress(final NetDevice device, final int address, final int prefixLength, final int broadcast)
    {
        for (final InterfaceAddress existing : device.addresses)
        {
            if (existing.address() == address && existing.prefixLength() == prefixLength)
            {
                throw new NetlinkException(Errno.EEXIST, "ipv4: Address already assigned.");
            }
        }
        final Scope scope = (address >>> 24) == 127 ? Scope.HOST : Scope.UNIVERSE;
        addAddressInternal(device, new InterfaceAddress(address, prefixLength, broadcast, scope, device.name));
    }

    private void addAddressInternal(final NetDevice device, final InterfaceAddress address)
    {
        device.addresses.add(address);
        addAddressRoutes(device, address);
    }

    /** @return the primary address of {@code address}'s subnet on the device: itself unless it is secondary. */
    private InterfaceAddress primaryOf(final NetDevice device, final InterfaceAddress address)
    {
        for (final InterfaceAddress other : device.addresses)
        {
            if (other == address)
            {
                return address;
            }
            if (other.prefixLength() == address.prefixLength() && other.covers(address.address()))
            {
                return other;
            }
        }
        return address;
    }

    /** @return true when another address of the device covers the same subnet first (a secondary address). */
    boolean isSecondary(final NetDevice device, final InterfaceAddress address)
    {
        for (final InterfaceAddress other : device.addresses)
        {
            if (other == address)
            {
                return false;
            }
            if (other.prefixLength() == address.prefixLength() && other.covers(address.address()))
            {
                return true;
            }
        }
        return false;
    }

    /** fib_add_ifaddr. */
    private void addAddressRoutes(final NetDevice device, final InterfaceAddress address)
    {
        final int local = address.address();
        // fib_add_ifaddr: the local route's prefsrc is the subnet's primary address (itself unless secondary).
        fib.insertKernelRoute(new Route(Route.Type.LOCAL, Route.Table.LOCAL, local, 32, 0, device,
            Route.Protocol.KERNEL, Scope.HOST, primaryOf(device, address).address(), 0));
        if (!device.adminUp)
        {
            return;
        }
        if (address.broadcast() != 0 && address.broadcast() != 0xFFFF_FFFF)
        {
            fib.insertKernelRoute(new Route(Route.Type.BROADCAST, Route.Table.LOCAL, address.broadcast(), 32, 0,
                device, Route.Protocol.KERNEL, Scope.LINK, local, 0));
        }
        final int prefix = address.network();
        if (prefix != 0 && !isSecondary(device, address) && (prefix != local || address.prefixLength() < 32))
        {
            if (device.isLoopback())
            {
                fib.insertKernelRoute(new Route(Route.Type.LOCAL, Route.Table.LOCAL, prefix,
                    address.prefixLength(), 0, device, Route.Protocol.KERNEL, Scope.HOST, local, 0));
            }
            else
            {
                fib.insertKernelRoute(new Route(Route.Type.UNICAST, Route.Table.MAIN, prefix,
                    address.prefixLength(), 0, device, Route.Protocol.KERNEL, Scope.LINK, local, 0));
            }
            if (address.prefixLength() < 31)
            {
                fib.insertKernelRoute(new Route(Route.Type.BROADCAST, Route.Table.LOCAL, prefix | ~address.mask(),
                    32, 0, device, Route.Protocol.KERNEL, Scope.LINK, local, 0));
            }
        }
    }

    /**
     * NETDEV_UP (inetdev_event, then fib_netdev_event): every address of the device gets its routes again, now
     * with the subnet and broadcast routes that a down device does not have.
     */
    void deviceUp(final NetDevice device)
    {
        if (device.isLoopback() && device.addresses.isEmpty())
        {
            // inetdev_event NETDEV_UP on a loopback without addresses adds 127.0.0.1/8 scope host.
            addAddressInternal(device, new InterfaceAddress(0x7F000001, 8, 0, Scope.HOST, "lo"));
        }
        for (final InterfaceAddress address : device.addresses)
        {
            addAddressRoutes(device, address);
        }
    }

    /**
     * NETDEV_DOWN (fib_disable_ip): every route through the device goes, user routes included, except those of host
     * scope (the local routes of the addresses it keeps, and {@code scope host} routes): fib_sync_down_dev without
     * force leaves nexthops of scope "nowhere" alone.
     */
    void deviceDown(final NetDevice device)
    {
        fib.removeIf(route -> route.device == device && route.scope != Scope.HOST.value());
    }

    /** A device renamed: addresses labelled with its old name (as they are by default) take the new one. */
    void relabel(final NetDevice device, final String newName)
    {
        for (int i = 0; i < device.addresses.size(); i++)
        {
            final InterfaceAddress a = device.addresses.get(i);
            if (a.label().equals(device.name))
            {
                device.addresses.set(i, new InterfaceAddress(a.address(), a.prefixLength(), a.broadcast(),
                    a.scope(), newName));
            }
        }
    }

    /** {@code ip addr del}: a prefix length of -1 matches any (iproute2's wildcard deletion). */
    void deleteAddress(final NetDevice device, final int address, final int prefixLength)
    {
        for (final InterfaceAddress existing : device.addresses)
        {
            if (existing.address() == address && (prefixLength < 0 || existing.prefixLength() == prefixLength))
            {
                removeAddress(device, existing);
                return;
            }
        }
        throw new NetlinkException(Errno.EADDRNOTAVAIL, "ipv4: Address not found.");
    }

    /** {@code ip addr flush dev DEV}: returns how many addresses went. */
    int flushAddresses(final NetDevice device)
    {
        final int count = device.addresses.size();
        removeAllAddresses(device);
        return count;
    }

    /** Every address of the device goes, the last added first (a device leaving or flushed). */
    void removeAllAddresses(final NetDevice device)
    {
        while (!device.addresses.isEmpty())
        {
            removeAddress(device, device.addresses.get(device.addresses.size() - 1));
        }
    }

    /**
     * fib_del_ifaddr + fib_sync_down_addr: the address's own routes go; when it was the last address of the device,
     * every route through the device goes (fib_disable_ip with force).
     */
    private void removeAddress(final NetDevice device, final InterfaceAddress address)
    {
        device.addresses.remove(address);
        final int local = address.address();
        fib.removeIf(route -> route.device == device && route.protocol == Route.Protocol.KERNEL
            && (route.preferredSource == local || (route.type == Route.Type.LOCAL && route.destination == local)));
        fib.removeIf(route -> route.preferredSource == local && route.protocol != Route.Protocol.KERNEL);
        if (device.addresses.isEmpty())
        {
            fib.removeIf(route -> route.device == device);
        }
        else
        {
            // A secondary of the same subnet becomes primary and brings the subnet's routes back.
            for (final InterfaceAddress remaining : device.addresses)
            {
                addAddressRoutes(device, remaining);
            }
        }
    }

    /**
     * inet_select_addr: a primary address of the device (preferring the destination's subnet), else any. The output
     * route lookup calls it on the frame path for routes without a prefsrc.
     */
    int selectSourceAddress(final NetDevice device, final int destination, final Scope scope)
    {
        int candidate = 0;
        if (device != null)
        {
            for (final InterfaceAddress address : device.addresses)
            {
                if (address.scope().value() > scope.value() || isSecondary(device, address))
                {
                    continue;
                }
                if (destination == 0 || address.covers(destination))
                {
                    return address.address();
                }
                if (candidate == 0)
                {
                    candidate = address.address();
                }
            }
        }
        if (candidate != 0)
        {
            return candidate;
        }
        for (final NetDevice other : namespace.devicesInIndexOrder())
        {
            for (final InterfaceAddress address : other.addresses)
            {
                if (address.scope() != Scope.LINK && address.scope().value() <= scope.value()
                    && !isSecondary(other, address))
                {
                    return address.address();
                }
            }
        }
        return 0;
    }
}
