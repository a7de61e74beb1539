#!/usr/bin/env bash
# Shared helpers for the platform scripts. Sourced, never run.
# Everything the local platform writes lives under $FB_STATE (default ./.factbridge):
#   logs/<name>.log  run/<name>.pid  data/<name>/  secrets/  (all git-ignored)

FB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FB_STATE="${FACTBRIDGE_STATE:-$FB_ROOT/.factbridge}"
FB_LOGS="$FB_STATE/logs"
FB_RUN="$FB_STATE/run"
FB_DATA="$FB_STATE/data"
FB_SECRETS="$FB_STATE/secrets"
FB_PLATFORM_TARGET="$FB_ROOT/platform/target"

FB_KAFKA_PORT="${FACTBRIDGE_KAFKA_PORT:-9092}"
FB_KAFKA_CONTROLLER_PORT="${FACTBRIDGE_KAFKA_CONTROLLER_PORT:-9093}"
FB_ES_PORT="${FACTBRIDGE_ES_PORT:-9200}"
FB_ES_TRANSPORT_PORT="${FACTBRIDGE_ES_TRANSPORT_PORT:-9300}"
FB_SEARCH_PORT="${FACTBRIDGE_SEARCH_PORT:-8080}"
FB_INGEST_PORT="${FACTBRIDGE_INGEST_PORT:-8081}"
FB_TRANSLATE_PORT="${FACTBRIDGE_TRANSLATE_PORT:-8082}"
FB_EXTRACT_PORT="${FACTBRIDGE_EXTRACT_PORT:-8083}"

# File names in the bucket are UTF-8 (Korean, Chinese, RTL marks): under a C/POSIX locale the JVMs (services and
# tests) could not represent them (sun.jnu.encoding would be ASCII) and such files would never leave the inbox.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

fb_log() { printf '[factbridge] %s\n' "$*" >&2; }
fb_die() { printf '[factbridge] ERROR: %s\n' "$*" >&2; exit 1; }

fb_init_dirs() {
  mkdir -p "$FB_LOGS" "$FB_RUN" "$FB_DATA" "$FB_SECRETS"
  chmod 700 "$FB_SECRETS"
}

# Major version of the JDK at $1 (a JAVA_HOME), or empty.
fb_jdk_major() {
  local home="$1" v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  printf '%s' "${v%%.*}"
}

