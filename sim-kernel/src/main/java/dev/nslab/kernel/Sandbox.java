package dev.nslab.kernel;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.nslab.kernel.KernelBackendException.Reason;

/**
 * One running sandbox: a bash driver as PID 1 of fresh namespaces, confined as {@link SandboxEnvironment} says (see
 * {@code sandbox-driver.sh}), that runs the commands it is sent, one at a time, and reports each exit code after a
 * marker no command prints.
 *
 * <p>Not thread-safe: one thread sends commands and reads their output. That thread must outlive the sandbox,
 * because the sandbox dies with the thread that started it ({@code PR_SET_PDEATHSIG} follows the parent thread).
 */
final class Sandbox implements AutoCloseable
{
    private static final int NUL = 0;

    /** The most output held before it is handed on, line or no line. */
    static final int MAX_CHUNK = 64 * 1024;

    /** The longest status a marker line carries ("ready taps", an exit code). */
    private static final int MAX_STATUS = 32;

    private final Process process;
    private final InputStream fromDriver;
    private final OutputStream toDriver;
    private final ByteArrayOutputStream driverErrors = new ByteArrayOutputStream();
    private final Thread errorReader;
    private final byte[] marker;
    private final ScheduledExecutorService watchdog;
    private volatile boolean timedOut;
    private boolean taps;
    /** The byte {@link #readMarker} read past a NUL that was output, not a marker. */
    private int pushedBack;

