#!/usr/bin/env bash
# Build outrunner's libvirt test guest: a small Linux VM made only from
# Debian packages and the static simrunner binary.
#
#   scripts/build-test-guest.sh           build (or reuse) the guest, print its directory
#   scripts/build-test-guest.sh --force   rebuild even when the inputs are unchanged
#
# Output, in ${OUTRUNNER_TEST_GUEST_DIR:-${OUTRUNNER_CACHE_DIR:-$HOME/.cache/outrunner}/test-guest}:
#   vmlinux        Debian's kernel (linux-image-amd64, unpacked with dpkg-deb -x),
#                  decompressed from its bzImage: an ELF that QEMU boots through the
#                  PVH entry point, which skips the real-mode setup and the in-guest
#                  XZ decompression (seconds under TCG)
#   vmlinuz        the same kernel as shipped (bzImage), for comparison
#   initrd.img     the whole root file system (uncompressed cpio): busybox-static,
#                  qemu-guest-agent with its shared libraries, the virtio modules,
#                  simrunner and an init (busybox init) that starts qemu-ga
#   golden.qcow2   a blank 64 MiB qcow2 disk: the backend needs a golden image to
#                  overlay; the guest runs from the initramfs and leaves it unused
#   manifest.txt   the inputs (key=value lines); `key` is the cache key
#
# The guest is booted with direct kernel boot (libvirt kernel/initrd/cmdline).
# Kernel command line flags the init honours:
#   outrunner.noagent          do not start qemu-ga (tests of an agent that never answers)
#   outrunner.service_url=URL  the simulator URL the runner uses instead of the one in its
#                              JIT config (exported as SIMRUNNER_SERVICE_URL)
#   outrunner.ip=ADDR/LEN,GW   static address of eth0 (default 10.0.2.15/24,10.0.2.2,
#                              QEMU user-mode networking)
# The runner command is /usr/local/bin/outrunner-simrunner.
#
# The cache key hashes this script, the exact versions of the Debian packages
# and the simrunner binary: a rebuild is skipped while none of them changed.
# Needs apt-get, dpkg-deb, qemu-img and Go; runs `apt-get update` (as root)
# only when the package lists are missing.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SCRIPT="$REPO/scripts/$(basename "$0")"
CACHE_DIR=${OUTRUNNER_CACHE_DIR:-${HOME:-/root}/.cache/outrunner}
OUT=${OUTRUNNER_TEST_GUEST_DIR:-$CACHE_DIR/test-guest}
FORCE=0
case ${1:-} in
--force) FORCE=1 ;;
"") ;;
*)
	echo "usage: $0 [--force]" >&2
	exit 2
	;;
esac

# Modules loaded at boot (their dependencies are added and ordered here).
MODULES=(virtio_pci virtio_console virtio_blk virtio_net virtio_rng)

log() { echo "build-test-guest: $*" >&2; }
die() {
	log "$*"
	exit 1
}

for tool in apt-get apt-cache dpkg-deb qemu-img go sha256sum xz; do
	command -v "$tool" >/dev/null || die "$tool is needed (apt-get install qemu-utils xz-utils; scripts/testenv-libvirt.sh up installs them)"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/outrunner-test-guest.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# candidate PKG: the version apt would install, or nothing.
candidate() {
	apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}' | grep -v '^(none)$' || true
}

if [ -z "$(candidate busybox-static)" ]; then
	[ "$(id -u)" -eq 0 ] || die "the apt package lists are missing; run apt-get update as root"
	log "apt package lists missing: apt-get update"
	apt-get update -qq
fi

# The kernel package behind the linux-image-amd64 metapackage.
KPKG=$(apt-cache depends linux-image-amd64 | awk '$1 == "Depends:" && $2 ~ /^linux-image-[0-9]/ {print $2; exit}')
[ -n "$KPKG" ] || die "cannot resolve linux-image-amd64 to a kernel package"
KVER=${KPKG#linux-image-}

# qemu-guest-agent and the libraries it needs, recursively; the libraries
# actually copied are the ones its dynamic loader resolves.
mapfile -t LIBPKGS < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
	--no-breaks --no-replaces --no-enhances qemu-guest-agent |
	awk '!/^ / && /^lib/ && !/perl|gdbm|^libdb[0-9]/' | sort -u)
PACKAGES=("$KPKG" busybox-static qemu-guest-agent "${LIBPKGS[@]}")

# One apt-cache call for every candidate version (each call reads the whole cache).
declare -A VERSION
while read -r p v; do
	VERSION[$p]=$v
done < <(apt-cache policy "${PACKAGES[@]}" | awk '/^[^ ].*:$/ {sub(/:$/, ""); p=$0} /Candidate:/ {print p, $2}')
PINS=()
for p in "${PACKAGES[@]}"; do
	v=${VERSION[$p]:-}
	[ -n "$v" ] && [ "$v" != "(none)" ] || die "no installable version of $p"
	PINS+=("$p=$v")
done

