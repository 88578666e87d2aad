#!/usr/bin/env bash
# benches/compare/compare.sh: studyplan side by side with the tools it replaces (issue 7).
#
# Installs the peers from Debian packages when missing (taskwarrior, calcurse,
# hyperfine, tmux, time, jq), builds studyplan --release, generates equivalent
# data for both sides in a temp dir, runs each pair interleaved with
# hyperfine, measures the TUI's first full frame through tmux, idle CPU from
# /proc, peak memory with /usr/bin/time -v, and writes benches/compare/RESULTS.md.
#
# The parts live in benches/compare/lib/ (peers, tmux, data, hyperfine, tui, report), sourced in order.
#
# Usage: benches/compare/compare.sh            (about 2 minutes after the build, on a quiet machine)
# Env:   STUDYPLAN_BIN=path  skip the build and measure this binary
#        ROUNDS=3 RUNS=15    hyperfine rounds per pair (order alternates) and runs per round
#        IDLE_SECONDS=60     how long the idle-CPU sample lasts
#        OUT=dir             where the hyperfine JSON exports go [benches/compare/out]
#        PRIORITY=-15        on a machine shared with other work: run everything measured
#                            (both sides) at this scheduler priority; needs root. With
#                            autogroup scheduling, each session is a group, so the script's
#                            own group and every tmux pane's group are set, not only `nice`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ROUNDS=${ROUNDS:-3}
RUNS=${RUNS:-15}
IDLE_SECONDS=${IDLE_SECONDS:-60}
FRAME_RUNS=${FRAME_RUNS:-10}
OUT=${OUT:-$ROOT/benches/compare/out}
RESULTS=$ROOT/benches/compare/RESULTS.md
NOTES=$ROOT/benches/compare/notes.md

WORK=$(mktemp -d -t studyplan-bench.XXXXXX)
SOCK="studyplan-bench-$$"
cleanup() {
    # Only our own tmux server (private socket) and our own temp dir.
    tmux -L "$SOCK" kill-server >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'compare.sh: %s\n' "$*" >&2; exit 1; }

source "$ROOT/benches/compare/lib/peers.sh"

# ---------------------------------------------------------------- build
REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$ROOT" diff --quiet HEAD 2>/dev/null || REV="$REV (with uncommitted changes)"
RUSTC=$(rustc --version 2>/dev/null || echo "rustc not found")
if [ -n "${STUDYPLAN_BIN:-}" ]; then
    BIN=$STUDYPLAN_BIN
    REV="$REV (binary given: $BIN)"
else
    say "cargo build --release"
    (cd "$ROOT" && cargo build --release --quiet --bin studyplan)
    BIN=$ROOT/target/release/studyplan
fi
[ -x "$BIN" ] || die "no studyplan binary at $BIN"

# Everything below runs in the temp dir: no user config or data is read or touched.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
export TASKRC=$WORK/taskrc TASKDATA=$WORK/task
unset STUDYPLAN_DB STUDYPLAN_CONFIG STUDYPLAN_TODAY NO_COLOR
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$TASKDATA" "$WORK/calcurse" "$OUT"
SP5=$WORK/sp5.db SP1W=$WORK/sp1w.db CAL=$WORK/calcurse

source "$ROOT/benches/compare/lib/tmux.sh"
source "$ROOT/benches/compare/lib/data.sh"
source "$ROOT/benches/compare/lib/hyperfine.sh"
source "$ROOT/benches/compare/lib/tui.sh"
source "$ROOT/benches/compare/lib/report.sh"
