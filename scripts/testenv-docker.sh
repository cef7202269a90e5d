#!/usr/bin/env bash
# testenv-docker.sh up|down|restart|status
#
# Starts (up) or stops (down) a private Docker engine for outrunner's
# integration tests. The engine listens only on a unix socket in the state
# directory, creates no bridge, no NAT and no iptables rules, and keeps its
# data, exec root, pid file and log in the state directory:
#
#   ${OUTRUNNER_TESTENV_DIR:-/tmp/outrunner-testenv}/docker
#
# `up` installs Debian's docker.io when dockerd is missing, starts dockerd,
# waits until the engine answers and writes OUTRUNNER_TEST_DOCKER_HOST into
# $STATE_DIR/env (source it). `down` stops the engine by its PID, waits for it
# and its containerd children to exit (SIGKILL after a bound), and unmounts
# anything left under the state directory. Both are idempotent. `restart` is
# down then up, as an engine upgrade or `systemctl restart docker` does it:
# the engine's containers stop with it. The env file also names the restart
# command in OUTRUNNER_TEST_DOCKER_RESTART, for `outrunner simulate --chaos
# --engine-restart`.
set -euo pipefail

STATE_DIR="${OUTRUNNER_TESTENV_DIR:-/tmp/outrunner-testenv}/docker"
SOCK="$STATE_DIR/docker.sock"
PIDFILE="$STATE_DIR/dockerd.pid"
LOG="$STATE_DIR/dockerd.log"
ENVFILE="$STATE_DIR/env"
HOST_URL="unix://$SOCK"
START_TIMEOUT="${OUTRUNNER_TESTENV_DOCKER_START_TIMEOUT:-60}" # seconds
STOP_TIMEOUT="${OUTRUNNER_TESTENV_DOCKER_STOP_TIMEOUT:-20}"   # seconds

log() { echo "testenv-docker: $*" >&2; }

need_root() {
	if [[ $(id -u) -ne 0 ]]; then
		log "must run as root (dockerd needs it)"
		exit 1
	fi
}

install_engine() {
	if command -v dockerd >/dev/null 2>&1; then
		return
	fi
	log "dockerd not found; installing docker.io"
	export DEBIAN_FRONTEND=noninteractive
	if ! apt-get install -y --no-install-recommends docker.io >/dev/null; then
		apt-get update >/dev/null
		apt-get install -y --no-install-recommends docker.io >/dev/null
	fi
	# The package may have started its own engine through an init system;
	# the tests never use it, and it must not hold the default socket.
	if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker 2>/dev/null; then
		systemctl stop docker docker.socket containerd >/dev/null 2>&1 || true
	fi
}

# pid_alive PID: the process exists and is not a zombie.
pid_alive() {
	local pid=$1 state
	[[ -r /proc/$pid/stat ]] || return 1
	state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
	[[ $state != Z ]]
}

# engine_pid prints the PID of our dockerd if it runs.
engine_pid() {
	local pid
	[[ -s $PIDFILE ]] || return 1
	pid=$(<"$PIDFILE")
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	pid_alive "$pid" || return 1
	# Make sure the PID still belongs to our dockerd, not a recycled PID.
	tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--pidfile $PIDFILE" || return 1
	echo "$pid"
}

# engine_answers: the engine serves its API on our socket.
engine_answers() {
	[[ -S $SOCK ]] || return 1
	curl -fsS --max-time 2 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1
}

write_env() {
	local restart
	restart="OUTRUNNER_TESTENV_DIR=$(dirname "$STATE_DIR") $(realpath "$0") restart"
	printf 'OUTRUNNER_TEST_DOCKER_HOST=%s\nexport OUTRUNNER_TEST_DOCKER_HOST\n' "$HOST_URL" >"$ENVFILE"
	printf "OUTRUNNER_TEST_DOCKER_RESTART='%s'\nexport OUTRUNNER_TEST_DOCKER_RESTART\n" "$restart" >>"$ENVFILE"
	echo "OUTRUNNER_TEST_DOCKER_HOST=$HOST_URL"
	echo "OUTRUNNER_TEST_DOCKER_RESTART='$restart'"
}

