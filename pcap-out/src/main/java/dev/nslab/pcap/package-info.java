/**
 * Captures of simulated interfaces that open in Wireshark: {@link dev.nslab.pcap.PcapDirectorySink} writes one
 * classic nanosecond pcap per interface ({@code --pcap DIR}), {@link dev.nslab.pcap.PcapngFileSink} one pcapng
 * per run with named interfaces and directions ({@code --pcapng FILE}). Both implement
 * {@link dev.nslab.core.capture.CaptureSink}.
 *
 * <h2>Threads</h2>
 * The simulation thread calls {@code open} and {@code capture}; {@code capture} copies the frame into a
 * preallocated byte ring ({@code CaptureRing}) and returns, with no allocation and no lock. One writer thread per
 * sink formats and writes the files. A full ring makes the simulation thread wait (spin, yield, park) rather than
 * drop, so captures are complete and deterministic.
 *
 * <h2>Names and places</h2>
 * {@link dev.nslab.pcap.CaptureInterface} names every interface one way for both backends: {@code DEV} in the
 * initial namespace, {@code NS/DEV} in namespace {@code NS}; its pcap is {@code DIR/DEV.pcap} or
 * {@code DIR/netns/NS/DEV.pcap}. {@link dev.nslab.pcap.CaptureDirectory} keeps {@code DIR} safe: no link followed,
 * no file overwritten that nslab did not make, a manifest of what it made so that a re-run replaces it.
 *
 * <h2>Files</h2>
 * Timestamps are {@link dev.nslab.pcap.CaptureOptions#epoch()} (default 2026-01-01T00:00:00Z) plus virtual time,
 * never the wall clock: the same input gives byte-identical files. Staged records reach the file at least every
 * 50 ms and every 64 KiB, always as whole records, so a {@code kill -9} leaves a file that reads to its last whole
 * record. A write error stops capturing, cuts the file back to its last whole record and is reported once by
 * {@code failure()} as a one-line {@link dev.nslab.pcap.CaptureException}.
 *
 * <h2>Reading, merging, comparing</h2>
 * {@link dev.nslab.pcap.PcapFileReader} and {@link dev.nslab.pcap.PcapngFileReader} read captures back (any
 * magic and byte order; a file cut short ends at its last whole record); {@link dev.nslab.pcap.CaptureFiles}
 * reads a {@code --pcap} directory or a {@code --pcapng} file alike. {@link dev.nslab.pcap.PcapMerger} turns the
 * kernel backend's per-interface pcaps (tcpdump's) into one pcapng with named interfaces and no direction;
 * {@link dev.nslab.pcap.CaptureDelivery} copies their whole records into the outputs while tcpdump still writes
 * them, so a {@code kill -9} of the kernel backend's JVM leaves readable files too.
 * {@link dev.nslab.pcap.CaptureSummary} reduces any capture to protocol-level lines (ARP and IPv4 only) for
 * {@code nslab diff --pcap}.
 *
 * <h2>Wiring (CLI)</h2>
 * <pre>{@code
 * PcapngFileSink sink = new PcapngFileSink(file, CaptureOptions.defaults().withFilter(CaptureFilter.parse(list)));
 * Runtime.getRuntime().addShutdownHook(new Thread(sink::close, "nslab-capture-close")); // SIGINT/SIGTERM
 * ... run; between events, sink.failure().ifPresent(stop the run) ...
 * sink.close();                                         // idempotent; returns when the files are complete
 * sink.failure().ifPresent(e -> { System.err.println("nslab: " + e.getMessage()); exit 1 });
 * }</pre>
 */
package dev.nslab.pcap;
