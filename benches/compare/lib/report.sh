# benches/compare/lib/report.sh: sourced by benches/compare/compare.sh, in order; shares its variables.
# Writes benches/compare/RESULTS.md from the figures the other parts set.
# ---------------------------------------------------------------- report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "nan" }'; }
met() { awk "BEGIN { exit !($1) }" && echo yes || echo "**no**"; }
R_TODAY=$(ratio "$TODAY_MS" "$TASK_MS")
R_WEEK=$(ratio "$WEEK_MS" "$CALCURSE_MS")
R_GROWTH=$(ratio "$GROWTH5_MS" "$GROWTH1_MS")

CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)

{
cat <<EOF
# studyplan side by side: results

Written by \`benches/compare/compare.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Reproduce with \`benches/compare/compare.sh\`
(it installs the peers with apt-get when missing and takes about two minutes after the build).

## Machine and versions

| | |
| --- | --- |
| machine | $(nproc) cores, ${CPU:-unknown CPU}, $MEM RAM, Linux $(uname -r) |
| load average | $LOAD_START at the start, $LOAD at the end |
| studyplan | git $REV, \`--release\` |
| rustc | $RUSTC |
| taskwarrior | $(task --version 2>/dev/null | head -1) |
| calcurse | $(calcurse --version 2>/dev/null | head -1 | sed 's/ -- .*//') |
| hyperfine | $(hyperfine --version 2>/dev/null) |
| tmux | $(tmux -V 2>/dev/null) |

## Data

- studyplan: \`studyplan demo --years 5\` on a new database: $(head -1 "$WORK/demo.txt" | sed 's/.*: //')
- studyplan, one week: \`start fast-track-6-month\` at the same position (week 10), 7 days of 3 logs, 1 task.
- taskwarrior: $TASKS tasks ($PENDING pending) over the same five years, loaded with \`task import\` of a generated JSON file.
- calcurse: the same five years as $APTS appointment lines (3 blocks on most study days, the coming week planned) and $TODOS to-dos, loaded with \`calcurse -i\` of a generated iCal file.
- A generated roadmap of 10,000 items (500 one-week phases of 15 deliverables, 500 week details of 3).

## Results

Medians. Pairs ran interleaved: $ROUNDS hyperfine rounds of $RUNS runs after 3 warm-ups, the order swapped each round
(\`hyperfine -N\`, no shell)$( [ -n "$PRIORITY" ] && printf ', every measured process (both sides) at scheduler priority %s' "$PRIORITY"). First frames: $FRAME_RUNS starts per round in a 120x40 tmux pane, polling
\`capture-pane\` until the screen's text shows; the method's own floor (a pane printing one line) is $FLOOR_FRAME ms.

| what | measured (wall, median) | CPU (user + sys, mean) | target | met? |
| --- | --- | --- | --- | --- |
| \`studyplan today\` (5 years) vs \`task rc.verbose=nothing next\` (5,000 tasks) | $TODAY_MS ms vs $TASK_MS ms: ratio $R_TODAY | $TODAY_CPU ms vs $TASK_CPU ms | ratio <= 0.1 | $(met "$R_TODAY <= 0.1") |
| \`studyplan week\` vs \`calcurse -d 7\` | $WEEK_MS ms vs $CALCURSE_MS ms: ratio $R_WEEK | $WEEK_CPU ms vs $CALCURSE_CPU ms | ratio <= 0.1 | $(met "$R_WEEK <= 0.1") |
| \`today\` on 5 years vs on 1 week | $GROWTH5_MS ms vs $GROWTH1_MS ms: ratio $R_GROWTH | $GROWTH5_CPU ms vs $GROWTH1_CPU ms | ratio <= 1.2 | $(met "$R_GROWTH <= 1.2") |
| TUI first full frame, 5-year database (calcurse in the same run) | $FRAME_SP ms (calcurse $FRAME_CC ms) | | <= 50 ms and below calcurse | $(met "$FRAME_SP <= 50 && $FRAME_SP < $FRAME_CC") |
| CPU while the TUI sits idle with a timer running, over $IDLE_SECONDS s (title bar \`$TIMER_BEFORE\` then \`$TIMER_AFTER\`) | $IDLE_PCT % of one core | | <= 0.5 % | $(met "$IDLE_PCT <= 0.5") |
| peak memory: \`today\` | $MEM_TODAY MiB (\`task next\`: $MEM_TASK MiB) | | <= 15 MiB | $(met "$MEM_TODAY <= 15") |
| peak memory: TUI after visiting every screen | $MEM_TUI MiB | | <= 40 MiB | $(met "$MEM_TUI <= 40") |
| import of all bundled roadmaps (new database: \`roadmap list\`) | $IMPORT_MS ms | $IMPORT_CPU ms | <= 20 ms | $(met "$IMPORT_MS <= 20") |
| validate a generated 10,000-item roadmap (\`roadmap validate\`) | $VALIDATE_MS ms | $VALIDATE_CPU ms | <= 150 ms | $(met "$VALIDATE_MS <= 150") |
| the TUI when its terminal closes (after the idle test) | $HANGUP | | exits | $( [ "$HANGUP" = exits ] && echo yes || echo "**no**") |
| TUI or calcurse processes still running 2 s after their tmux session ended, whole run | $ORPHANS | | 0 | $( [ "$ORPHANS" -eq 0 ] && echo yes || echo "**no**") |

For scale: \`studyplan --version\` (process start, no database) takes $VERSION_MS ms.

## Commands

\`\`\`sh
studyplan --db \$SP5 today            # vs  task rc.verbose=nothing next
studyplan --db \$SP5 week             # vs  calcurse -D \$CAL --read-only -d 7
studyplan --db \$SP1W today           # the 1-week database
studyplan --db fresh.db roadmap list  # --prepare 'rm -f fresh.db*': imports every bundled roadmap
studyplan roadmap validate generated.toml
studyplan --db \$SP5                  # TUI in tmux; wait for "Deliverables" and "q quit"
calcurse -D \$CAL --read-only         # wait for "Learning (learn)" and "q Quit"
/usr/bin/time -v studyplan --db \$SP5 today
\`\`\`
The hyperfine JSON exports are in \`benches/compare/out/\` (not committed).
EOF
[ -f "$NOTES" ] && { echo; cat "$NOTES"; }
} >"$RESULTS"

say "wrote $RESULTS"
sed -n '/^## Results/,/^For scale/p' "$RESULTS" >&2
