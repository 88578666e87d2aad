# benches/compare/lib/tmux.sh: sourced by benches/compare/compare.sh, in order; shares its variables.
# A private tmux server: start a pane, wait for text on it, end it and count orphans.
# ---------------------------------------------------------------- tmux
tm() { tmux -L "$SOCK" "$@"; }
# Microseconds from bash itself: no process per reading, so polling stays tight.
now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; }

# wait_for PATTERN... : polls the pane until every pattern shows (15 s at most); 0 when found.
wait_for() {
    local deadline=$(($(now_us) + 15000000)) screen p ok
    while [ "$(now_us)" -lt "$deadline" ]; do
        screen=$(tm capture-pane -p -t bench 2>/dev/null || true)
        ok=1
        for p in "$@"; do
            case $screen in *"$p"*) ;; *) ok=0; break ;; esac
        done
        [ $ok -eq 1 ] && return 0
    done
    return 1
}

# One tmux server on a private socket for the whole run, kept alive by an idle session.
tm new-session -d -s keep "sleep 86400"

# start_pane CMD: a fresh 120x40 session `bench` whose pane runs CMD.
start_pane() {
    end_session
    tm new-session -d -x 120 -y 40 -s bench "sleep 3600"
    tm respawn-pane -k -t bench "$PANE_BOOST $1"
}

# end_session [quit-key]: ends session `bench`; its program must then be gone within 2 s.
# A program still running after its terminal closed is counted in ORPHANS (and killed by its pid).
ORPHANS=0
end_session() {
    local pid
    pid=$(tm display-message -p -t bench '#{pane_pid}' 2>/dev/null || true)
    if [ -n "${1:-}" ] && [ -n "$pid" ]; then
        tm send-keys -t bench "$1"
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    fi
    tm kill-session -t bench >/dev/null 2>&1 || true
    [ -n "$pid" ] || return 0
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.05; done
    ORPHANS=$((ORPHANS + 1))
    kill -9 "$pid" 2>/dev/null || true
}
