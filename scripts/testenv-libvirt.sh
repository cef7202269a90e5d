#!/usr/bin/env bash
# Start or stop a private libvirtd + virtlogd (system mode, QEMU driver) for
# outrunner's libvirt integration tests.
#
#   scripts/testenv-libvirt.sh up      install packages if missing, start the daemons,
#                                      build (or reuse) the test guest (build-test-guest.sh),
#                                      write $STATE_DIR/env (source it before go test)
#   scripts/testenv-libvirt.sh down    destroy test domains, stop QEMU, libvirtd and
#                                      virtlogd by their pid files
#   scripts/testenv-libvirt.sh stop-libvirtd
#                                      stop only libvirtd (tests use it to simulate a
#                                      libvirtd restart)
#   scripts/testenv-libvirt.sh start-libvirtd
#                                      start the configured daemons again, nothing else
#
# State lives in ${OUTRUNNER_TESTENV_DIR:-/tmp/outrunner-testenv}/libvirt.
# Needs root (system-mode libvirtd). Never installs libvirt-daemon-system, which
# would pull in systemd units, iptables and a NAT network.
set -euo pipefail

BASE_DIR=${OUTRUNNER_TESTENV_DIR:-/tmp/outrunner-testenv}
STATE_DIR=$BASE_DIR/libvirt
URI=qemu:///system
QEMU_CONF=/etc/libvirt/qemu.conf
# netcat-openbsd: QEMU runs `nc` for every guest connection of a guest_forward
# (the VM end-to-end tests reach the simulator that way); xz-utils: the test
# guest build unpacks the kernel.
PACKAGES=(libvirt0 libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86 qemu-utils libvirt-clients netcat-openbsd xz-utils)

log() { echo "testenv-libvirt: $*" >&2; }

need_root() {
	if [ "$(id -u)" -ne 0 ]; then
		log "must run as root (system-mode libvirtd)"
		exit 1
	fi
}

install_packages() {
	local missing=()
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		log "installing ${missing[*]}"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	fi
	if ! id libvirt-qemu >/dev/null 2>&1; then
		useradd --system --user-group --no-create-home --home-dir /nonexistent \
			--shell /usr/sbin/nologin libvirt-qemu
	fi
}

# set_conf KEY VALUE: make "KEY = VALUE" the only setting of KEY in qemu.conf.
set_conf() {
	local key=$1 value=$2
	if grep -Eq "^[[:space:]]*${key}[[:space:]]*=" "$QEMU_CONF"; then
		sed -i -E "s|^[[:space:]]*${key}[[:space:]]*=.*|${key} = ${value}|" "$QEMU_CONF"
	else
		printf '%s = %s\n' "$key" "$value" >>"$QEMU_CONF"
	fi
}

configure() {
	mkdir -p "$STATE_DIR" /etc/libvirt
	chmod 0700 "$STATE_DIR"
	touch "$QEMU_CONF"
	# System mode reads only /etc/libvirt/qemu.conf.
	set_conf user '"root"'
	set_conf group '"root"'
	set_conf security_driver '"none"'
	# guest_forward's relay is a process QEMU spawns per guest connection;
	# libvirt's default seccomp sandbox (spawn=deny) kills QEMU when it does.
	set_conf seccomp_sandbox 0
	cat >"$STATE_DIR/libvirtd.conf" <<EOF
listen_tls = 0
listen_tcp = 0
unix_sock_rw_perms = "0700"
unix_sock_ro_perms = "0700"
log_outputs = "3:file:$STATE_DIR/libvirtd.log"
EOF
	cat >"$STATE_DIR/virtlogd.conf" <<EOF
log_outputs = "3:file:$STATE_DIR/virtlogd.log"
EOF
}

# alive PIDFILE: the pid file names a running process.
alive() {
	[ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

start_daemon() { # NAME CMD...
	local name=$1
	shift
	if alive "$STATE_DIR/$name.pid"; then
		return
	fi
	rm -f "$STATE_DIR/$name.pid"
	setsid "$@" </dev/null >>"$STATE_DIR/$name.out" 2>&1 &
	local i
	for i in $(seq 1 100); do
		alive "$STATE_DIR/$name.pid" && return
		sleep 0.1
	done
	log "$name did not start; see $STATE_DIR/$name.out"
	exit 1
}

# start_daemons starts virtlogd and libvirtd and waits until libvirtd answers.
start_daemons() {
	start_daemon virtlogd virtlogd -f "$STATE_DIR/virtlogd.conf" -p "$STATE_DIR/virtlogd.pid"
	start_daemon libvirtd libvirtd -f "$STATE_DIR/libvirtd.conf" -p "$STATE_DIR/libvirtd.pid"
	local i
	for i in $(seq 1 100); do
		if virsh -c "$URI" version >/dev/null 2>&1; then
			return
		fi
		sleep 0.1
	done
	log "libvirtd does not answer; see $STATE_DIR/libvirtd.log"
	exit 1
}

up() {
	need_root
	install_packages
	configure
	start_daemons
	# The VM end-to-end tests boot the test guest; building it needs Go.
	local guest
	guest=$("$(dirname "$0")/build-test-guest.sh")
	cat >"$STATE_DIR/env" <<EOF
export OUTRUNNER_TEST_LIBVIRT_URI=$URI
export OUTRUNNER_TESTENV_DIR=$BASE_DIR
export OUTRUNNER_TEST_GUEST_DIR=$guest
EOF
	log "libvirtd is up at $URI, test guest in $guest; source $STATE_DIR/env"
}

# stop_pidfile FILE: TERM the process, then KILL it after 10 s.
stop_pidfile() {
	local f=$1 pid i
	[ -s "$f" ] || return 0
	pid=$(cat "$f")
	if kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		for i in $(seq 1 100); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$pid" 2>/dev/null || true
	fi
	rm -f "$f"
}

stop_libvirtd() {
	need_root
	stop_pidfile "$STATE_DIR/libvirtd.pid"
}

down() {
	need_root
	if alive "$STATE_DIR/libvirtd.pid"; then
		local d
		for d in $(virsh -c "$URI" list --name 2>/dev/null); do
			virsh -c "$URI" destroy "$d" >/dev/null 2>&1 || true
		done
	fi
	# QEMU processes outlive libvirtd; libvirt keeps their pid files here.
	local f
	for f in /run/libvirt/qemu/*.pid; do
		[ -e "$f" ] && stop_pidfile "$f"
	done
	stop_pidfile "$STATE_DIR/libvirtd.pid"
	stop_pidfile "$STATE_DIR/virtlogd.pid"
	rm -f "$STATE_DIR/env"
	log "stopped"
}

case ${1:-} in
up) up ;;
down) down ;;
stop-libvirtd) stop_libvirtd ;;
start-libvirtd)
	need_root
	start_daemons
	;;
*)
	echo "usage: $0 up|down|stop-libvirtd|start-libvirtd" >&2
	exit 2
	;;
esac
