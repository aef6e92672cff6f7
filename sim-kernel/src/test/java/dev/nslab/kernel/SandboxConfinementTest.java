package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Confinement that holds even if the command gate had a hole: a shell runs inside the sandbox on purpose (through
 * {@link Sandbox#run}, which only tests reach; scenarios reach the sandbox only through the gate) and tries, as the
 * sandbox's root, each thing a hostile scenario would want. Every attempt must fail, and the machine must be
 * exactly as before; a few positive controls prove the shell really ran with the sandbox's powers. It runs both as
 * root's sandbox and as a normal user's (uid 65534).
 */
class SandboxConfinementTest
{
    /** An attempt: a bash script that exits 0 only if the attack worked. */
    record Attempt(String name, String script)
    {
        @Override
        public String toString()
        {
            return name;
        }
    }

    private static final String MARKER = "nslab-escape-" + ProcessHandle.current().pid();

    static Stream<Arguments> attempts()
    {
        final long jvm = ProcessHandle.current().pid();
        final List<Attempt> attempts = List.of(
            new Attempt("write the root directory", "echo x >/" + MARKER),
            new Attempt("write /etc", "echo x >/etc/" + MARKER),
            new Attempt("write /usr", "echo x >/usr/" + MARKER),
            new Attempt("write /usr after remounting it read-write",
                "mount -o remount,bind,rw /usr 2>/dev/null; echo x >/usr/" + MARKER),
            new Attempt("write /etc/passwd", "echo 'x::0:0::/:/bin/sh' >>/etc/passwd"),
            new Attempt("reach the machine's /tmp", "ls -a /tmp | grep -v -x -e . -e .. | grep -q ."),
            new Attempt("reach the machine's /root, /home or /work", "ls /root/.m2 || ls /home/* || ls /work"),
            new Attempt("climb out of the capture mount", "cd /run/nslab-capture/../../.. && ls -d /work /root/.m2"),
            new Attempt("climb out through /proc/1/root", "ls /proc/1/root/work /proc/1/root/root/.m2"),
            new Attempt("read /etc/shadow", "head -c 1 /etc/shadow"),
            new Attempt("write kernel.core_pattern",
                "cat /proc/sys/kernel/core_pattern >/proc/sys/kernel/core_pattern"),
            new Attempt("write kernel.core_pattern after remounting /proc/sys read-write",
                "mount -o remount,bind,rw /proc/sys 2>/dev/null; "
                    + "cat /proc/sys/kernel/core_pattern >/proc/sys/kernel/core_pattern"),
            new Attempt("write vm.swappiness with sysctl", "sysctl -w vm.swappiness=$(cat /proc/sys/vm/swappiness)"),
            new Attempt("write kernel.modprobe", "cat /proc/sys/kernel/modprobe >/proc/sys/kernel/modprobe"),
            new Attempt("write fs.file-max", "cat /proc/sys/fs/file-max >/proc/sys/fs/file-max"),
            new Attempt("write a sysctl through a fresh proc",
                "mkdir -p /tmp/p && mount -t proc proc /tmp/p && cat /tmp/p/sys/vm/swappiness >/tmp/p/sys/vm/swappiness"),
            new Attempt("load a module with modprobe", "modprobe dummy"),
            new Attempt("load a module with insmod",
                "insmod /usr/lib/modules/$(uname -r)/kernel/drivers/net/dummy.ko 2>/dev/null"
                    + " || insmod /lib/modules/$(uname -r)/kernel/drivers/net/dummy.ko"),
            new Attempt("see the machine's processes", "ls /proc | grep -q -x " + jvm),
            new Attempt("signal the JVM", "kill -0 " + jvm),
            new Attempt("see more than the sandbox's few processes", "test $(ls -d /proc/[0-9]* | wc -l) -gt 30"),
            new Attempt("make a device node", "mknod /tmp/sda b 8 0"),
            new Attempt("open a disk", "head -c 1 /dev/vda || head -c 1 /dev/sda || head -c 1 /dev/nvme0n1"),
            new Attempt("mount the machine's disk", "mkdir -p /tmp/d && mount /dev/vda /tmp/d"),
            new Attempt("set the clock", "date -s \"$(date)\""),
            new Attempt("gain privileges from a setuid program",
                "test -u /usr/bin/su && /usr/bin/su -c 'test $(id -u) = 0 && grep -q \"^NoNewPrivs:.0\" /proc/self/status' root"),
            new Attempt("lose no_new_privs", "! grep -q '^NoNewPrivs:.1' /proc/self/status"),
            new Attempt("be root of the machine", "awk '$1 == 0 && $2 == 0' /proc/self/uid_map | grep -q ."),
            new Attempt("reach the machine's network", "ip link show | grep -v -e '^ ' -e ': lo:' | grep -q ."),
            new Attempt("reach the machine's cgroups", "mkdir /sys/fs/cgroup/" + MARKER),
            new Attempt("write a sysfs attribute of the machine", "echo 1 >/sys/kernel/mm/ksm/run"),
            new Attempt("use the machine's terminal", "test -e /dev/tty && echo x >/dev/tty"),
            new Attempt("keep a descriptor of the machine's file system", "ls -l /proc/[0-9]*/fd | grep -q -e ' /work' -e ' /root'"),
            new Attempt("reboot the machine", "echo b >/proc/sysrq-trigger"));
        return Stream.of(SandboxIdentity.ofThisProcess(), SandboxIdentity.unprivilegedUser())
            .flatMap(identity -> attempts.stream().map(attempt -> Arguments.of(describe(identity), identity, attempt)));
    }

    private static String describe(final SandboxIdentity identity)
    {
        return identity.preparedByRoot() ? "root" : "user " + identity.uid();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("attempts")
    void shouldRefuseEveryAttemptAndLeaveTheMachineUnchanged(final String who, final SandboxIdentity identity,
        final Attempt attempt) throws Exception
    {
        assumeSandbox(identity);
        final MachineSnapshot before = MachineSnapshot.take();
        final StringBuilder output = new StringBuilder();
        final int status;
        // With a capture directory bound in, as scenarios run with --pcap: one more way out to try.
        final Path stage = Files.createTempDirectory("nslab-test-stage-");
        Files.setAttribute(stage, "unix:uid", identity.uid());
        try (Sandbox sandbox = Sandbox.start(identity, Duration.ofSeconds(20), stage, List.of("no-such-device")))
        {
            status = sandbox.run(List.of("bash", "-c", attempt.script()), Duration.ofSeconds(20), output::append);
        }
        finally
        {
            try (Stream<Path> staged = Files.list(stage))
            {
                for (final Path file : staged.toList())
                {
                    Files.delete(file);
                }
            }
            Files.delete(stage);
        }
        assertTrue(status != 0, who + ": '" + attempt.name() + "' worked:\n" + output);
        System.out.println("confinement, " + who + ": " + attempt.name() + ": refused (exit " + status + ": "
            + output.toString().lines().filter(line -> !line.isBlank()).findFirst().orElse("no output") + ")");
        final MachineSnapshot after = MachineSnapshot.settled();
        assertEquals("", before.differenceFrom(after), who + ": '" + attempt.name() + "' changed the machine");
        assertTrue(Files.notExists(Path.of("/" + MARKER)) && Files.notExists(Path.of("/etc", MARKER))
            && Files.notExists(Path.of("/usr", MARKER)));
    }

    /** What the sandbox must be able to do, so that the refusals above are not an accident of a broken shell. */
    static Stream<Arguments> controls()
    {
        final List<Attempt> controls = List.of(
            new Attempt("runs as root of its user namespace", "test $(id -u) = 0"),
            new Attempt("writes its own /tmp", "echo x >/tmp/x && test -s /tmp/x"),
            new Attempt("writes its own network sysctls", "sysctl -w net.ipv4.ip_forward=1 >/dev/null"),
            new Attempt("makes namespaces, veths and pings between them", String.join(" && ",
                "ip netns add a", "ip netns add b", "ip link add va netns a type veth peer name vb netns b",
                "ip -n a addr add 10.9.0.1/24 dev va", "ip -n b addr add 10.9.0.2/24 dev vb",
                "ip -n a link set va up", "ip -n b link set vb up", "ip netns exec a ping -c 1 -W 2 10.9.0.2 >/dev/null")),
            new Attempt("reads /usr and /etc", "test -x /usr/sbin/ip && test -s /etc/passwd"),
            new Attempt("has a read-only root of its own", "grep -q ' / / ro,' /proc/self/mountinfo"));
        return Stream.of(SandboxIdentity.ofThisProcess(), SandboxIdentity.unprivilegedUser())
            .flatMap(identity -> controls.stream().map(control -> Arguments.of(describe(identity), identity, control)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("controls")
    void shouldStillDoWhatScenariosNeed(final String who, final SandboxIdentity identity, final Attempt control)
        throws Exception
    {
        assumeSandbox(identity);
        final MachineSnapshot before = MachineSnapshot.take();
        final StringBuilder output = new StringBuilder();
        try (Sandbox sandbox = Sandbox.start(identity, Duration.ofSeconds(20), null, List.of()))
        {
            assertEquals(0, sandbox.run(List.of("bash", "-c", control.script()), Duration.ofSeconds(20), output::append),
                who + ": '" + control.name() + "' failed:\n" + output);
        }
        assertEquals("", before.differenceFrom(MachineSnapshot.settled()));
    }

    /**
     * From inside, the sandbox's mount table: its own tmpfs, proc and sysfs mounts, read-only views of the machine's
     * /usr and /etc, and the few device nodes; no other file system of the machine, nothing of it writable.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("identities")
    void shouldMountNothingOfTheMachineButUsrEtcAndDeviceNodes(final String who, final SandboxIdentity identity)
        throws Exception
    {
        assumeSandbox(identity);
        final StringBuilder output = new StringBuilder();
        try (Sandbox sandbox = Sandbox.start(identity, Duration.ofSeconds(20), null, List.of()))
        {
            assertEquals(0, sandbox.run(List.of("cat", "/proc/self/mountinfo"), Duration.ofSeconds(20), output::append));
        }
        final List<String> devices = List.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom",
            "/dev/net/tun");
        final List<String> foreign = new ArrayList<>();
        for (final String line : output.toString().lines().toList())
        {
            // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
            final String[] halves = line.split(" - ", 2);
            final String[] fields = halves[0].split(" ");
            final String target = fields[4];
            final boolean readOnly = fields[5].startsWith("ro");
            final String type = halves[1].split(" ")[0];
            final boolean own = type.equals("tmpfs") || type.equals("proc") || type.equals("sysfs");
            final boolean view = (target.equals("/usr") || target.equals("/etc")) && readOnly;
            final boolean device = devices.contains(target) && (type.equals("devtmpfs") || type.equals("tmpfs"));
            if (!own && !view && !device)
            {
                foreign.add(line);
            }
            if (target.equals("/") && !readOnly)
            {
                foreign.add("writable root: " + line);
            }
        }
        assertEquals(List.of(), foreign, who + ": mounts:\n" + output);
    }

    static Stream<Arguments> identities()
    {
        return Stream.of(SandboxIdentity.ofThisProcess(), SandboxIdentity.unprivilegedUser())
            .map(identity -> Arguments.of(describe(identity), identity));
    }

    private static void assumeSandbox(final SandboxIdentity identity)
    {
        Assumptions.assumeTrue(KernelPreflight.effectiveUid() == 0 || !identity.preparedByRoot(),
            "a root sandbox needs root");
        String reason = null;
        try
        {
            KernelPreflight.check(identity);
        }
        catch (final KernelBackendException e)
        {
            reason = e.getMessage();
            System.out.println("Skipping a confinement test: " + reason);
        }
        final String why = reason;
        Assumptions.assumeTrue(null == why, () -> why);
    }
}
