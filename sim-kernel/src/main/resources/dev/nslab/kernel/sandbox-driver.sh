# nslab kernel sandbox driver: runs as PID 1 of fresh PID, mount and network namespaces.
# $1 is a per-run marker. Commands arrive on stdin as: word count, then each word, all NUL-terminated.
# Each command runs with stdout and stderr on the same pipe (one stream, in order), then the driver
# prints NUL, the marker and the exit code, so the reader can tell output from bookkeeping.
set -u
marker=$1

fail() { echo "nslab sandbox: $*" >&2; exit 1; }

# ip netns keeps its names under /var/run/netns (/run/netns on Debian): give the sandbox its own,
# empty /run so no name or mount ever reaches the machine's. A fresh sysfs shows this namespace's devices.
run_dir=$(readlink -f /var/run) || fail "cannot resolve /var/run"
mount -n -t tmpfs -o mode=0755,nosuid,nodev nslab-run "$run_dir" || fail "cannot mount a tmpfs on $run_dir"
mkdir -p "$run_dir/netns" || fail "cannot create $run_dir/netns"
mount -n -t tmpfs -o mode=0755,nosuid,nodev nslab-netns "$run_dir/netns" || fail "cannot mount a tmpfs on $run_dir/netns"
mount -n -t sysfs nslab-sysfs /sys || fail "cannot mount sysfs"
ip link set lo up || fail "cannot bring lo up"

printf '\0%s ready\n' "$marker"
while IFS= read -r -d '' count; do
    [[ $count =~ ^[0-9]+$ ]] || fail "protocol error: expected a word count, got '$count'"
    words=()
    for ((i = 0; i < count; i++)); do
        IFS= read -r -d '' word || exit 0
        words+=("$word")
    done
    "${words[@]}" </dev/null 2>&1
    printf '\0%s %d\n' "$marker" "$?"
done
