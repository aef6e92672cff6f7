package dev.nslab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.nslab.pcap.CaptureDelivery;
import dev.nslab.pcap.CaptureDirectory;
import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.CaptureInterface;
import dev.nslab.pcap.PcapngFileSink;

/**
 * The host directory the sandbox's tcpdumps write into, and the delivery of what they write to what was asked for
 * ({@code --pcap DIR}, {@code --pcapng FILE}) while the run goes on: after every command and about every
 * {@value #DELIVERY_PERIOD_MS} ms from a thread of its own, the whole records staged so far are copied into the
 * outputs (see {@link CaptureDelivery}), so that even {@code kill -9} of the JVM leaves them readable to their last
 * whole record. At the end the pcapng is rewritten in time order and the staging directory goes.
 *
 * <p>The driver's staging contract: {@code N.pcap} (tcpdump {@code -w}, {@code -U}, nanosecond pcap), {@code N.log}
 * (its stderr), {@code manifest} with one record {@code N\0NAMESPACE\0DEVICE\0} appended when capture N starts
 * (see {@link DriverNames}), and {@code warnings}, one line per capture that could not start. The directory may
 * belong to the sandbox's unprivileged user: nothing in it is trusted to be what it claims (numbers are checked,
 * links are never followed, only regular files are read).
 *
 * <p>The staging directory is {@code nslab-capture-PID-*} in {@code java.io.tmpdir}, mode 0700; one left by a JVM
 * that was killed ({@code kill -9} runs no cleanup) is removed by the next run.
 */
final class CaptureStaging
{
    /** How often the delivery thread copies what was staged, between the copies after each command. */
    static final long DELIVERY_PERIOD_MS = 200;

    private static final String PREFIX = "nslab-capture-";
    private static final Pattern STALE = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");
    private static final Pattern CAPTURE_NUMBER = Pattern.compile("[1-9][0-9]{0,9}");
    private static final String MANIFEST = "manifest";
    private static final String WARNINGS = "warnings";
    private static final int MANIFEST_FIELDS = 3;
    /** About 50,000 captures; more is no driver's doing, and is not read into memory. */
    private static final long MANIFEST_LIMIT = 16 << 20;

    /** What {@link #finish()} wrote. */
    record Result(List<Path> files, List<String> warnings)
    {
    }

    private final KernelCapture request;
    private final Path directory;
    private final CaptureDelivery delivery;
    /** Bytes of the manifest already turned into followed captures. */
    private long manifestRead;
    private final List<String> warnings = new ArrayList<>();
    private volatile boolean stopping;
    private Thread deliverer;
    private Result result;

    private CaptureStaging(final KernelCapture request, final Path directory, final CaptureDelivery delivery)
    {
        this.request = request;
        this.directory = directory;
        this.delivery = delivery;
    }

    /**
     * Makes the outputs ready before anything runs (the pcapng created, the pcap directory emptied of an earlier
     * run's files, or refused), then the staging directory.
     *
     * @throws CaptureException with one line for the user when an output or the staging directory cannot be made.
     */
    static CaptureStaging create(final KernelCapture request) throws CaptureException
    {
        if (null != request.pcapngFile())
        {
            PcapngFileSink.requireReplaceable(request.pcapngFile());
        }
        final CaptureDirectory pcaps = null == request.pcapDirectory() ? null
            : CaptureDirectory.prepare(request.pcapDirectory(), request.pcapngFile());
        final CaptureDelivery delivery = CaptureDelivery.open(pcaps, request.pcapngFile());
        final Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(temporary);
        try
        {
            return new CaptureStaging(request,
                Files.createTempDirectory(temporary, PREFIX + ProcessHandle.current().pid() + "-"), delivery);
        }
        catch (final IOException ex)
        {
            delivery.abort();
            throw CaptureException.cannotCreateDirectory(temporary.resolve(PREFIX + "*"), ex);
        }
    }

    /**
     * @return where tcpdump writes (passed to the driver).
     */
    Path directory()
    {
        return directory;
    }

    /**
     * Starts the thread that delivers about every {@value #DELIVERY_PERIOD_MS} ms until {@link #finish()}. A
     * failure stops it; the next {@link #deliver()} reports it.
     */
    synchronized void startDelivering()
    {
        if (null != deliverer || null != result)
        {
            return;
        }
        deliverer = new Thread(this::deliverPeriodically, "nslab-kernel-capture-delivery");
        // Daemon: it must never keep a JVM alive; finish() and the shutdown hook deliver the rest.
        deliverer.setDaemon(true);
        deliverer.start();
    }

    /**
     * Copies what the tcpdumps wrote since the last call into the outputs. Any thread.
     *
     * @throws CaptureException when an output cannot be written (then delivery has stopped for good).
     */
    synchronized void deliver() throws CaptureException
    {
        if (null != result)
        {
            return;
        }
        followNewCaptures();
        delivery.deliver();
    }

    /**
     * Delivers the rest, rewrites the pcapng in time order and removes the staging directory. Any thread (the
     * shutdown hook too), any number of times: the first call does the work, later ones return its result. Call
     * only once the tcpdumps have ended.
     *
     * @throws CaptureException when an output cannot be written; the staging directory is removed all the same.
     */
    Result finish() throws CaptureException
    {
        stopDelivering();
        synchronized (this)
        {
            if (null != result)
            {
                return result;
            }
            try
            {
                followNewCaptures();
                final CaptureDelivery.Result delivered = delivery.finish();
                final List<String> all = new ArrayList<>(warnings);
                all.addAll(delivered.warnings());
                all.addAll(readWarnings());
                result = new Result(delivered.files(), all);
                return result;
            }
            finally
            {
                deleteStaging(directory);
                if (null == result)
                {
                    delivery.abort();
                    result = new Result(List.of(), warnings);
                }
            }
        }
    }

