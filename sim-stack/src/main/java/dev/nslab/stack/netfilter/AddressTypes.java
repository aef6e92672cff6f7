package dev.nslab.stack.netfilter;

/**
 * The type of an address in a namespace, as inet_addr_type_table answers it on the local table: RTN_BROADCAST for
 * 0.0.0.0/8 and 255.255.255.255, RTN_MULTICAST for 224.0.0.0/4, else the local table's route type (RTN_LOCAL,
 * RTN_BROADCAST), else RTN_UNICAST. The namespace's IPv4 provides it.
 */
@FunctionalInterface
public interface AddressTypes
{
    /** For a table that no namespace asks (tests): every address is unicast. */
    AddressTypes NONE = address -> 1;

    /** @return the RTN_* number of the address. */
    int typeOf(int address);
}