log "building simrunner"
(cd "$REPO" && GOFLAGS= CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags='-s -w' -o "$WORK/simrunner" ./cmd/simrunner)
SIMRUNNER_SHA=$(sha256sum "$WORK/simrunner" | cut -d' ' -f1)

KEY=$( {
	sha256sum "$SCRIPT" | cut -d' ' -f1
	printf '%s\n' "${PINS[@]}"
	echo "simrunner=$SIMRUNNER_SHA"
} | sha256sum | cut -d' ' -f1)

if [ "$FORCE" -eq 0 ] && [ -f "$OUT/manifest.txt" ] && grep -qx "key=$KEY" "$OUT/manifest.txt" &&
	[ -s "$OUT/vmlinux" ] && [ -s "$OUT/initrd.img" ] && [ -s "$OUT/golden.qcow2" ]; then
	log "up to date: $OUT"
	echo "$OUT"
	exit 0
fi

log "downloading ${#PINS[@]} packages"
mkdir -p "$WORK/debs" "$WORK/pkgroot"
# apt's _apt sandbox user cannot write into a private temp directory.
(cd "$WORK/debs" && apt-get download -q -o APT::Sandbox::User=root "${PINS[@]}" >/dev/null)
for deb in "$WORK"/debs/*.deb; do
	dpkg-deb -x "$deb" "$WORK/pkgroot"
done
PKGROOT=$WORK/pkgroot
BUSYBOX=$PKGROOT/bin/busybox
[ -x "$BUSYBOX" ] || die "busybox-static did not unpack to /bin/busybox"

ROOT=$WORK/initramfs
mkdir -p "$ROOT"/{bin,sbin,dev,proc,sys,run,tmp,root,etc,usr/bin,usr/sbin,usr/local/bin,lib/modules}
chmod 1777 "$ROOT/tmp"
mkdir -p "$ROOT/var"
ln -s ../run "$ROOT/var/run"

install -m 0755 "$BUSYBOX" "$ROOT/bin/busybox"
for applet in $("$BUSYBOX" --list); do
	case $applet in busybox) continue ;; esac
	[ -e "$ROOT/bin/$applet" ] || ln -s busybox "$ROOT/bin/$applet"
done
ln -s bin/busybox "$ROOT/init"

# qemu-ga and the shared objects its loader resolves from the unpacked packages.
install -m 0755 "$PKGROOT/usr/sbin/qemu-ga" "$ROOT/usr/sbin/qemu-ga"
LOADER=$PKGROOT/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
LIBPATH=$PKGROOT/lib/x86_64-linux-gnu:$PKGROOT/usr/lib/x86_64-linux-gnu
mkdir -p "$ROOT/lib64" "$ROOT/lib/x86_64-linux-gnu" "$ROOT/usr/lib/x86_64-linux-gnu"
cp -L "$LOADER" "$ROOT/lib64/ld-linux-x86-64.so.2"
LIST=$("$LOADER" --library-path "$LIBPATH" --list "$PKGROOT/usr/sbin/qemu-ga")
if grep -q "not found" <<<"$LIST"; then
	die "qemu-ga needs libraries that no unpacked package provides: $LIST"
fi
while read -r _ arrow path _; do
	[ "$arrow" = "=>" ] || continue
	case $path in "$PKGROOT"/*) ;; *) continue ;; esac
	rel=${path#"$PKGROOT"}
	[ "$rel" = /lib64/ld-linux-x86-64.so.2 ] && continue
	mkdir -p "$ROOT$(dirname "$rel")"
	cp -L "$path" "$ROOT$rel"
done <<<"$LIST"

# Kernel modules in dependency order (from each module's .modinfo depends=).
MODDIR=$PKGROOT/lib/modules/$KVER
[ -d "$MODDIR" ] || die "kernel modules of $KVER not found"
declare -A MODPATH
while IFS= read -r f; do
	n=$(basename "$f" .ko)
	MODPATH[${n//-/_}]=$f
done < <(find "$MODDIR/kernel" -name '*.ko')
declare -A SEEN
ORDER=()
add_module() {
	local m=${1//-/_} dep deps
	[ -n "${SEEN[$m]:-}" ] && return
	SEEN[$m]=1
	[ -n "${MODPATH[$m]:-}" ] || die "kernel module $m not found in $KPKG"
	deps=$(tr '\0' '\n' <"${MODPATH[$m]}" | sed -n 's/^depends=//p' | head -n1)
	for dep in ${deps//,/ }; do
		add_module "$dep"
	done
	ORDER+=("$m")
}
for m in "${MODULES[@]}"; do
	add_module "$m"
done
: >"$ROOT/etc/modules"
for m in "${ORDER[@]}"; do
	cp "${MODPATH[$m]}" "$ROOT/lib/modules/$m.ko"
	echo "$m" >>"$ROOT/etc/modules"
done

install -m 0755 "$WORK/simrunner" "$ROOT/usr/local/bin/simrunner"

echo "root:x:0:0:root:/root:/bin/sh" >"$ROOT/etc/passwd"
echo "root:x:0:" >"$ROOT/etc/group"
echo "outrunner-test-guest" >"$ROOT/etc/hostname"

cat >"$ROOT/etc/inittab" <<'EOF'
::sysinit:/etc/rcS
::once:/sbin/start-agent
EOF

cat >"$ROOT/etc/rcS" <<'EOF'
#!/bin/sh
# Boot: file systems, modules, device links, network.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs -o mode=0755 tmpfs /run
hostname -F /etc/hostname
while read -r m; do
	insmod "/lib/modules/$m.ko" 2>/dev/null
done </etc/modules
# udev would name virtio-serial ports; make the same links.
mkdir -p /dev/virtio-ports
for p in /sys/class/virtio-ports/*; do
	[ -r "$p/name" ] || continue
	name=$(cat "$p/name")
	[ -n "$name" ] && ln -sf "../$(basename "$p")" "/dev/virtio-ports/$name"
done
ip link set lo up
if [ -e /sys/class/net/eth0 ]; then
	cidr=10.0.2.15/24 gw=10.0.2.2
	for arg in $(cat /proc/cmdline); do
		case $arg in outrunner.ip=*)
			v=${arg#outrunner.ip=}
			cidr=${v%%,*} gw=${v#*,}
			;;
		esac
	done
	ip addr add "$cidr" dev eth0
	ip link set eth0 up
	ip route add default via "$gw" dev eth0
fi
echo "outrunner-test-guest: booted"
EOF

cat >"$ROOT/sbin/start-agent" <<'EOF'
#!/bin/sh
# Start the QEMU guest agent unless the kernel command line says outrunner.noagent.
for arg in $(cat /proc/cmdline); do
	if [ "$arg" = outrunner.noagent ]; then
		echo "outrunner-test-guest: outrunner.noagent set, not starting qemu-ga"
		exit 0
	fi
done
port=/dev/virtio-ports/org.qemu.guest_agent.0
if [ ! -e "$port" ]; then
	echo "outrunner-test-guest: no guest agent channel $port"
	exit 1
fi
echo "outrunner-test-guest: starting qemu-ga"
exec /usr/sbin/qemu-ga -m virtio-serial -p "$port"
EOF

cat >"$ROOT/usr/local/bin/outrunner-simrunner" <<'EOF'
#!/bin/sh
# The runner command: simrunner, told the simulator's URL as seen from the
# guest (kernel command line outrunner.service_url=) when one is given.
for arg in $(cat /proc/cmdline); do
	case $arg in outrunner.service_url=*) export SIMRUNNER_SERVICE_URL="${arg#outrunner.service_url=}" ;; esac
done
exec /usr/local/bin/simrunner "$@"
EOF
chmod 0755 "$ROOT/etc/rcS" "$ROOT/sbin/start-agent" "$ROOT/usr/local/bin/outrunner-simrunner"

log "packing the initramfs"
STAGE=$WORK/out
mkdir -p "$STAGE"
# Uncompressed: unpacking a compressed archive costs more boot time under TCG
# than reading the larger file.
(cd "$ROOT" && find . -mindepth 1 | LC_ALL=C sort | "$BUSYBOX" cpio -o -H newc 2>/dev/null) >"$STAGE/initrd.img"
cp "$PKGROOT/boot/vmlinuz-$KVER" "$STAGE/vmlinuz"
# The bzImage's payload is an XZ stream holding the ELF vmlinux.
XZ_AT=$(LC_ALL=C grep -m1 -obUaP '\xfd7zXZ\x00' "$STAGE/vmlinuz" | cut -d: -f1)
[ -n "$XZ_AT" ] || die "no XZ payload in the kernel image (the kernel is no longer XZ-compressed?)"
tail -c +$((XZ_AT + 1)) "$STAGE/vmlinuz" >"$WORK/payload.xz"
xz -dc --single-stream "$WORK/payload.xz" >"$STAGE/vmlinux"
[ "$(head -c 4 "$STAGE/vmlinux" | od -An -c | tr -d ' ')" = '177ELF' ] || die "the kernel payload is not an ELF file"
qemu-img create -q -f qcow2 "$STAGE/golden.qcow2" 64M
{
	echo "key=$KEY"
	echo "kernel=$KVER"
	echo "simrunner_sha256=$SIMRUNNER_SHA"
	echo "runner_cmd=/usr/local/bin/outrunner-simrunner"
	echo "cmdline=console=ttyS0 quiet rdinit=/init"
	printf 'package=%s\n' "${PINS[@]}"
} >"$STAGE/manifest.txt"
chmod 0644 "$STAGE"/*

# Replace the old guest in one step per file; the manifest goes last so
# that an interrupted build is rebuilt.
mkdir -p "$OUT"
rm -f "$OUT/manifest.txt"
for f in vmlinux vmlinuz initrd.img golden.qcow2 manifest.txt; do
	mv -f "$STAGE/$f" "$OUT/$f"
done
log "built $OUT ($(du -sh "$OUT/initrd.img" | cut -f1) initramfs, kernel $KVER)"
echo "$OUT"
