package dev.nslab.bench.ns3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ns-3 echo program ({@code nslab-ns3-echo.cc}, a resource of this jar), built once with g++ against the
 * installed ns-3 into a cache directory (a binary named by the source's hash, so an edited source is rebuilt) and
 * run as a child process. Debian's {@code libns3-dev} puts the headers under {@code /usr/include/ns3} and the
 * libraries in the default path; its pkg-config files name a missing {@code libgsl.so}, so they are not used.
 */
public final class Ns3Program
{
    static final String SOURCE = "nslab-ns3-echo.cc";
    private static final List<String> LIBRARIES =
        List.of("-lns3-core", "-lns3-network", "-lns3-internet", "-lns3-point-to-point");
    private static final long BUILD_TIMEOUT_SECONDS = 600;
    private static final long RUN_TIMEOUT_SECONDS = 600;

    private final Path binary;

    private Ns3Program(final Path binary)
    {
        this.binary = binary;
    }

    /**
     * @param cacheDir where the binary is kept between runs (created if missing).
     * @param compiler the C++ compiler to call, normally {@code g++}.
     * @return the program, built now or found already built.
     * @throws Ns3Unavailable when the compiler or ns-3 is missing or the build fails, with the reason in one line.
     */
    public static Ns3Program build(final Path cacheDir, final String compiler) throws Ns3Unavailable
    {
        final byte[] source = source();
        final Path binary = cacheDir.resolve("nslab-ns3-echo-" + shortHash(source));
        if (Files.isExecutable(binary))
        {
            return new Ns3Program(binary);
        }
        if (!onPath(compiler))
        {
            throw new Ns3Unavailable("ns-3 not measured: " + compiler + " is not installed (apt-get install g++ ns3 "
                + "libns3-dev)");
        }
        try
        {
            Files.createDirectories(cacheDir);
            final Path sourceFile = cacheDir.resolve(binary.getFileName() + ".cc");
            Files.write(sourceFile, source);
            final Path partial = cacheDir.resolve(binary.getFileName() + ".partial");
            final List<String> command = new ArrayList<>(List.of(compiler, "-O2", "-std=c++17", "-o",
                partial.toString(), sourceFile.toString()));
            command.addAll(LIBRARIES);
            final Outcome outcome = execute(command, BUILD_TIMEOUT_SECONDS);
            if (outcome.exitCode != 0)
            {
                Files.deleteIfExists(partial);
                throw new Ns3Unavailable(reasonForBuildFailure(outcome.output));
            }
            Files.move(partial, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Ns3Program(binary);
        }
        catch (final IOException e)
        {
            throw new Ns3Unavailable("ns-3 not measured: building its program in " + cacheDir + " failed: "
                + e.getMessage());
        }
    }

    /**
     * @param compiler a command name or path.
     * @return whether it can be started (a dry run asks this without building anything).
     */
    public static boolean onPath(final String compiler)
    {
        try
        {
            return execute(List.of(compiler, "--version"), 60).exitCode == 0;
        }
        catch (final IOException e)
        {
            return false;
        }
    }

    /** @return the installed ns-3's version as its pkg-config file gives it (e.g. 3.37), or null. */
    public static String installedVersion()
    {
        try
        {
            final Outcome outcome = execute(List.of("pkg-config", "--modversion", "ns3-core"), 60);
            return outcome.exitCode == 0 && !outcome.output.isBlank() ? firstLine(outcome.output) : null;
        }
        catch (final IOException e)
        {
            return null;
        }
    }

    /**
     * @param routers    forwarding nodes between the two hosts (0 for the two-node ping).
     * @param warmUp     round trips before timing starts.
     * @param roundTrips timed round trips.
     * @throws Ns3Unavailable when the program fails or prints no result.
     */
    public Ns3Result run(final int routers, final long warmUp, final long roundTrips) throws Ns3Unavailable
    {
        try
        {
            final Outcome outcome = execute(List.of(binary.toString(), String.valueOf(routers),
                String.valueOf(warmUp), String.valueOf(roundTrips)), RUN_TIMEOUT_SECONDS);
            if (outcome.exitCode != 0)
            {
                throw new Ns3Unavailable("the ns-3 echo program failed (exit " + outcome.exitCode + "): "
                    + firstLine(outcome.output));
            }
            return Ns3Result.parse(outcome.output);
        }
        catch (final IOException | IllegalArgumentException e)
        {
            throw new Ns3Unavailable("the ns-3 echo program failed: " + e.getMessage());
        }
    }

    /** @return one line for the report from what g++ printed, naming the package that is missing where it can. */
    static String reasonForBuildFailure(final String compilerOutput)
    {
        if (compilerOutput.contains("ns3/core-module.h") && compilerOutput.contains("No such file"))
        {
            return "ns-3 not measured: its headers are not installed (apt-get install ns3 libns3-dev)";
        }
        if (compilerOutput.contains("cannot find -lns3"))
        {
            return "ns-3 not measured: its libraries are not installed (apt-get install ns3 libns3-dev)";
        }
        for (final String line : compilerOutput.split("\n"))
        {
            if (line.contains("error"))
            {
                return "ns-3 not measured: g++ could not build " + SOURCE + ": " + line.strip();
            }
        }
        return "ns-3 not measured: g++ could not build " + SOURCE + ": " + firstLine(compilerOutput);
    }

    private static String firstLine(final String text)
    {
        final String stripped = text.strip();
        final int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }

    private static byte[] source()
    {
        try (InputStream in = Ns3Program.class.getResourceAsStream(SOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException(SOURCE + " is missing from the bench jar");
            }
            return in.readAllBytes();
        }
        catch (final IOException e)
        {
            throw new IllegalStateException("cannot read " + SOURCE + " from the bench jar", e);
        }
    }

    private static String shortHash(final byte[] bytes)
    {
        try
        {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** What a child process printed (stdout and stderr together) and how it ended. */
    private record Outcome(int exitCode, String output)
    {
    }

    private static Outcome execute(final List<String> command, final long timeoutSeconds) throws IOException
    {
        // Output to a file, not a pipe, so that waiting for the process can time out.
        final Path output = Files.createTempFile("nslab-ns3-", ".out");
        try
        {
            final Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            try
            {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS))
                {
                    process.destroyForcibly();
                    throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
                }
            }
            catch (final InterruptedException e)
            {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while " + command.get(0) + " ran", e);
            }
            return new Outcome(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
        }
        finally
        {
            Files.deleteIfExists(output);
        }
    }
}
