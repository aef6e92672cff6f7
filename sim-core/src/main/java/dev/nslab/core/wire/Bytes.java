package dev.nslab.core.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Big-endian (network order) reads and writes on byte arrays, through VarHandles so wide fields cost one access. */
public final class Bytes
{
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Bytes()
    {
    }

    public static int u8(final byte[] b, final int i)
    {
        return b[i] & 0xFF;
    }

    public static int u16(final byte[] b, final int i)
    {
        return (short) SHORT.get(b, i) & 0xFFFF;
    }

    public static void u16(final byte[] b, final int i, final int value)
    {
        SHORT.set(b, i, (short) value);
    }

    public static int i32(final byte[] b, final int i)
    {
        return (int) INT.get(b, i);
    }

    public static void i32(final byte[] b, final int i, final int value)
    {
        INT.set(b, i, value);
    }

    public static long i64(final byte[] b, final int i)
    {
        return (long) LONG.get(b, i);
    }

    public static void i64(final byte[] b, final int i, final long value)
    {
        LONG.set(b, i, value);
    }

    /** Reads a 48-bit MAC address into the low bits of a long. */
    public static long mac(final byte[] b, final int i)
    {
        return ((long) u16(b, i) << 32) | (i32(b, i + 2) & 0xFFFF_FFFFL);
    }

    /** Writes the low 48 bits of {@code mac}. */
    public static void mac(final byte[] b, final int i, final long mac)
    {
        u16(b, i, (int) (mac >>> 32));
        i32(b, i + 2, (int) mac);
    }
}
