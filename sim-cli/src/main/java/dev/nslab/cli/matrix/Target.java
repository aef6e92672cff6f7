package dev.nslab.cli.matrix;

/**
 * One column of the matrix: an address (IPv4, or global IPv6) and the namespace ({@code host} for the initial one)
 * that holds it.
 */
public record Target(String namespace, String address)
{
    @Override
    public String toString()
    {
        return namespace + " " + address;
    }
}
