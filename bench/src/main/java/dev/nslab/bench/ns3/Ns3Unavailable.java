package dev.nslab.bench.ns3;

/** ns-3 cannot be measured here: the message is one line saying why (and what to install), for the report. */
public final class Ns3Unavailable extends Exception
{
    private static final long serialVersionUID = 1L;

    public Ns3Unavailable(final String reason)
    {
        super(reason);
    }
}
