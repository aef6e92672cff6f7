# nslab kernel sandbox, first step, only when nslab runs as root. The machine's root, in a private mount namespace
# of its own (nothing it mounts is seen outside), gives the sandbox's unprivileged uid what only root can:
#  - a tun device node that uid may open (so scenarios may make taps);
#  - ownership of the capture staging directory;
#  - a user namespace whose maps root writes itself, so that setgroups(2) stays allowed in it: tcpdump changes
#    its group list when it starts as root, which a map written by an unprivileged process forbids.
# The sandbox itself runs as that uid from its first instruction: root only writes its maps from outside, then
# stays as its parent (so that the sandbox dies with it) and exits with its status.
# $1 the mount tag (nslab-PID, PID the JVM's), $2 the sandbox uid, $3 "tun" to offer a tun node (anything else: none), $4 the staging directory or empty,
# then the command that starts the sandbox (it must wait for a line on fd 3 before it does anything); the word
# @TUN@ in it becomes the tun node's path (or nothing).
set -u
tag=$1
uid=$2
offer_tun=$3
stage=$4
shift 4
fail() { echo "nslab sandbox: $*" >&2; exit 1; }

mount -n -t tmpfs -o mode=0755,nosuid,size=64k "$tag-prepare" /run || fail "cannot mount a private tmpfs on /run"
tun=
if [[ $offer_tun == tun && -c /dev/net/tun ]]; then
    # Where mknod is not allowed (a container), taps are simply not offered.
    if mknod -m 0600 /run/tun c 10 200 2>/dev/null && chown "$uid:$uid" /run/tun; then
        tun=/run/tun
    fi
fi
if [[ -n $stage ]]; then
    chown "$uid:$uid" "$stage" || fail "cannot hand the capture directory to the sandbox"
fi
mkfifo -m 0600 /run/go && chown "$uid:$uid" /run/go || fail "cannot make the start signal"
command=()
for word in "$@"; do
    [[ $word == @TUN@ ]] && word=$tun
    command+=("$word")
done
exec 4<>/run/go # never blocks, whether or not the sandbox still reads
"${command[@]}" 3<>/run/go 4<&- &
sandbox=$!
own=$(stat -L -c %i /proc/self/ns/user)
for ((i = 0; i < 2000; i++)); do
    current=$(stat -L -c %i "/proc/$sandbox/ns/user" 2>/dev/null) || fail "the sandbox ended before its user namespace was made"
    [[ $current != "$own" ]] && break
    sleep 0.005
done
[[ $current != "$own" ]] || fail "the sandbox made no user namespace"
printf '0 %d 1\n' "$uid" >"/proc/$sandbox/uid_map" || fail "cannot write the sandbox's uid map"
printf '0 %d 1\n' "$uid" >"/proc/$sandbox/gid_map" || fail "cannot write the sandbox's gid map"
echo go >&4
exec 4<&-
wait "$sandbox"
