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
 * One running sandbox: a bash driver as PID 1 of fresh namespaces (see {@code sandbox-driver.sh}) that runs the
 * commands it is sent, one at a time, and reports each exit code after a marker no command prints.
 *
 * <p>Not thread-safe: one thread sends commands and reads their output. That thread must outlive the sandbox,
 * because the sandbox dies with the thread that started it ({@code PR_SET_PDEATHSIG} follows the parent thread).
 */
final class Sandbox implements AutoCloseable
{
    private static final String DRIVER_RESOURCE = "sandbox-driver.sh";
    private static final int NUL = 0;

    private final Process process;
    private final InputStream fromDriver;
    private final OutputStream toDriver;
    private final ByteArrayOutputStream driverErrors = new ByteArrayOutputStream();
    private final Thread errorReader;
    private final byte[] marker;
    private final ScheduledExecutorService watchdog;
    private volatile boolean timedOut;

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

    /** Starts a sandbox without captures and waits until its namespaces and mounts are ready. */
    static Sandbox start(final Duration readyTimeout) throws KernelBackendException
    {
        return start(readyTimeout, null, List.of());
    }

    /**
     * Starts a sandbox and waits until its namespaces and mounts are ready (and, with captures, until the
     * interfaces up at the start, i.e. {@code lo}, are captured).
     *
     * @param captureStage   host directory where the driver's tcpdumps write, or null for no capture.
     * @param captureOnly    {@code NS/DEV} names to capture; empty for every interface.
     */
    static Sandbox start(final Duration readyTimeout, final Path captureStage, final List<String> captureOnly)
        throws KernelBackendException
    {
        final String markerText = "nslab-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
        final List<String> driver = new ArrayList<>(List.of(
            "bash", "--noprofile", "--norc", "-c", driverScript(), "nslab-sandbox", markerText));
        if (null != captureStage)
        {
            driver.add(captureStage.toString());
            driver.addAll(captureOnly);
        }
        final ProcessBuilder builder = new ProcessBuilder(SandboxEnvironment.sandboxCommand(driver.toArray(String[]::new)));
        SandboxEnvironment.pin(builder);
        final Process process;
        try
        {
            process = builder.start();
        }
        catch (final IOException e)
        {
            throw new KernelBackendException(Reason.UNAVAILABLE, "nslab: cannot start the kernel sandbox: " + e.getMessage());
        }
        final Sandbox sandbox = new Sandbox(process, markerText.getBytes(StandardCharsets.US_ASCII));
        try
        {
            final String ready = sandbox.await(readyTimeout, chunk -> { });
            if (!ready.equals("ready"))
            {
                throw sandbox.failure("the sandbox did not start");
            }
        }
        catch (final KernelBackendException e)
        {
            sandbox.close();
            throw e;
        }
        return sandbox;
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

    /** Reads output until the next marker line and returns what follows the marker ("ready" or an exit code). */
    private String await(final Duration limit, final Consumer<String> output) throws KernelBackendException
    {
        final ScheduledFuture<?> alarm = watchdog.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        try
        {
            final ByteArrayOutputStream pending = new ByteArrayOutputStream();
            while (true)
            {
                final int b = fromDriver.read();
                if (b < 0)
                {
                    flush(pending, output);
                    throw failure(timedOut
                        ? "a command ran longer than " + limit.toSeconds() + " s; the sandbox was killed"
                        : "the sandbox ended unexpectedly");
                }
                if (b == NUL)
                {
                    final String status = readMarkerLine(pending);
                    if (status != null)
                    {
                        flush(pending, output);
                        return status;
                    }
                    continue;
                }
                pending.write(b);
                if (b == '\n')
                {
                    flush(pending, output);
                }
            }
        }
        catch (final IOException e)
        {
            throw failure("cannot read from the sandbox: " + e.getMessage());
        }
        finally
        {
            alarm.cancel(false);
        }
    }

    /**
     * Reads the line after a NUL. @return the status after the marker, or null when the NUL was a command's own
     * output (then the bytes go back to {@code pending}).
     */
    private String readMarkerLine(final ByteArrayOutputStream pending) throws IOException
    {
        final ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = fromDriver.read()) >= 0 && b != '\n')
        {
            line.write(b);
        }
        final byte[] bytes = line.toByteArray();
        final boolean isMarker = bytes.length > marker.length + 1
            && java.util.Arrays.equals(bytes, 0, marker.length, marker, 0, marker.length)
            && bytes[marker.length] == ' ';
        if (isMarker)
        {
            return new String(bytes, marker.length + 1, bytes.length - marker.length - 1, StandardCharsets.US_ASCII);
        }
        pending.write(NUL);
        pending.write(bytes);
        if (b == '\n')
        {
            pending.write('\n');
        }
        return null;
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
        return new KernelBackendException(Reason.SANDBOX_FAILED, "nslab: kernel backend: " + problem + detail);
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

    private static String driverScript() throws KernelBackendException
    {
        try (InputStream in = Sandbox.class.getResourceAsStream(DRIVER_RESOURCE))
        {
            if (in == null)
            {
                throw new KernelBackendException(Reason.UNAVAILABLE, "nslab: " + DRIVER_RESOURCE + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new KernelBackendException(Reason.UNAVAILABLE, "nslab: cannot read " + DRIVER_RESOURCE + ": " + e.getMessage());
        }
    }
}
