# benches/compare/lib/hyperfine.sh: sourced by benches/compare/compare.sh, in order; shares its variables.
# The command-line pairs, interleaved with hyperfine; sets the *_MS and *_CPU figures.
# ---------------------------------------------------------------- hyperfine
# median_ms FILE... NAME: the median of every run of NAME over the rounds, in ms.
median_ms() {
    local name=${*: -1}
    jq -s --arg n "$name" '[.[].results[] | select(.command == $n) | .times[]] | sort
        | if length == 0 then "nan" else (.[(length / 2 | floor)] * 1000 * 100 | round / 100) end' "${@:1:$#-1}"
}

# cpu_ms FILE... NAME: mean user + system CPU time of NAME over the rounds, in ms (less
# sensitive than wall time to other load on the machine).
cpu_ms() {
    local name=${*: -1}
    jq -s --arg n "$name" '[.[].results[] | select(.command == $n) | (.user + .system)]
        | if length == 0 then "nan" else (add / length * 1000 * 100 | round / 100) end' "${@:1:$#-1}"
}

# pair LABEL NAME_A CMD_A NAME_B CMD_B: ROUNDS hyperfine runs, the order swapped each round.
pair() {
    local label=$1 na=$2 ca=$3 nb=$4 cb=$5 r files=()
    say "hyperfine: $na vs $nb"
    for r in $(seq 1 "$ROUNDS"); do
        local f=$OUT/$label-$r.json
        if [ $((r % 2)) -eq 1 ]; then
            hyperfine -N --warmup 3 --runs "$RUNS" --style basic --export-json "$f" -n "$na" "$ca" -n "$nb" "$cb" >&2
        else
            hyperfine -N --warmup 3 --runs "$RUNS" --style basic --export-json "$f" -n "$nb" "$cb" -n "$na" "$ca" >&2
        fi
        files+=("$f")
    done
    A_MS=$(median_ms "${files[@]}" "$na")
    B_MS=$(median_ms "${files[@]}" "$nb")
    A_CPU=$(cpu_ms "${files[@]}" "$na")
    B_CPU=$(cpu_ms "${files[@]}" "$nb")
}

# single LABEL NAME CMD [PREPARE]: one command, median in ms.
single() {
    local label=$1 name=$2 cmd=$3 prepare=${4:-}
    say "hyperfine: $name"
    local f=$OUT/$label.json
    if [ -n "$prepare" ]; then
        hyperfine -N --warmup 3 --runs $((RUNS * 2)) --style basic --export-json "$f" --prepare "$prepare" -n "$name" "$cmd" >&2
    else
        hyperfine -N --warmup 3 --runs $((RUNS * 2)) --style basic --export-json "$f" -n "$name" "$cmd" >&2
    fi
    ONE_MS=$(median_ms "$f" "$name")
    ONE_CPU=$(cpu_ms "$f" "$name")
}

pair today "studyplan today" "$BIN --db $SP5 today" "task next" "task rc.verbose=nothing next"
TODAY_MS=$A_MS TASK_MS=$B_MS TODAY_CPU=$A_CPU TASK_CPU=$B_CPU
pair week "studyplan week" "$BIN --db $SP5 week" "calcurse -d 7" "calcurse -D $CAL --read-only -d 7"
WEEK_MS=$A_MS CALCURSE_MS=$B_MS WEEK_CPU=$A_CPU CALCURSE_CPU=$B_CPU
pair growth "today, 5 years" "$BIN --db $SP5 today" "today, 1 week" "$BIN --db $SP1W today"
GROWTH5_MS=$A_MS GROWTH1_MS=$B_MS GROWTH5_CPU=$A_CPU GROWTH1_CPU=$B_CPU
single version "studyplan --version" "$BIN --version"
VERSION_MS=$ONE_MS
FRESH=$WORK/fresh.db
single import "import all bundled roadmaps" "$BIN --db $FRESH roadmap list" "rm -f $FRESH $FRESH-wal $FRESH-shm"
IMPORT_MS=$ONE_MS IMPORT_CPU=$ONE_CPU
single validate "validate 10,000 items" "$BIN roadmap validate $WORK/generated.toml"
VALIDATE_MS=$ONE_MS VALIDATE_CPU=$ONE_CPU
