#!/usr/bin/env bash
# bench-burst.sh OLD_BINARY NEW_BINARY [REPETITIONS]
#
# Measures the daemon's peak resident memory and CPU time in a burst of jobs
# on the real Docker engine, for two outrunner binaries side by side: runs
# alternate old, new, new, old, ... so that both see the same machine load.
#
# Each run starts a simulator (`outrunner simulate server`, its own process,
# on 127.0.0.1), then the daemon (`outrunner run`, measured by /usr/bin/time)
# with one docker scale set, waits until it listens, queues JOBS jobs of
# JOB_DURATION at once, waits until all have completed, sends SIGTERM and
# waits for the daemon to exit. It prints one line per run and the medians:
#
#   binary  run  peak_rss_MB  cpu_s (user+sys)  user_s  sys_s  wall_s
#
# Needs a Docker engine in DOCKER_HOST (scripts/testenv-docker.sh up, then
# source its env file: OUTRUNNER_TEST_DOCKER_HOST is used when DOCKER_HOST
# is unset) and bin/simrunner (make build): the runner image is imported
# from it once with `outrunner simulate --backend docker`.
#
# Environment: JOBS (40), JOB_DURATION (2s), MAX_RUNNERS (4), SIM_BINARY
# (the simulator for every run; default OLD_BINARY, so both daemons face the
# same simulator), POLL_HOLD (the simulator's message long-poll hold, e.g.
# 50s as GitHub's; needs a SIM_BINARY with simulate server --poll-hold;
# default: the simulator's 1s), SIMRUNNER (bin/simrunner next to NEW_BINARY), KEEP (set to
# keep the work directory: per run the logs, the daemon's configuration and
# its /proc/PID/smaps just before SIGTERM). OUTRUNNER_* variables reach the
# daemon.
set -euo pipefail

