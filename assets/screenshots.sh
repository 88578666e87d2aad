#!/usr/bin/env bash
# Regenerates the README screenshots (assets/*.svg) from the real binary.
#
# It builds studyplan, fills a throwaway database with `studyplan demo`, runs the
# full-screen interface in a detached tmux session at a fixed size and a fixed
# date, visits each screen, captures it with its colours (`tmux capture-pane -e`)
# and turns the capture into SVG with Python's `rich` (installed into a private
# virtualenv on first use).
#
# Needs: cargo, tmux, python3 (with venv). Usage: assets/screenshots.sh
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/assets
COLS=120
ROWS=36
TODAY=2026-11-26 # a Thursday: the week has some history and some days to come
WORK=$(mktemp -d)
SESSION=studyplan-shots-$$
VENV=${STUDYPLAN_SHOTS_VENV:-$ROOT/target/screenshots-venv}

cleanup() {
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

cargo build --quiet
BIN=$ROOT/target/debug/studyplan
DB=$WORK/demo.db
run() { "$BIN" --db "$DB" --today "$TODAY" "$@" >/dev/null; }

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet rich
fi

# A year of demo history, then a believable Thursday: some time logged, a task, a note.
run demo --years 1
run log learning 30m --note "CNN chapter"
run log build 35m --note "data loader for the image classifier"
run task add "Plot the training curves"
run task add "Try a learning-rate finder" --on 2026-11-27

# NO_COLOR must not leak in from the caller's environment: the pictures are in colour.
tmux new-session -d -s "$SESSION" -x "$COLS" -y "$ROWS" \
    "env -u NO_COLOR TERM=xterm-256color COLORTERM=truecolor $BIN --db $DB --today $TODAY --no-mouse"
sleep 1.5

keys() {
    for key in "$@"; do
        tmux send-keys -t "$SESSION" "$key"
        sleep 0.3
    done
    sleep 0.7
}

shot() {
    local name=$1 title=$2
    tmux capture-pane -e -p -t "$SESSION" >"$WORK/$name.ans"
    "$VENV/bin/python" - "$WORK/$name.ans" "$OUT/$name.svg" "$title" "$COLS" <<'PY'
import sys
from rich.console import Console
from rich.text import Text

source, target, title, width = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with open(source, encoding="utf-8") as f:
    lines = f.read().rstrip("\n").split("\n")
console = Console(record=True, width=width, force_terminal=True, color_system="truecolor", file=open("/dev/null", "w"))
for line in lines:
    text = Text.from_ansi(line)
    text.no_wrap = True
    text.overflow = "crop"
    console.print(text)
console.save_svg(target, title=title)
PY
    echo "wrote assets/$name.svg"
}

# Today: move the selection to the build block so it is highlighted.
keys 1 j
shot today "studyplan: Today"
keys 2 j
shot week "studyplan: Week"
keys 3
shot milestones "studyplan: Milestones"
# Review: last week (complete), not the current, half-done one, with two prompts answered.
keys 4 '[' Enter
tmux send-keys -t "$SESSION" -l "Trained a first CNN end to end"
sleep 2 # typing is echoed key by key; let it land before saving
keys C-s j Enter
tmux send-keys -t "$SESSION" -l "Skipped polish twice: too tired"
sleep 2
keys C-s
shot review "studyplan: Review"
keys 5
shot stats "studyplan: Stats"
keys 1 '?'
shot help "studyplan: help"
keys Escape q
