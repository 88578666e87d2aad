# benches/compare/lib/peers.sh: sourced by benches/compare/compare.sh, in order; shares its variables.
# The peers: installs missing Debian packages; raises scheduling priority (PRIORITY).
# ---------------------------------------------------------------- peers
install_missing() {
    local missing=() pair cmd pkg
    for pair in task:taskwarrior calcurse:calcurse hyperfine:hyperfine tmux:tmux /usr/bin/time:time jq:jq; do
        cmd=${pair%%:*} pkg=${pair#*:}
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return
    say "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get: install them by hand"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
install_missing
[ -n "${EPOCHREALTIME:-}" ] || die "bash 5 or newer is needed (for EPOCHREALTIME)"

# Raises the scheduling priority of the calling process's session group (see PRIORITY).
PRIORITY=${PRIORITY:-}
boost() {
    [ -n "$PRIORITY" ] || return 0
    [ -w /proc/self/autogroup ] && echo "$PRIORITY" >/proc/self/autogroup 2>/dev/null || true
    renice -n "$PRIORITY" -p $$ >/dev/null 2>&1 || true
}
# A pane command prefixed with the same boost (tmux makes each pane its own session).
PANE_BOOST=""
if [ -n "$PRIORITY" ]; then
    PANE_BOOST="echo $PRIORITY >/proc/self/autogroup 2>/dev/null; renice -n $PRIORITY -p \$\$ >/dev/null 2>&1;"
fi
boost