    private Sandbox(final Process process, final byte[] marker)
    {
        this.process = process;
        this.marker = marker;
        this.fromDriver = new BufferedInputStream(process.getInputStream());
        this.toDriver = process.getOutputStream();
        this.errorReader = new Thread(this::collectDriverErrors, "nslab-sandbox-stderr");
        this.errorReader.setDaemon(true);
        this.errorReader.start();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable ->
        {
            final Thread thread = new Thread(runnable, "nslab-sandbox-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a sandbox without captures, as this process's identity, and waits until it is ready. */
    static Sandbox start(final Duration readyTimeout) throws KernelBackendException
    {
        return start(SandboxIdentity.ofThisProcess(), readyTimeout, null, List.of());
    }

    /**
     * Starts a sandbox and waits until its root, namespaces and mounts are ready (and, with captures, until the
     * interfaces up at the start, i.e. {@code lo}, are captured).
     *
     * @param identity       who the sandbox runs as.
     * @param captureStage   host directory where the driver's tcpdumps write, or null for no capture.
     * @param captureOnly    capture names ({@code DEV}, {@code NS/DEV}) to capture; empty for every interface.
     */
    static Sandbox start(final SandboxIdentity identity, final Duration readyTimeout, final Path captureStage,
        final List<String> captureOnly) throws KernelBackendException
    {
        final String markerText = "nslab-" + ProcessHandle.current().pid() + "-"
            + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
        final ProcessBuilder builder = new ProcessBuilder(SandboxEnvironment.sandboxCommand(identity,
            SandboxScripts.DRIVER.text(), markerText, captureStage, captureOnly));
        SandboxEnvironment.pin(builder);
        final Process process;
        try
        {
            process = builder.start();
        }
        catch (final IOException e)
        {
            throw new KernelBackendException(Reason.UNAVAILABLE, "cannot start the kernel sandbox: " + e.getMessage());
        }
        final Sandbox sandbox = new Sandbox(process, markerText.getBytes(StandardCharsets.US_ASCII));
        try
        {
            final String ready = sandbox.await(readyTimeout, chunk -> { });
            if (!ready.startsWith("ready "))
            {
                throw sandbox.failure("the sandbox did not start");
            }
            sandbox.taps = ready.equals("ready taps");
        }
        catch (final KernelBackendException e)
        {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    /** @return whether commands in this sandbox may make taps (it has a tun device node its root may open). */
    boolean canMakeTaps()
    {
        return taps;
    }

    /**
     * Runs one command inside the sandbox.
     *
     * @param words  the argv, run as is (no shell).
     * @param limit  after this long the whole sandbox is killed and the run fails.
     * @param output receives stdout and stderr, merged in order, in chunks of whole lines (the rest at the end).
     * @return the command's exit code.
     */
    int run(final List<String> words, final Duration limit, final Consumer<String> output) throws KernelBackendException
    {
        try
        {
            final ByteArrayOutputStream request = new ByteArrayOutputStream();
            writeWord(request, Integer.toString(words.size()));
            for (final String word : words)
            {
                writeWord(request, word);
            }
            toDriver.write(request.toByteArray());
            toDriver.flush();
        }
        catch (final IOException e)
        {
            throw failure("the sandbox stopped taking commands");
        }
        final String status = await(limit, output);
        try
        {
            return Integer.parseInt(status);
        }
        catch (final NumberFormatException e)
        {
            throw failure("unexpected sandbox status '" + status + "'");
        }
    }

    /**
     * Stops every capture with SIGINT and waits until each tcpdump has written its file and exited.
     *
     * @param limit after this long the whole sandbox is killed (the files keep their whole records).
     */
    void stopCaptures(final Duration limit) throws KernelBackendException
    {
        try
        {
            final ByteArrayOutputStream request = new ByteArrayOutputStream();
            writeWord(request, "0");
            toDriver.write(request.toByteArray());
            toDriver.flush();
        }
        catch (final IOException e)
        {
            throw failure("the sandbox stopped taking commands");
        }
        final String status = await(limit, chunk -> { });
        if (!status.equals("0"))
        {
            throw failure("unexpected sandbox status '" + status + "' when stopping captures");
        }
    }

    /**
     * For an interrupted run (the JVM is shutting down, the driver may be busy with a command): ends every tcpdump
     * in the sandbox with SIGTERM, which tcpdump handles exactly as SIGINT, and waits for them to exit. Any thread.
     */
    void terminateCaptures(final Duration wait)
    {
        final List<ProcessHandle> tcpdumps = process.toHandle().descendants()
            .filter(p -> p.info().command().map(command -> command.endsWith("/tcpdump")).orElse(false))
            .toList();
        tcpdumps.forEach(ProcessHandle::destroy);
        final long deadline = System.nanoTime() + wait.toNanos();
        for (final ProcessHandle tcpdump : tcpdumps)
        {
            try
            {
                tcpdump.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            catch (final Exception e)
            {
                // Not gone in time: its file still holds every record it wrote (tcpdump -U).
            }
        }
    }

    /** Kills the sandbox; every process, mount and namespace in it goes with PID 1. */
    @Override
    public void close()
    {
        watchdog.shutdownNow();
        process.destroyForcibly();
        try
        {
            toDriver.close();
        }
        catch (final IOException e)
        {
            // The driver is gone already; nothing left to close.
        }
        try
        {
            process.waitFor(5, TimeUnit.SECONDS);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    /** The process that owns the sandbox (setpriv, then unshare); killing it kills the sandbox. */
    ProcessHandle owner()
    {
        return process.toHandle();
    }

    /** Reads output until the next marker line and returns what follows the marker ("ready ..." or an exit code). */
    private String await(final Duration limit, final Consumer<String> output) throws KernelBackendException
    {
        final ScheduledFuture<?> alarm = watchdog.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        try
        {
            final ByteArrayOutputStream pending = new ByteArrayOutputStream();
            int b = fromDriver.read();
            while (true)
            {
                if (b < 0)
                {
                    flush(pending, output);
                    throw failure(timedOut
                        ? "a command ran longer than " + limit.toSeconds() + " s; the sandbox was killed"
                        : "the sandbox ended unexpectedly");
                }
                if (b == NUL)
                {
                    final String status = readMarker(pending);
                    if (status != null)
                    {
                        flush(pending, output);
                        return status;
                    }
                    b = pushedBack;
                    continue;
                }
                // A line longer than a chunk goes out in pieces, cut before a character starts: memory stays
                // bounded whatever a command prints.
                if (pending.size() >= MAX_CHUNK && (!isUtf8Continuation(b) || pending.size() >= 2 * MAX_CHUNK))
                {
                    flush(pending, output);
                }
                pending.write(b);
                if (b == '\n')
                {
                    flush(pending, output);
                }
                b = fromDriver.read();
            }
        }
        catch (final IOException e)
        {
            // Once the process nslab started has exited, the JVM closes its end of the pipe: that is an end too.
            throw failure(timedOut ? "a command ran longer than " + limit.toSeconds() + " s; the sandbox was killed"
                : process.isAlive() ? "cannot read from the sandbox: " + e.getMessage() : "the sandbox ended unexpectedly");
        }
        finally
        {
            alarm.cancel(false);
        }
    }

    /**
     * Reads what follows a NUL, as far as it matches the marker line ({@code marker status\n}, status at most
     * {@link #MAX_STATUS} characters). @return the status, or null when the NUL was a command's own output: then
     * the NUL and the bytes that matched go to {@code pending}, and the byte that did not match (perhaps another
     * NUL, or -1 at the end) is left in {@link #pushedBack} for the caller.
     */
    private String readMarker(final ByteArrayOutputStream pending) throws IOException, KernelBackendException
    {
        int matched = 0;
        int b = fromDriver.read();
        while (matched < marker.length && b == (marker[matched] & 0xff))
        {
            matched++;
            b = fromDriver.read();
        }
        if (matched == marker.length && b == ' ')
        {
            final StringBuilder status = new StringBuilder();
            while ((b = fromDriver.read()) >= 0 && b != '\n' && status.length() <= MAX_STATUS)
            {
                status.append((char) b);
            }
            if (b == '\n')
            {
                return status.toString();
            }
            throw failure("the sandbox driver broke its protocol");
        }
        pending.write(NUL);
        pending.write(marker, 0, matched);
        pushedBack = b;
        return null;
    }

    private static boolean isUtf8Continuation(final int b)
    {
        return (b & 0xc0) == 0x80;
    }

    private static void flush(final ByteArrayOutputStream pending, final Consumer<String> output)
    {
        if (pending.size() > 0)
        {
            output.accept(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }
    }

    private void expire()
    {
        timedOut = true;
        process.destroyForcibly();
    }

    private KernelBackendException failure(final String problem)
    {
        close();
        try
        {
            errorReader.join(1000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        final String detail;
        synchronized (driverErrors)
        {
            detail = driverErrors.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                .findFirst().map(line -> " (" + line.trim() + ")").orElse("");
        }
        return new KernelBackendException(Reason.SANDBOX_FAILED, "kernel backend: " + problem + detail);
    }

    private void collectDriverErrors()
    {
        final byte[] buffer = new byte[1024];
        try (InputStream errors = process.getErrorStream())
        {
            int n;
            while ((n = errors.read(buffer)) > 0)
            {
                synchronized (driverErrors)
                {
                    if (driverErrors.size() < 64 * 1024)
                    {
                        driverErrors.write(buffer, 0, n);
                    }
                }
            }
        }
        catch (final IOException e)
        {
            // The sandbox is gone; what we have is all there is.
        }
    }

    private static void writeWord(final ByteArrayOutputStream out, final String word)
    {
        out.writeBytes(word.getBytes(StandardCharsets.UTF_8));
        out.write(NUL);
    }
}
