package dev.nslab.cli.emulation;

/**
 * ip's global options that change what a command does or prints.
 *
 * @param inetOnly   {@code -4} / {@code -family inet}: IPv4 only.
 * @param inet6Only  {@code -6} / {@code -family inet6}: IPv6 only (the last family option wins).
 * @param brief      {@code -br}: one line per device.
 * @param statistics {@code -s}, counted.
 * @param details    {@code -d}, counted.
 * @param oneline    {@code -o}.
 * @param all        {@code -all}: every namespace (for {@code netns delete}).
 * @param json       {@code -j}.
 * @param pretty     {@code -p}, which changes JSON only.
 */
record IpOptions(boolean inetOnly, boolean inet6Only, boolean brief, int statistics, int details, boolean oneline, boolean all,
    boolean json, boolean pretty)
{
}
