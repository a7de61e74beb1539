#!/usr/bin/env bash
# The platform's watchdog, started by ./factbridge start and stopped first by ./factbridge stop:
#   - a service that died (its recorded process is gone, and no stop or restart is under way) is started again with
#     back-off: 1 s after its first death, then 2, 4 … up to 60 s while it keeps dying; a service that stays up for
#     5 minutes starts afresh at 1 s. Each death and restart is a line in logs/supervisor.log and in the service's log.
#   - logs over FACTBRIDGE_LOG_MAX_MB (50) MB are rotated: <name>.log.1 … .<FACTBRIDGE_LOG_KEEP> (5), the live file
#     copied then truncated, so the process writing it (which appends) carries on in the same file.
#   supervise.sh run     (what ./factbridge start launches in the background)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$FB_ROOT/platform/bin/services.sh"

SUPERVISE_INTERVAL=2
SUPERVISE_MAX_DELAY=60
SUPERVISE_STABLE_SECONDS=300
FB_LOG_MAX_BYTES=$(( ${FACTBRIDGE_LOG_MAX_MB:-50} * 1024 * 1024 ))
FB_LOG_KEEP="${FACTBRIDGE_LOG_KEEP:-5}"

supervise_log() {
  local line
  line="[factbridge] $(date -u +%FT%TZ) supervisor: $*"
  printf '%s\n' "$line" >>"$FB_LOGS/supervisor.log"
}

# fb_rotate_log <file>: when larger than the limit, shifts <file>.1 … and copies it to <file>.1, then truncates it.
fb_rotate_log() {
  local file="$1" i size
  size=$(stat -c %s "$file" 2>/dev/null) || return 0
  [ "$size" -gt "$FB_LOG_MAX_BYTES" ] || return 0
  rm -f "$file.$FB_LOG_KEEP"
  for ((i = FB_LOG_KEEP - 1; i >= 1; i--)); do
    [ -f "$file.$i" ] && mv -f "$file.$i" "$file.$((i + 1))"
  done
  cp "$file" "$file.1"
  : >"$file"
  supervise_log "rotated $(basename "$file") ($size bytes) to $(basename "$file").1"
}

fb_rotate_logs() {
  local file
  for file in "$FB_LOGS"/*.log; do [ -f "$file" ] && fb_rotate_log "$file"; done
  return 0
}

# Watches the four services until stopped. A service is watched while its pid file exists: ./factbridge stop and
# restart remove it (and mark the stop in run/<name>.stopping while they wait), so a deliberate stop is never undone.
supervise_run() {
  fb_select_jdk
  local -A deaths=() due=() up_since=()
  local s name pid now delay
  supervise_log "watching ${FB_SERVICES[*]%%:*} (pid $$)"
  while true; do
    for s in "${FB_SERVICES[@]}"; do
      name="${s%%:*}"
      [ -f "$(fb_pid_file "$name")" ] || { unset "due[$name]"; continue; }
      [ -f "$FB_RUN/$name.stopping" ] && continue
      now=$SECONDS
      if pid=$(fb_running_pid "$name"); then
        up_since[$name]=${up_since[$name]:-$now}
        if [ $((now - ${up_since[$name]})) -ge "$SUPERVISE_STABLE_SECONDS" ]; then deaths[$name]=0; fi
        continue
      fi
      if [ -z "${due[$name]:-}" ]; then
        deaths[$name]=$(( ${deaths[$name]:-0} + 1 ))
        delay=$(( 1 << (deaths[$name] - 1 < 6 ? deaths[$name] - 1 : 6) ))
        [ "$delay" -le "$SUPERVISE_MAX_DELAY" ] || delay=$SUPERVISE_MAX_DELAY
        due[$name]=$((now + delay))
        supervise_log "$name (pid $(cat "$(fb_pid_file "$name")" 2>/dev/null)) died; restarting it in $delay s" \
          "(death ${deaths[$name]} in a row)"
        printf '[factbridge] %s died; the supervisor restarts it in %d s\n' "$name" "$delay" >>"$FB_LOGS/$name.log"
      fi
      if [ "$now" -ge "${due[$name]}" ]; then
        unset "due[$name]"
        unset "up_since[$name]"
        supervise_log "restarting $name"
        if (svc_start "$name" && svc_wait_ready "$name") >>"$FB_LOGS/supervisor.log" 2>&1; then
          supervise_log "$name is back (pid $(fb_running_pid "$name" || echo '?'))"
        else
          supervise_log "$name did not come back; trying again after the back-off"
        fi
      fi
    done
    fb_rotate_logs
    sleep "$SUPERVISE_INTERVAL"
  done
}

supervisor_start() {
  local pid
  if pid=$(fb_running_pid supervisor); then return 0; fi
  (
    cd "$FB_ROOT"
    setsid nohup bash "$FB_ROOT/platform/bin/supervise.sh" run >>"$FB_LOGS/supervisor.log" 2>&1 </dev/null &
    echo $! >"$(fb_pid_file supervisor)"
  )
  fb_log "supervisor watching the services (restarts one that dies; logs/supervisor.log)"
}

supervisor_stop() { fb_stop_pid supervisor 10; }

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    run) supervise_run ;;
    rotate) fb_rotate_logs ;;
    *) echo "usage: $0 run | rotate" >&2; exit 2 ;;
  esac
fi
