# nslab kernel sandbox driver: runs as PID 1 of fresh PID, mount and network namespaces.
# $1 is a per-run marker. $2, when not empty, is a host directory where captures are staged; $3... are the
# NS/DEV names to capture (none: every interface). Commands arrive on stdin as: word count, then each word,
# all NUL-terminated; a word count of 0 means "stop every capture". Each command runs with stdout and stderr
# on the same pipe (one stream, in order), then the driver prints NUL, the marker and the exit code, so the
# reader can tell output from bookkeeping.
set -u
shopt -s nullglob dotglob
marker=$1
capture_stage=${2-}
declare -A capture_only=()
for name in "${@:3}"; do
    capture_only[$name]=1
done

fail() { echo "nslab sandbox: $*" >&2; exit 1; }

# Open the staging directory before /run and /sys are covered: through /proc/1/fd/9 it stays reachable
# wherever it is, also from tcpdumps started by 'ip netns exec' (which makes its own mount namespace).
if [[ -n $capture_stage ]]; then
    exec 9<"$capture_stage" || fail "cannot open the capture directory $capture_stage"
    capture_stage=/proc/$$/fd/9
fi

# ip netns keeps its names under /var/run/netns (/run/netns on Debian): give the sandbox its own,
# empty /run so no name or mount ever reaches the machine's. A fresh sysfs shows this namespace's devices.
run_dir=$(readlink -f /var/run) || fail "cannot resolve /var/run"
mount -n -t tmpfs -o mode=0755,nosuid,nodev nslab-run "$run_dir" || fail "cannot mount a tmpfs on $run_dir"
mkdir -p "$run_dir/netns" || fail "cannot create $run_dir/netns"
mount -n -t tmpfs -o mode=0755,nosuid,nodev nslab-netns "$run_dir/netns" || fail "cannot mount a tmpfs on $run_dir/netns"
mount -n -t sysfs nslab-sysfs /sys || fail "cannot mount sysfs"
ip link set lo up || fail "cannot bring lo up"

# Captures: one tcpdump per interface that is up, started in its namespace after the command that brought it
# up, keyed by namespace (name and inode), ifindex and name, so a device moved, renamed or recreated gets a new
# capture. A capture whose device is gone is stopped with SIGINT (its namespace is not kept alive by it).
# tcpdump -U writes every packet at once, so even a SIGKILL of the sandbox leaves whole records.
# Staged files: N.pcap (tcpdump's), N.log (its stderr); 'manifest' lists N, namespace, device per capture;
# 'warnings' holds one line per capture that could not start.
declare -A capture_pid=()
capture_count=0
key_separator=$'\x1f'

capture_warn() { printf '%s\n' "$*" >>"$capture_stage/warnings"; }

# $1 namespace name ("host": the sandbox's initial namespace), $2 1 when it is the initial one, $3 key, $4 device
capture_start() {
    local ns=$1 initial=$2 key=$3 dev=$4 n pid i ready=0
    n=$((++capture_count))
    printf '%s\0%s\0%s\0' "$n" "$ns" "$dev" >>"$capture_stage/manifest"
    local -a enter=()
    [[ $initial == 1 ]] || enter=(ip netns exec "$ns")
    "${enter[@]}" tcpdump -i "$dev" -w "$capture_stage/$n.pcap" --time-stamp-precision=nano -s 262144 \
        -U --immediate-mode -p -Z root -n </dev/null >/dev/null 2>"$capture_stage/$n.log" 9<&- &
    pid=$!
    # The capture counts only once libpcap is bound to the device: wait for tcpdump to say so.
    for ((i = 0; i < 500; i++)); do
        if grep -q 'listening on' "$capture_stage/$n.log" 2>/dev/null; then
            ready=1
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    if ((ready)); then
        capture_pid[$key]=$pid
    else
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        capture_warn "cannot capture $ns/$dev: $(grep -v '^$' "$capture_stage/$n.log" | head -n 1)"
        capture_pid[$key]=0 # not tried again while this device stays as it is
    fi
}

capture_stop() {
    local pid=${capture_pid[$1]}
    if ((pid > 0)); then
        kill -INT "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    fi
    capture_pid[$1]='' # no unset: its subscript would be expanded twice, and names may hold '$' or '*'
}

capture_stop_all() {
    local key
    for key in "${!capture_pid[@]}"; do
        capture_stop "$key"
    done
}

# Lists "key<TAB>up<TAB>device" for every device of one namespace.
capture_devices() {
    local ns=$1 initial=$2 inode=$3 line index name flags
    local -a show=(ip -o link show)
    [[ $initial == 1 ]] || show=(ip -n "$ns" -o link show)
    while IFS= read -r line; do
        index=${line%%:*}
        name=${line#*: }
        name=${name%%: *}
        name=${name%%@*}
        flags=${line#*<}
        flags=${flags%%>*}
        local up=0
        [[ ,$flags, == *,UP,* ]] && up=1
        printf '%s\t%s\t%s\n' "$ns$key_separator$inode$key_separator$index$key_separator$name" "$up" "$name"
    done < <("${show[@]}" 2>/dev/null)
}

capture_scan() {
    [[ -n $capture_stage ]] || return 0
    local host_inode path ns inode key up dev
    local -A present=() inodes=() start_ns=() start_initial=() start_dev=()
    host_inode=$(stat -L -c %i /proc/1/ns/net)
    {
        printf 'host\t1\t%s\n' "$host_inode"
        for path in "$run_dir"/netns/*; do
            inode=$(stat -L -c %i "$path" 2>/dev/null) || continue
            printf '%s\t0\t%s\n' "${path##*/}" "$inode"
        done
    } >"$run_dir/nslab-namespaces"
    while IFS=$'\t' read -r ns initial inode; do
        # A namespace reachable under two names (or as the initial one) is captured once.
        [[ -n ${inodes[$inode]-} ]] && continue
        inodes[$inode]=1
        while IFS=$'\t' read -r key up dev; do
            present[$key]=1
            if [[ $up == 1 && -z ${capture_pid[$key]-} ]] \
                && { ((${#capture_only[@]} == 0)) || [[ -n ${capture_only[$ns/$dev]-} ]]; }; then
                start_ns[$key]=$ns
                start_initial[$key]=$initial
                start_dev[$key]=$dev
            fi
        done < <(capture_devices "$ns" "$initial" "$inode")
    done <"$run_dir/nslab-namespaces"
    for key in "${!capture_pid[@]}"; do
        if [[ -z ${present[$key]-} ]]; then
            capture_stop "$key"
        fi
    done
    for key in "${!start_ns[@]}"; do
        capture_start "${start_ns[$key]}" "${start_initial[$key]}" "$key" "${start_dev[$key]}"
    done
}

capture_scan
printf '\0%s ready\n' "$marker"
while IFS= read -r -d '' count; do
    [[ $count =~ ^[0-9]+$ ]] || fail "protocol error: expected a word count, got '$count'"
    if ((count == 0)); then
        capture_stop_all
        printf '\0%s %d\n' "$marker" 0
        continue
    fi
    words=()
    for ((i = 0; i < count; i++)); do
        IFS= read -r -d '' word || exit 0
        words+=("$word")
    done
    "${words[@]}" </dev/null 2>&1 9<&-
    status=$?
    capture_scan
    printf '\0%s %d\n' "$marker" "$status"
done
