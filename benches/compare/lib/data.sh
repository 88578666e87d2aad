# benches/compare/lib/data.sh: sourced by benches/compare/compare.sh, in order; shares its variables.
# Equivalent data for both sides: studyplan demo, calcurse iCal, taskwarrior JSON, a 10,000-item roadmap.
# ---------------------------------------------------------------- data
say "generating data"
TODAY=$(date +%F)
MONDAY=$(date -d "$TODAY -$(( $(date +%u) - 1 )) days" +%F)
"$BIN" --db "$SP5" demo --years 5 >"$WORK/demo.txt"

# One week of history on the same plan position (week 10 of fast-track-6-month, as demo).
"$BIN" --db "$SP1W" start fast-track-6-month --on "$(date -d "$MONDAY -63 days" +%F)" >/dev/null
for back in 7 6 5 4 3 2 1; do
    day=$(date -d "$TODAY -$back days" +%F)
    "$BIN" --db "$SP1W" log learn 30m --on "$day" >/dev/null
    "$BIN" --db "$SP1W" log build 1h --on "$day" >/dev/null
    "$BIN" --db "$SP1W" log polish 30m --on "$day" >/dev/null
done
"$BIN" --db "$SP1W" task add "read one paper section" --on "$TODAY" >/dev/null

# The days from five years ago to a week ahead, as "YYYYMMDD weekday(1-7) past(0/1)".
DAYS=$(( 5 * 365 ))
seq -"$DAYS" 7 | sed "s/.*/$TODAY & days/" | date -f - +%Y%m%d\ %u \
    | awk -v today="$(date +%Y%m%d)" '{ print $1, $2, ($1 < today) }' >"$WORK/days.txt"

# calcurse: the same history as appointments (three blocks on most study days,
# the coming week fully planned) and two or three to-dos a week, via its iCal import.
awk 'BEGIN { srand(42); print "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//studyplan benches/compare//EN\r" }
function ev(day, from, to, what) {
    printf "BEGIN:VEVENT\r\nUID:%s-%s@bench\r\nDTSTART:%sT%s00\r\nDTEND:%sT%s00\r\nSUMMARY:%s\r\nEND:VEVENT\r\n", day, from, day, from, day, to, what
}
{
    if ($2 != 7 && (!$3 || rand() >= 1 / 7)) {
        ev($1, "0900", "0930", "Learning (learn): video/book")
        ev($1, "0930", "1030", "Build (build): code")
        ev($1, "1030", "1100", "Polish (polish): tests/README/reflection")
    }
    if ($2 == 1) for (i = 0; i < 2 + (rand() < 0.5); i++)
        printf "BEGIN:VTODO\r\nUID:todo-%s-%d@bench\r\nSUMMARY:read one paper section %s-%d\r\nEND:VTODO\r\n", $1, i, $1, i
}
END { print "END:VCALENDAR\r" }' "$WORK/days.txt" >"$WORK/history.ics"
calcurse -D "$CAL" -q -i "$WORK/history.ics" >/dev/null 2>&1 \
    || calcurse -D "$CAL" -i "$WORK/history.ics" >/dev/null
[ -s "$CAL/apts" ] || die "calcurse imported no appointments from $WORK/history.ics"
# One interactive start writes calcurse's conf and keys files, which --read-only needs.
start_pane "exec calcurse -D $CAL"
wait_for "q Quit" || die "calcurse did not start in tmux"
tm send-keys -t bench q
sleep 0.3
tm send-keys -t bench y
for _ in $(seq 1 50); do [ -f "$CAL/conf" ] && [ -f "$CAL/keys" ] && break; sleep 0.1; done
end_session
[ -f "$CAL/keys" ] || die "calcurse wrote no keys file in $CAL"

# taskwarrior: 5,000 tasks over the same five years; past ones mostly completed.
cat >"$TASKRC" <<EOF
data.location=$TASKDATA
confirmation=off
hooks=off
news.version=2.6.2
EOF
awk 'BEGIN { srand(7); n = 0; print "[" }
{ day[NR] = $1; past[NR] = $3 }
END {
    for (i = 0; i < 5000; i++) {
        k = 1 + int(i * NR / 5000)
        status = (past[k] && rand() < 0.8) ? "completed" : "pending"
        end = (status == "completed") ? sprintf(",\"end\":\"%sT180000Z\"", day[k]) : ""
        printf "%s{\"description\":\"study task %d: read one paper section\",\"status\":\"%s\",\"entry\":\"%sT080000Z\",\"due\":\"%sT170000Z\",\"project\":\"study.ai\",\"tags\":[\"study\"]%s}\n", (i ? "," : ""), i, status, day[k], day[k], end
    }
    print "]"
}' "$WORK/days.txt" >"$WORK/tasks.json"
task rc.verbose=nothing import "$WORK/tasks.json" >/dev/null 2>&1
TASKS=$(task rc.verbose=nothing count status.any: 2>/dev/null || echo "?")
PENDING=$(task rc.verbose=nothing count status:pending 2>/dev/null || echo "?")
APTS=$(grep -c . "$CAL/apts" || true)
TODOS=$(grep -c . "$CAL/todo" || true)

# A generated roadmap of 10,000 items (the shape of benches/support/fixtures.rs).
awk 'BEGIN {
    weeks = 500
    print "id = \"generated\"\ntitle = \"Generated roadmap\"\nsummary = \"10000 items for the benches\"\nweeks = " weeks "\n"
    for (w = 1; w <= weeks; w++) {
        printf "[[phases]]\nid = \"phase-%d\"\ntitle = \"Phase %d: a week of focused practice\"\nweeks = [%d, %d]\nfocus = \"Practice the ideas of week %d end to end\"\n", w, w, w, w, w
        for (d = 1; d <= 15; d++)
            printf "[[phases.deliverables]]\nid = \"p%d-d%d\"\ntitle = \"Deliverable %d of week %d: a tested module\"\n", w, d, d, w
        printf "\n[[week_details]]\nid = \"week-%d\"\nweek = %d\ntitle = \"Week %d in detail\"\nconcept = \"Concept %d\"\ncode = [\"src/week_%d.py\"]\n", w, w, w, w, w
        for (d = 1; d <= 3; d++)
            printf "[[week_details.deliverables]]\nid = \"w%d-d%d\"\ntitle = \"Week %d exercise %d\"\n", w, d, w, d
        print ""
    }
}' >"$WORK/generated.toml"
"$BIN" roadmap validate "$WORK/generated.toml" >/dev/null || die "the generated roadmap does not validate"

# Sanity: every command measured below works on its data.
"$BIN" --db "$SP5" today >/dev/null
"$BIN" --db "$SP1W" today >/dev/null
"$BIN" --db "$SP5" week >/dev/null
task rc.verbose=nothing next >/dev/null
calcurse -D "$CAL" --read-only -d 7 >/dev/null
