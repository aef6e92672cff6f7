package dev.nslab.stack.link;

/** The kinds of device a namespace can hold. */
public enum DeviceKind
{
    LOOPBACK, VETH, TAP, BRIDGE
}
