# nslab kernel sandbox driver: runs as PID 1 of fresh user, network, mount, PID, UTS, IPC and cgroup namespaces,
# as root of that user namespace, which maps to one unprivileged uid of the machine (see SandboxEnvironment).
# $1 is a per-run marker. $2, when not empty, is the host directory where captures are staged. $3, when not empty,
# is a tun device node this uid may open (taps need it). $4... are the capture names to capture (DEV for the
# sandbox's initial namespace, NS/DEV otherwise; none: every interface).
# Commands arrive on stdin as: word count, then each word, all NUL-terminated; a word count of 0 means "stop every
# capture". Each command runs with stdout and stderr on the same pipe (one stream, in order), then the driver prints
# NUL, the marker and the exit code, so the reader can tell output from bookkeeping.
set -u
shopt -s nullglob dotglob
marker=$1
# The marker is nslab-PID-RANDOM, PID the JVM's: mounts are named nslab-PID-*, so whose they are can be seen.
tag=${marker%-*}
capture_host_dir=${2-}
tun_node=${3-}
declare -A capture_only=()
for name in "${@:4}"; do
    capture_only[$name]=1
done

fail() { echo "nslab sandbox: $*" >&2; exit 1; }

# A read-only bind of the machine's $1 at $2. Non-recursive where the kernel allows it (nothing mounted below is
# seen); where $1 has mounts below it that a user namespace may not uncover, recursive, then the top made read-only.
bind_read_only() {
    mount -n --bind "$1" "$2" 2>/dev/null || mount -n --rbind "$1" "$2" || fail "cannot bind $1"
    mount -n -o remount,bind,ro "$2" || fail "cannot make $1 read-only"
}

# The sandbox's own root: a tmpfs holding read-only views of the programs and their configuration (/usr, /etc and
# the /bin, /lib... links or directories), a /dev with only null, zero, full, random, urandom (and a tun node when
# taps may be made), fresh proc and sysfs, and private tmpfs mounts for /run, /run/netns and /tmp. Then pivot_root
# and the machine's file system is detached: no path leads back to it, and the root itself is read-only.
# /proc/sys is read-only but for /proc/sys/net (the kernel also refuses the others to this uid).
confine() {
    local root=/tmp dir target
    # The staging directory may be under /tmp, which the root is about to cover: hold it open until it is bound.
    if [[ -n $capture_host_dir ]]; then
        exec 8<"$capture_host_dir" || fail "cannot open the capture directory $capture_host_dir"
    fi
    mount -n -t tmpfs -o mode=0755,nosuid "$tag-root" "$root" || fail "cannot mount the sandbox root"
    cd "$root" || fail "cannot enter the sandbox root"
    mkdir -p usr etc dev proc sys run tmp root var .old .nslab-sysfs || fail "cannot populate the sandbox root"
    ln -s ../run var/run
    bind_read_only /usr usr
    bind_read_only /etc etc
    for dir in bin sbin lib lib32 lib64 libx32; do
        if [[ -L /$dir ]]; then
            target=$(readlink "/$dir") && ln -s "$target" "$dir"
        elif [[ -d /$dir ]]; then
            mkdir "$dir" && bind_read_only "/$dir" "$dir"
        fi
    done
    mount -n -t tmpfs -o mode=0755,nosuid,noexec "$tag-dev" dev || fail "cannot mount /dev"
    for dir in null zero full random urandom; do
        : >"dev/$dir" && mount -n --bind "/dev/$dir" "dev/$dir" || fail "cannot bind /dev/$dir"
    done
    ln -s /proc/self/fd dev/fd
    ln -s /proc/self/fd/0 dev/stdin
    ln -s /proc/self/fd/1 dev/stdout
    ln -s /proc/self/fd/2 dev/stderr
    if [[ -n $tun_node ]]; then
        mkdir dev/net && : >dev/net/tun && mount -n --bind "$tun_node" dev/net/tun || fail "cannot bind $tun_node"
    fi
    mount -n -t tmpfs -o mode=0755,nosuid,nodev "$tag-run" run || fail "cannot mount /run"
    mkdir run/netns || fail "cannot create /run/netns"
    # ip netns keeps its names here; a mount of its own, as ip netns itself would make it.
    mount -n -t tmpfs -o mode=0755,nosuid,nodev "$tag-netns" run/netns || fail "cannot mount /run/netns"
    if [[ -n $capture_host_dir ]]; then
        mkdir run/nslab-capture && mount -n --bind /proc/self/fd/8 run/nslab-capture \
            || fail "cannot bind the capture directory"
        exec 8<&- # no descriptor of the machine's file system stays open in the sandbox
    fi
    mount -n -t proc -o nosuid,nodev,noexec "$tag-proc" proc || fail "cannot mount proc"
    mount -n --bind proc/sys proc/sys && mount -n -o remount,bind,ro proc/sys \
        && mount -n --bind proc/sys/net proc/sys/net && mount -n -o remount,bind,rw proc/sys/net \
        || fail "cannot make /proc/sys read-only"
    # A fresh sysfs shows this namespace's devices. 'ip netns exec' unmounts /sys in its own mount namespace and
    # mounts another; a user namespace may mount sysfs only while one is fully visible, hence the second one.
    mount -n -t sysfs -o nosuid,nodev,noexec "$tag-sysfs" sys || fail "cannot mount sysfs"
    mount -n -t sysfs -o nosuid,nodev,noexec "$tag-sysfs" .nslab-sysfs || fail "cannot mount sysfs"
    pivot_root . .old || fail "cannot pivot to the sandbox root"
    cd / || fail "cannot enter the sandbox root"
    umount -n -l /.old || fail "cannot detach the machine's file system"
    rmdir /.old
    mount -n -o remount,bind,ro / || fail "cannot make the sandbox root read-only"
    mount -n -t tmpfs -o mode=1777,nosuid,nodev "$tag-tmp" /tmp || fail "cannot mount /tmp"
}