    private void deliverPeriodically()
    {
        final long periodNs = TimeUnit.MILLISECONDS.toNanos(DELIVERY_PERIOD_MS);
        while (!stopping)
        {
            try
            {
                deliver();
            }
            catch (final CaptureException ex)
            {
                return; // kept by the delivery; the command thread's next deliver() reports it
            }
            // Bounded: finish() unparks it; a spurious wake-up only delivers early.
            LockSupport.parkNanos(this, periodNs);
        }
    }

    private void stopDelivering()
    {
        final Thread thread;
        synchronized (this)
        {
            stopping = true;
            thread = deliverer;
        }
        if (null == thread || thread == Thread.currentThread())
        {
            return;
        }
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive())
        {
            try
            {
                thread.join();
            }
            catch (final InterruptedException ex)
            {
                // Finish anyway: the outputs must not be closed under a pass in progress.
                interrupted = true;
            }
        }
        if (interrupted)
        {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the manifest records appended since the last call and follows each capture the filter accepts. */
    private void followNewCaptures()
    {
        final Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS))
        {
            return;
        }
        final byte[] bytes;
        try (FileChannel channel = FileChannel.open(manifest, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))
        {
            final long size = channel.size();
            if (size <= manifestRead)
            {
                return;
            }
            if (size > MANIFEST_LIMIT)
            {
                throw new IOException("larger than " + (MANIFEST_LIMIT >> 20) + " MiB");
            }
            final ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - manifestRead));
            while (buffer.hasRemaining() && channel.read(buffer, manifestRead + buffer.position()) >= 0)
            {
                // Read what is there.
            }
            bytes = Arrays.copyOf(buffer.array(), buffer.position());
        }
        catch (final IOException | ArithmeticException ex)
        {
            warnings.add("cannot read the kernel capture manifest: " + ex.getMessage());
            manifestRead = Long.MAX_VALUE;
            return;
        }
        final List<String> fields = new ArrayList<>(MANIFEST_FIELDS);
        int fieldStart = 0;
        int consumed = 0;
        for (int i = 0; i < bytes.length; i++)
        {
            if (bytes[i] == 0)
            {
                fields.add(new String(bytes, fieldStart, i - fieldStart, StandardCharsets.UTF_8));
                fieldStart = i + 1;
                if (fields.size() == MANIFEST_FIELDS)
                {
                    follow(fields.get(0), fields.get(1), fields.get(2));
                    fields.clear();
                    consumed = fieldStart;
                }
            }
        }
        // Only whole records are consumed; a partial one is the driver still writing it.
        manifestRead += consumed;
    }

    private void follow(final String number, final String namespace, final String device)
    {
        if (!CAPTURE_NUMBER.matcher(number).matches())
        {
            warnings.add("the kernel capture manifest names a capture '" + CaptureException.printable(number)
                + "'; left out");
            return;
        }
        final CaptureInterface captured;
        try
        {
            captured = DriverNames.interfaceOf(namespace, device);
        }
        catch (final IllegalArgumentException ex)
        {
            warnings.add("capture " + number + ": " + CaptureException.printable(ex.getMessage()) + "; left out");
            return;
        }
        if (request.filter().accepts(captured.namespace(), captured.device()))
        {
            delivery.follow(captured, directory.resolve(number + ".pcap"));
        }
    }

    private List<String> readWarnings()
    {
        final Path file = directory.resolve(WARNINGS);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
        {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))
        {
            final ByteBuffer buffer = ByteBuffer.allocate((int)Math.min(channel.size(), 1 << 20));
            while (buffer.hasRemaining() && channel.read(buffer) >= 0)
            {
                // Read what is there.
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines()
                .map(CaptureException::printable).toList();
        }
        catch (final IOException ex)
        {
            return List.of("cannot read the kernel capture warnings: " + ex.getMessage());
        }
    }

    /** Removes staging directories whose JVM is gone (killed with SIGKILL, so its cleanup never ran). */
    private static void removeStale(final Path temporary)
    {
        try (Stream<Path> entries = Files.list(temporary))
        {
            for (final Path entry : (Iterable<Path>)entries::iterator)
            {
                final Matcher matcher = STALE.matcher(entry.getFileName().toString());
                if (matcher.matches() && ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty()
                    && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                {
                    deleteStaging(entry);
                }
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            // Tidying only: a leftover directory costs a few kilobytes, never a wrong result.
        }
    }

    /**
     * Removes a staging directory and what is in it. Entries are removed relative to the open directory (a
     * {@link SecureDirectoryStream} where the platform has one), so a link planted in it is removed, never followed.
     */
    private static void deleteStaging(final Path staging)
    {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging))
        {
            if (entries instanceof SecureDirectoryStream<Path> secure)
            {
                deleteEntries(secure);
            }
            else
            {
                for (final Path entry : entries)
                {
                    Files.deleteIfExists(entry);
                }
            }
        }
        catch (final IOException ex)
        {
            // Already gone, or not ours to delete.
        }
        try
        {
            Files.deleteIfExists(staging);
        }
        catch (final IOException ex)
        {
            // Something the driver made that nslab will not descend into; the next run tries again.
        }
    }

    private static void deleteEntries(final SecureDirectoryStream<Path> directory) throws IOException
    {
        for (final Path entry : directory)
        {
            final Path name = entry.getFileName();
            final boolean isDirectory = directory.getFileAttributeView(name, BasicFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS).readAttributes().isDirectory();
            if (isDirectory)
            {
                try (SecureDirectoryStream<Path> inner = directory.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS))
                {
                    deleteEntries(inner);
                }
                directory.deleteDirectory(name);
            }
            else
            {
                directory.deleteFile(name);
            }
        }
    }
}
