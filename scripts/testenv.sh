#!/usr/bin/env bash
# testenv.sh up|down
#
# Starts (up) or stops (down) every real engine the integration tests use:
# a private Docker engine (scripts/testenv-docker.sh) and a libvirtd with
# QEMU (scripts/testenv-libvirt.sh); the terminal tests need tmux, the
# dashboard test chromium and the fleet tests etcd (etcd-server), which `up`
# installs from Debian if missing. `up`
# installs what is missing and writes one sourceable file with the
# variables the tests read:
#
#   ${OUTRUNNER_TESTENV_DIR:-/tmp/outrunner-testenv}/env
#
# `down` stops everything by PID and leaves no processes or mounts behind.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
base=${OUTRUNNER_TESTENV_DIR:-/tmp/outrunner-testenv}
envfile=$base/env

case "${1:-}" in
up)
	mkdir -p "$base"
	# tmux: the terminal tests read outrunner's output from an 80x24 pane.
	if ! command -v tmux >/dev/null 2>&1; then
		echo "testenv: tmux not found; installing it" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tmux >/dev/null ||
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tmux >/dev/null; }
	fi
	# chromium: the dashboard test renders the page headless.
	if ! command -v chromium >/dev/null 2>&1; then
		echo "testenv: chromium not found; installing it" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null ||
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
	fi
	# etcd-server: the fleet tests start their own etcd members on
	# loopback from /usr/bin/etcd. The package's service is not started
	# here (no init system), and none may hold the default ports: stop it
	# if a service manager did start it.
	if ! command -v etcd >/dev/null 2>&1; then
		echo "testenv: etcd not found; installing etcd-server" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends etcd-server >/dev/null ||
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends etcd-server >/dev/null; }
		if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet etcd 2>/dev/null; then
			systemctl stop etcd || true
		fi
	fi
	"$here/testenv-docker.sh" up
	"$here/testenv-libvirt.sh" up
	cat "$base/docker/env" "$base/libvirt/env" >"$envfile"
	echo "testenv: engines up; variables in $envfile" >&2
	cat "$envfile"
	;;
down)
	status=0
	"$here/testenv-libvirt.sh" down || status=$?
	"$here/testenv-docker.sh" down || status=$?
	rm -f "$envfile"
	exit "$status"
	;;
*)
	echo "usage: $0 up|down" >&2
	exit 2
	;;
esac