confine
capture_stage=
[[ -n $capture_host_dir ]] && capture_stage=/run/nslab-capture
ip link set lo up || fail "cannot bring lo up"

# Captures: one tcpdump per interface that is up, started in its namespace after the command that brought it
# up, keyed by namespace inode, ifindex and name, so a device moved, renamed or recreated gets a new capture. A
# capture whose device is gone is stopped with SIGINT (its namespace is not kept alive by it).
# tcpdump -U writes every packet at once, so even a SIGKILL of the sandbox leaves whole records.
# Staged files: N.pcap (tcpdump's), N.log (its stderr); 'manifest' lists N, namespace, device per capture, each
# NUL-terminated (the namespace is empty for the sandbox's initial one; names may hold any byte but NUL and '/');
# 'warnings' holds one line per capture that could not start.
declare -A capture_pid=()
capture_count=0
key_separator=$'\x1f'

capture_warn() { printf '%s\n' "$*" >>"$capture_stage/warnings"; }

# $1 namespace name (empty: the sandbox's initial namespace), $2 key, $3 device
capture_start() {
    local ns=$1 key=$2 dev=$3 n pid i ready=0
    n=$((++capture_count))
    printf '%s\0%s\0%s\0' "$n" "$ns" "$dev" >>"$capture_stage/manifest"
    local -a enter=()
    [[ -z $ns ]] || enter=(ip netns exec "$ns")
    "${enter[@]}" tcpdump -i "$dev" -w "$capture_stage/$n.pcap" --time-stamp-precision=nano -s 262144 \
        -U --immediate-mode -p -Z root -n </dev/null >/dev/null 2>"$capture_stage/$n.log" &
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
        capture_warn "cannot capture ${ns:+$ns/}$dev: $(grep -v '^$' "$capture_stage/$n.log" | head -n 1)"
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

# Lists "key<TAB>up<TAB>device" for every device of one namespace (device names hold no whitespace).
capture_devices() {
    local ns=$1 inode=$2 line index name flags
    local -a show=(ip -o link show)
    [[ -z $ns ]] || show=(ip -n "$ns" -o link show)
    while IFS= read -r line; do
        index=${line%%:*}
        name=${line#*: }
        name=${name%%: *}
        name=${name%%@*}
        flags=${line#*<}
        flags=${flags%%>*}
        local up=0
        [[ ,$flags, == *,UP,* ]] && up=1
        printf '%s\t%s\t%s\n' "$inode$key_separator$index$key_separator$name" "$up" "$name"
    done < <("${show[@]}" 2>/dev/null)
}

capture_scan() {
    [[ -n $capture_stage ]] || return 0
    local path ns inode key up dev i qualified
    local -a names=("") inodes=()
    local -A seen=() present=() start_ns=() start_dev=()
    inodes[0]=$(stat -L -c %i /proc/1/ns/net)
    # Names come from the directory itself, never from a line-based list: they may hold newlines.
    for path in /run/netns/*; do
        inode=$(stat -L -c %i "$path" 2>/dev/null) || continue
        names+=("${path##*/}")
        inodes+=("$inode")
    done
    for ((i = 0; i < ${#names[@]}; i++)); do
        ns=${names[i]}
        inode=${inodes[i]}
        # A namespace reachable under two names (or as the initial one) is captured once.
        [[ -n ${seen[$inode]-} ]] && continue
        seen[$inode]=1
        while IFS=$'\t' read -r key up dev; do
            present[$key]=1
            qualified=${ns:+$ns/}$dev
            if [[ $up == 1 && -z ${capture_pid[$key]-} ]] \
                && { ((${#capture_only[@]} == 0)) || [[ -n ${capture_only[$qualified]-} ]]; }; then
                start_ns[$key]=$ns
                start_dev[$key]=$dev
            fi
        done < <(capture_devices "$ns" "$inode")
    done
    for key in "${!capture_pid[@]}"; do
        if [[ -z ${present[$key]-} ]]; then
            capture_stop "$key"
        fi
    done
    for key in "${!start_dev[@]}"; do
        capture_start "${start_ns[$key]}" "$key" "${start_dev[$key]}"
    done
}

capture_scan
taps=notaps
[[ -c /dev/net/tun ]] && taps=taps
printf '\0%s ready %s\n' "$marker" "$taps"
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
    "${words[@]}" </dev/null 2>&1
    status=$?
    capture_scan
    printf '\0%s %d\n' "$marker" "$status"
done