if (($# < 2)); then
	echo "usage: $0 OLD_BINARY NEW_BINARY [REPETITIONS]" >&2
	exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
reps=${3:-3}
jobs=${JOBS:-40}
duration=${JOB_DURATION:-2s}
max_runners=${MAX_RUNNERS:-4}
sim_bin=$(realpath "${SIM_BINARY:-$old}")
simrunner=${SIMRUNNER:-$(dirname "$new")/simrunner}
image=outrunner-simulate/simrunner:latest

export DOCKER_HOST=${DOCKER_HOST:-${OUTRUNNER_TEST_DOCKER_HOST:-}}
if [[ -z $DOCKER_HOST ]]; then
	echo "bench-burst: set DOCKER_HOST (scripts/testenv-docker.sh up; . \$OUTRUNNER_TESTENV_DIR/docker/env)" >&2
	exit 2
fi
[[ -x /usr/bin/time ]] || { echo "bench-burst: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d /tmp/bench-burst.XXXXXX)
sim_pid=""
daemon_pid=""
cleanup() {
	if [[ -n $daemon_pid ]]; then
		# $daemon_pid is /usr/bin/time; the daemon is its child.
		pkill -KILL -P "$daemon_pid" 2>/dev/null || true
		kill -KILL "$daemon_pid" 2>/dev/null || true
	fi
	[[ -n $sim_pid ]] && kill -TERM "$sim_pid" 2>/dev/null
	wait 2>/dev/null
	[[ -n ${KEEP:-} ]] || rm -rf "$work"
}
trap cleanup EXIT

log() { echo "bench-burst: $*" >&2; }

# Both binaries run from fresh copies made the same way. Resident memory
# counts the binary's mapped file pages, and how many a fault maps depends
# on how the file got into the page cache (a file just written by the
# linker maps ~5 MB more than a copy of it on Linux 6.18/ext4).
cp "$old" "$work/outrunner-old"
cp "$new" "$work/outrunner-new"
old=$work/outrunner-old
new=$work/outrunner-new

# The runner image, from simrunner (a one-job simulate run imports it).
log "importing $image from $simrunner"
"$new" simulate --backend docker --simrunner "$simrunner" --jobs 1 --job-duration 0 \
	--scale-sets 1 --max-runners 1 --json >"$work/import.json" 2>"$work/import.log" ||
	{ log "simulate --backend docker failed:"; tail "$work/import.log" >&2; exit 1; }

# sim_get PATH: GET from the simulator's control API.
sim_get() { curl -fsS --max-time 5 "$sim_url$1"; }

# wait_until SECONDS COMMAND...: retries COMMAND every 0.1 s.
wait_until() {
	local deadline=$((SECONDS + $1))
	shift
	until "$@"; do
		((SECONDS < deadline)) || return 1
		sleep 0.1
	done
}

listening() { sim_get /_sim/state | grep -q '"sessions":1'; }
all_done() {
	local st
	st=$(sim_get /_sim/state) || return 1
	[[ $st =~ \"completed\":([0-9]+) ]] && ((BASH_REMATCH[1] >= jobs))
}

# run_one BINARY LABEL N: one measured burst; appends a result line.
run_one() {
	local bin=$1 label=$2 n=$3 dir="$work/$2-$3"
	# The configuration has a directory of its own, as in /etc/outrunner:
	# the daemon watches that directory for changes.
	mkdir -p "$dir/state" "$dir/etc"
	"$sim_bin" simulate server --listen 127.0.0.1:0 ${POLL_HOLD:+--poll-hold "$POLL_HOLD"} >"$dir/sim.log" 2>&1 &
	sim_pid=$!
	wait_until 10 grep -qs '^Simulator listening on ' "$dir/sim.log" || { log "simulator did not start"; exit 1; }
	sim_url=$(sed -n 's/^Simulator listening on //p' "$dir/sim.log")
	cat >"$dir/etc/config.yml" <<EOF
url: $sim_url/sim-org
daemon_id: bench-$label-$n
state_dir: $dir/state
admin: {socket: ""}
runners:
  bench:
    labels: [bench]
    max_runners: $max_runners
    docker: {image: "$image", runner_cmd: "--verbose", network: host, pull_policy: never}
EOF
	env -u OUTRUNNER_TEST_DOCKER_HOST GITHUB_TOKEN=sim-token /usr/bin/time -f '%M %U %S %e' -o "$dir/time" \
		"$bin" run --config "$dir/etc/config.yml" >"$dir/daemon.log" 2>&1 &
	daemon_pid=$!
	wait_until 30 listening || { log "$label: the daemon did not listen"; tail "$dir/daemon.log" >&2; exit 1; }
	curl -fsS --max-time 5 -X POST -H 'Content-Type: application/json' \
		-d "{\"labels\":[\"bench\"],\"count\":$jobs,\"duration\":\"$duration\"}" "$sim_url/_sim/jobs" >/dev/null
	wait_until 600 all_done || { log "$label: jobs did not complete"; exit 1; }
	# /usr/bin/time is the background job; the daemon is its child. Its
	# memory map is kept for a look at what is resident.
	local pid
	pid=$(pgrep -P "$daemon_pid")
	cat "/proc/$pid/smaps" >"$dir/smaps" 2>/dev/null || true
	kill -TERM "$pid"
	wait "$daemon_pid" || log "$label run $n: the daemon exited with status $?"
	daemon_pid=""
	kill -TERM "$sim_pid" && wait "$sim_pid" || true
	sim_pid=""
	local kb user sys wall
	read -r kb user sys wall <"$dir/time"
	awk -v l="$label" -v n="$n" -v kb="$kb" -v u="$user" -v s="$sys" -v w="$wall" \
		'BEGIN {printf "%s\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.1f\n", l, n, kb / 1024, u + s, u, s, w}' | tee -a "$work/results"
}

printf 'binary\trun\tpeak_rss_MB\tcpu_s\tuser_s\tsys_s\twall_s\n'
for ((i = 1; i <= reps; i++)); do
	if ((i % 2)); then
		run_one "$old" old "$i"
		run_one "$new" new "$i"
	else
		run_one "$new" new "$i"
		run_one "$old" old "$i"
	fi
done

# median COLUMN LABEL
median() {
	awk -v l="$2" '$1 == l {print $'"$1"'}' "$work/results" | sort -g |
		awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
for l in old new; do
	printf 'median %s\tpeak_rss_MB %s\tcpu_s %s\twall_s %s\n' "$l" "$(median 3 "$l")" "$(median 4 "$l")" "$(median 7 "$l")"
done
