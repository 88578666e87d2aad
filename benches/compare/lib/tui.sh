# benches/compare/lib/tui.sh: sourced by benches/compare/compare.sh, in order; shares its variables.
# The TUI through tmux: first frame vs calcurse, idle CPU, hang-up, peak memory.
# ---------------------------------------------------------------- tmux
# first_frame CMD PATTERN...: sets FRAME_MS, the median ms from spawn to every pattern on
# screen over FRAME_RUNS starts (a variable, not output: end_session counts ORPHANS here).
first_frame() {
    local cmd=$1 i t0 times=()
    shift
    for i in $(seq 1 "$FRAME_RUNS"); do
        end_session
        tm new-session -d -x 120 -y 40 -s bench "sleep 3600"
        t0=$(now_us)
        tm respawn-pane -k -t bench "$PANE_BOOST $cmd"
        wait_for "$@" || { tm capture-pane -p -t bench >&2 || true; die "no first frame of \`$cmd\` within 15 s (looked for: $*; the screen is above)"; }
        times+=($(( $(now_us) - t0 )))
    done
    end_session
    FRAME_MS=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int(NR / 2) + 1] / 1000 }')
}

# The floor of this method: a pane that prints one line.
say "TUI first frame (tmux, $FRAME_RUNS runs each, interleaved)"
first_frame "printf 'ready-marker\n'; sleep 3600" "ready-marker"
FLOOR_FRAME=$FRAME_MS
FRAMES_SP=() FRAMES_CC=()
for r in $(seq 1 "$ROUNDS"); do
    first_frame "exec $BIN --db $SP5" "Deliverables" "q quit"
    FRAMES_SP+=("$FRAME_MS")
    first_frame "exec calcurse -D $CAL --read-only" "Learning (learn)" "q Quit"
    FRAMES_CC+=("$FRAME_MS")
done
mid() { printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }
FRAME_SP=$(mid "${FRAMES_SP[@]}")
FRAME_CC=$(mid "${FRAMES_CC[@]}")

say "idle CPU over $IDLE_SECONDS s with a timer running"
IDLE_DB=$WORK/idle.db
cp "$SP5" "$IDLE_DB"
"$BIN" --db "$IDLE_DB" timer start learn >/dev/null
start_pane "exec $BIN --db $IDLE_DB"
wait_for "Deliverables" "q quit" || die "the TUI did not draw for the idle test"
PID=$(tm display-message -p -t bench '#{pane_pid}')
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
sleep 2
timer_text() { tm capture-pane -p -t bench | head -1 | grep -o '⏱.*' | tr -s ' ' || true; }
TIMER_BEFORE=$(timer_text)
C0=$(cpu_ticks) T0=$(now_us)
sleep "$IDLE_SECONDS"
C1=$(cpu_ticks) T1=$(now_us)
TIMER_AFTER=$(timer_text)
# The sample only counts if the timer was on screen and kept ticking.
[ -n "$TIMER_BEFORE" ] && [ "$TIMER_BEFORE" != "$TIMER_AFTER" ] \
    || die "the TUI showed no ticking timer during the idle test ('$TIMER_BEFORE' then '$TIMER_AFTER')"
IDLE_PCT=$(awk -v c=$((C1 - C0)) -v hz="$TICKS" -v us=$((T1 - T0)) 'BEGIN { printf "%.3f", 100 * (c / hz) / (us / 1e6) }')

say "closing the TUI's terminal (tmux kill-session)"
tm kill-session -t bench
HANGUP="exits"
for _ in $(seq 1 40); do kill -0 "$PID" 2>/dev/null || break; sleep 0.05; done
if kill -0 "$PID" 2>/dev/null; then
    H0=$(cpu_ticks) HT0=$(now_us)
    sleep 2
    HANGUP_PCT=$(awk -v c=$(($(cpu_ticks) - H0)) -v hz="$TICKS" -v us=$(($(now_us) - HT0)) 'BEGIN { printf "%.0f", 100 * (c / hz) / (us / 1e6) }')
    HANGUP="**keeps running** at $HANGUP_PCT % of a core (killed by the script)"
    kill -9 "$PID" 2>/dev/null || true
fi

say "peak memory"
/usr/bin/time -v -o "$WORK/today.time" "$BIN" --db "$SP5" today >/dev/null
/usr/bin/time -v -o "$WORK/task.time" task rc.verbose=nothing next >/dev/null
rss_mib() { awk -F: '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
MEM_TODAY=$(rss_mib "$WORK/today.time")
MEM_TASK=$(rss_mib "$WORK/task.time")
start_pane "exec /usr/bin/time -v -o $WORK/tui.time $BIN --db $SP5"
wait_for "Deliverables" "q quit" || die "the TUI did not draw for the memory test"
for step in "2:Due this week" "3:Overall" "4:The week in numbers" "5:Minutes per day" "1:Deliverables"; do
    tm send-keys -t bench "${step%%:*}"
    wait_for "${step#*:}" || die "screen ${step%%:*} did not show \"${step#*:}\""
done
tm send-keys -t bench q
for _ in $(seq 1 50); do grep -q "Maximum resident" "$WORK/tui.time" 2>/dev/null && break; sleep 0.1; done
MEM_TUI=$(rss_mib "$WORK/tui.time")
end_session