# Picks a JDK >= 21: JAVA_HOME if it qualifies, else the newest in Debian's JVM folder.
# Exports JAVA_HOME and puts it first on PATH.
fb_select_jdk() {
  local best="" best_v=0 home v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(fb_jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then best="$JAVA_HOME"; best_v="$v"; fi
  fi
  if [ -z "$best" ]; then
    for home in /usr/lib/jvm/*; do
      [ -L "$home" ] && continue
      v=$(fb_jdk_major "$home")
      if [ -n "$v" ] && [ "$v" -gt "$best_v" ]; then best="$home"; best_v="$v"; fi
    done
  fi
  if [ -z "$best" ] || [ "$best_v" -lt 21 ]; then
    fb_die "no JDK >= 21 found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm has: $(ls /usr/lib/jvm 2>/dev/null | tr '\n' ' ')). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, and/or set JAVA_HOME."
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

fb_pid_file() { printf '%s/%s.pid' "$FB_RUN" "$1"; }

# Whether process $1 is alive: a zombie (killed, not yet reaped by its parent) is not, or a SIGKILLed server would
# be "already running" to the start that should replace it.
fb_alive() {
  local stat
  kill -0 "$1" 2>/dev/null || return 1
  [ -r "/proc/$1/stat" ] || return 0 # no procfs: kill -0 is all there is
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

# Prints the PID recorded for $1 if that process is still alive.
fb_running_pid() {
  local f pid
  f=$(fb_pid_file "$1")
  [ -f "$f" ] || return 1
  pid=$(cat "$f")
  if [ -n "$pid" ] && fb_alive "$pid"; then printf '%s' "$pid"; return 0; fi
  return 1
}

# Stops the process we recorded for $1 (only that PID): TERM, then KILL after $2 seconds.
fb_stop_pid() {
  local name="$1" grace="${2:-30}" pid i
  # While it stops, the supervisor (supervise.sh) must not take the death for a crash.
  touch "$FB_RUN/$name.stopping" 2>/dev/null || true
  if pid=$(fb_running_pid "$name"); then
    fb_log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
      fb_alive "$pid" || break
      sleep 0.1
    done
    if fb_alive "$pid"; then
      fb_log "$name did not stop in ${grace}s, sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$(fb_pid_file "$name")" "$FB_RUN/$name.stopping"
}

# Polls command "$2..." until it succeeds or $1 seconds pass.
fb_wait_for() {
  local timeout="$1"; shift
  local begun=$SECONDS deadline=$((SECONDS + timeout)) next=$((SECONDS + 10))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    # FB_WAITING names what is awaited: then a line every 10 s, so a wait is never silent.
    if [ -n "${FB_WAITING:-}" ] && [ "$SECONDS" -ge "$next" ]; then
      fb_log "still waiting for $FB_WAITING ($((SECONDS - begun)) s)"
      next=$((SECONDS + 10))
    fi
    sleep 0.5
  done
}

fb_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# JDK 24+ warns at every start about sun.misc.Unsafe (Maven and Netty use it); older JDKs reject this flag,
# so it is printed only for the selected JDK when it is 24 or newer.
fb_unsafe_access_flag() {
  local v
  v=$(fb_jdk_major "${JAVA_HOME:-}")
  if [ -n "$v" ] && [ "$v" -ge 24 ]; then printf '%s' '--sun-misc-unsafe-memory-access=allow'; fi
}

# Compact object headers (JEP 519, a product flag from JDK 25): 8-byte headers, measured 15% off translate's live set.
fb_compact_headers_flag() {
  local v
  v=$(fb_jdk_major "${JAVA_HOME:-}")
  if [ -n "$v" ] && [ "$v" -ge 25 ]; then printf '%s' '-XX:+UseCompactObjectHeaders'; fi
}

# Runs Maven with the selected JDK. Its output goes to logs/maven.log (to the screen with FACTBRIDGE_VERBOSE), and
# every 10 s a line says how far it is: what it has downloaded, what it downloads or builds now. A failed build
# prints its errors and where the whole output is.
fb_mvn() {
  if [ -n "${FACTBRIDGE_VERBOSE:-}" ]; then
    (cd "$FB_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} $(fb_unsafe_access_flag)" mvn -B "$@")
    return
  fi
  mkdir -p "$FB_LOGS"
  local log="$FB_LOGS/maven.log" pid rc=0 begun=$SECONDS next=$((SECONDS + 10))
  (cd "$FB_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} $(fb_unsafe_access_flag)" mvn -B "$@") >"$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 0.5
    if [ "$SECONDS" -ge "$next" ]; then
      fb_log "maven, $((SECONDS - begun)) s: $(fb_mvn_progress "$log")"
      next=$((SECONDS + 10))
    fi
  done
  wait "$pid" || rc=$?
  if [ "$rc" -ne 0 ]; then
    grep -E '^\[ERROR\]' "$log" | head -n 40 >&2 || tail -n 40 "$log" >&2
    fb_log "Maven failed (exit $rc); its whole output: $log"
  elif [ $((SECONDS - begun)) -ge 10 ]; then
    fb_log "maven done in $((SECONDS - begun)) s: $(fb_mvn_progress "$log" done)"
  fi
  return "$rc"
}

# One line of a Maven log's progress: artifacts downloaded and their size, then what runs now (unless "done").
fb_mvn_progress() {
  awk -v done="${2:-}" '
    # Batch mode (-B) logs transfers as "[INFO] Downloaded from central: <url> (12 kB at 80 kB/s)".
    /^(\[INFO\] )?Downloaded from / {
      n++
      # "... (12 kB at 80 kB/s)": the size is the first number after the parenthesis, its unit the word after.
      if (match($0, /\([0-9.]+ (B|kB|MB|GB)/)) {
        split(substr($0, RSTART + 1, RLENGTH - 1), part, " ")
        size += part[1] * (part[2] == "GB" ? 1e9 : part[2] == "MB" ? 1e6 : part[2] == "kB" ? 1e3 : 1)
      }
      now = ""
    }
    /^(\[INFO\] )?Downloading from / { sub(/.*\//, ""); now = "downloading " $0 }
    /^\[INFO\] Building / { sub(/^\[INFO\] Building /, ""); now = "building " $0 }
    END {
      line = sprintf("%d artifacts downloaded (%.1f MB)", n, size / 1e6)
      if (done == "" && now != "") line = line "; now " now
      print line
    }' "$1" 2>/dev/null
}