up() {
	need_root
	install_engine
	command -v curl >/dev/null 2>&1 || {
		apt-get install -y --no-install-recommends curl >/dev/null 2>&1 ||
			{ apt-get update >/dev/null && apt-get install -y --no-install-recommends curl >/dev/null; }
	}
	mkdir -p "$STATE_DIR"
	if pid=$(engine_pid) && engine_answers; then
		log "engine already running (pid $pid)"
		write_env
		return
	fi
	if pid=$(engine_pid); then
		log "engine pid $pid does not answer; restarting it"
		down
		mkdir -p "$STATE_DIR"
	fi
	rm -f "$SOCK" "$PIDFILE"
	dockerd -H "$HOST_URL" \
		--data-root "$STATE_DIR/data" --exec-root "$STATE_DIR/exec" \
		--pidfile "$PIDFILE" --bridge=none --iptables=false --ip6tables=false \
		--ip-forward=false --ip-masq=false \
		>"$LOG" 2>&1 </dev/null &
	local launched=$! deadline=$((SECONDS + START_TIMEOUT))
	until engine_answers; do
		if ! pid_alive "$launched"; then
			log "dockerd exited during start-up; last lines of $LOG:"
			tail -n 30 "$LOG" >&2 || true
			exit 1
		fi
		if ((SECONDS >= deadline)); then
			log "engine did not answer within ${START_TIMEOUT}s; last lines of $LOG:"
			tail -n 30 "$LOG" >&2 || true
			kill "$launched" 2>/dev/null || true
			exit 1
		fi
		sleep 0.2
	done
	log "engine up (pid $launched) at $HOST_URL"
	write_env
}

# descendants PID prints the PIDs of PID's descendants.
descendants() {
	local pid=$1 child
	for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
		echo "$child"
		descendants "$child"
	done
}

# leftovers prints processes of this engine that outlive a dockerd killed
# hard: containerd shims serving our exec root, and the processes of our
# containers (found by their cgroup, named after container IDs that only
# this engine's data root holds).
leftovers() {
	local ids=() f pid
	if [[ -d $STATE_DIR/data/containers ]]; then
		mapfile -t ids < <(ls "$STATE_DIR/data/containers")
	fi
	# One grep over every process, not one per process and container: a
	# restart must not spend seconds here.
	{
		grep -las -- "containerd-shim.*$STATE_DIR" /proc/[0-9]*/cmdline || true
		if ((${#ids[@]} > 0)); then
			grep -lsE "(/docker/|docker-)($(
				IFS='|'
				echo "${ids[*]}"
			))" /proc/[0-9]*/cgroup || true
		fi
	} | while read -r f; do
		pid=${f#/proc/}
		pid=${pid%%/*}
		pid_alive "$pid" && echo "$pid"
	done | sort -u
	return 0
}

# remove_cgroups removes the (now empty) cgroups of our containers.
remove_cgroups() {
	local id d
	[[ -d $STATE_DIR/data/containers ]] || return 0
	for id in $(ls "$STATE_DIR/data/containers"); do
		for d in /sys/fs/cgroup/docker/"$id" /sys/fs/cgroup/*/docker/"$id" /sys/fs/cgroup/system.slice/docker-"$id".scope; do
			[[ -d $d ]] && rmdir "$d" 2>/dev/null
		done
	done
	return 0
}

wait_gone() {
	local deadline=$(($1 + SECONDS)) pid
	shift
	while :; do
		local alive=()
		for pid in "$@"; do pid_alive "$pid" && alive+=("$pid"); done
		((${#alive[@]} == 0)) && return 0
		((SECONDS >= deadline)) && { echo "${alive[@]}"; return 1; }
		sleep 0.2
	done
}

down() {
	need_root
	local pid procs=() left
	if pid=$(engine_pid); then
		mapfile -t procs < <(descendants "$pid")
		log "stopping engine (pid $pid)"
		kill -TERM "$pid" 2>/dev/null || true
		if ! left=$(wait_gone "$STOP_TIMEOUT" "$pid" "${procs[@]}"); then
			log "still running after ${STOP_TIMEOUT}s: $left; sending SIGKILL"
			# shellcheck disable=SC2086
			kill -KILL $left 2>/dev/null || true
			wait_gone 10 $left >/dev/null || log "processes did not exit: $left"
		fi
	fi
	mapfile -t procs < <(leftovers)
	if ((${#procs[@]} > 0)); then
		log "killing leftover shims and container processes: ${procs[*]}"
		kill -KILL "${procs[@]}" 2>/dev/null || true
		wait_gone 10 "${procs[@]}" >/dev/null || log "processes did not exit: ${procs[*]}"
	fi
	remove_cgroups
	# Unmount whatever the engine left under the state directory, deepest first.
	local mnt
	while read -r mnt; do
		umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null || log "cannot unmount $mnt"
	done < <(awk -v dir="$STATE_DIR" 'index($2, dir) == 1 {print $2}' /proc/mounts | sort -r)
	rm -f "$SOCK" "$PIDFILE" "$ENVFILE"
	log "engine down"
}

status() {
	if pid=$(engine_pid) && engine_answers; then
		echo "running pid=$pid host=$HOST_URL"
	else
		echo "stopped"
		return 1
	fi
}

case "${1:-}" in
up) up ;;
down) down ;;
restart)
	down
	up
	;;
status) status ;;
*)
	echo "usage: $0 up|down|restart|status" >&2
	exit 2
	;;
esac
