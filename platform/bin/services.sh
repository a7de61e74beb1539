#!/usr/bin/env bash
# The four Quarkus services as local processes.
#   services.sh start [name...] | stop [name...] | status | build | exec <name> <port>
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# name:port, in pipeline order (start order does not matter: consumers start from the earliest offset).
FB_SERVICES=(ingest-service:$FB_INGEST_PORT translate-service:$FB_TRANSLATE_PORT extract-service:$FB_EXTRACT_PORT
  search-service:$FB_SEARCH_PORT)

svc_port() {
  local s
  for s in "${FB_SERVICES[@]}"; do [ "${s%%:*}" = "$1" ] && { echo "${s##*:}"; return; }; done
  fb_die "unknown service '$1' (known: ${FB_SERVICES[*]%%:*})"
}

svc_jar() { echo "$FB_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# True when a service jar is missing or older than any source it is built from.
svc_stale() {
  local jar
  jar=$(svc_jar "$1")
  [ -f "$jar" ] || return 0
  # The service's own sources and every shared module a service builds on.
  [ -n "$(find "$FB_ROOT/$1/src/main" "$FB_ROOT/$1/pom.xml" "$FB_ROOT/pom.xml" \
    "$FB_ROOT"/{languages,events,glossary,text-analysis,quantities,http-api}/{src/main,pom.xml} \
    -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

services_build() {
  local stale=() s name
  for s in "${FB_SERVICES[@]}"; do
    name="${s%%:*}"
    svc_stale "$name" && stale+=("$name")
  done
  [ ${#stale[@]} -eq 0 ] && return 0
  fb_log "building ${stale[*]} (tests are run by './factbridge test')"
  fb_mvn package -DskipTests -Dquarkus.package.jar.type=fast-jar -pl "$(IFS=,; echo "${stale[*]}")" -am
  local n; for n in "${stale[@]}"; do touch "$(svc_jar "$n")"; done
}

# JVM flags of a service process (also the benchmark's), chosen by measurement (docs/benchmarks/README.md):
# the full JIT (C2 runs extraction 1.6-1.9x faster than C1 alone in ExtractBenchmark); compact object headers
# (JDK 25); a heap that, with the 150-180 MB a Quarkus JVM needs beside it at its peaks (metaspace and class space
# 60-65, libjvm and other files 26, code 20, shared classes 15, symbols 12, C2's arenas up to 20 while it compiles,
# threads, malloc), keeps a service within 300 MB of RSS; bounded code cache, metaspace and stacks; malloc'd memory
# (C2's above all) given back to the system every second; no per-thread cache of the temporary direct buffers the
# JDK copies a large heap buffer into for a socket write (a Kafka record or bulk body of several MB stayed cached
# per thread: translate's NMT "Other" 14.6 MB, 1.5 MB without); exit rather than limp on OOM.
#   svc_jvm_flags [service]   (FACTBRIDGE_SERVICE_HEAP sets the heap of every service; FACTBRIDGE_SERVICE_JVM_OPTS
#   adds flags of the caller's, e.g. -XX:NativeMemoryTracking=summary to see where the memory goes)
svc_jvm_flags() {
  # Heaps from measured live sets (after a full GC, warm, benchmark documents, compact headers), HostileInputIT's
  # rule that the live set stays below half the old generation, and the peaks of the largest batches (2026-12-07):
  # - translate: 44 MB live (Lingua's trigram models for seven languages about 22, the candidate cache up to 10);
  #   112 MB with young:old 1:5 leaves the old generation 93 MB. Its peak RSS was 301 MB at 120 MB, 312-315 MB at
  #   136 MB (1:3) and 334-338 at 160 MB; the smaller heap costs more collections (GC 8.1 core-s in an
  #   80+80-document burst at 120 MB against 5.6 at 160 MB, of about 33 for the service).
  # - search: 34 MB live once its query analyzer holds Lingua's models for seven Latin languages (about 15 MB,
  #   loaded at start-up since 2026-12-07; the 25-30 MB measured before were without them, until a first long Latin
  #   query loaded them), 46-47 MB after HostileInputIT's 500 files that follow the HTTP fuzz; large analyzed
  #   documents arrive in fetches of at most 4 MB (application.properties) beside two 5 MB bulks in flight: 144 MB
  #   with young:old 1:3 leaves the old generation 108 MB and the young one 36 (at 120 MB, 1:2, the old generation
  #   was 80 MB: the live set after the fuzz was more than half of it).
  # - extract: 18-23 MB live, peaks of 104 MB in HostileInputIT: 128 MB.
  # - ingest: 25-28 MB live; a file is extracted from a spooled copy on disk, not from a byte array, and DOCX with
  #   Tika's SAX extractor, so two near-limit files at once fit in 136 MB (LargeFileMemoryTest, which runs with these
  #   very flags, `services.sh jvm-flags`, passes at 128 MB and fails at 112; at 144 MB the service's RSS peaked at
  #   310 MB in a burst).
  # C2's arenas peak at 18-20 MB while it compiles in a burst (NMT, translate and search). Capping them at 16 MB a
  # compilation (-XX:CompileCommand=MemLimit,*.*,16M~stop) was tried and dropped: 26 of translate's C2 compilations hit
  # it, SentenceAnalyzer.analyze, AnchorExtractor, PartnerIndex and TranslationBuilder among them (PrintCompilation).
  local heap generations="" compact
  compact=$(fb_compact_headers_flag)
  case "${1:-}" in
    translate-service) heap=112m generations="-XX:NewRatio=5" ;;
    search-service) heap=144m generations="-XX:NewRatio=3" ;;
    extract-service) heap=128m ;;
    *) heap=136m ;;
  esac
  # Before JDK 25 (no compact headers) translate and search keep the heaps they were measured at with 12-byte headers.
  if [ -z "$compact" ]; then
    case "${1:-}" in translate-service | search-service) heap=160m ;; esac
  fi
  echo "-Xms64m -Xmx${FACTBRIDGE_SERVICE_HEAP:-$heap} $generations -XX:+UseSerialGC $compact" \
    "-XX:ReservedCodeCacheSize=48m" \
    "-XX:MaxMetaspaceSize=160m -XX:CICompilerCount=2 -Xss512k -XX:TrimNativeHeapInterval=1000" \
    "-Djdk.nio.maxCachedBufferSize=262144" \
    "-XX:+ExitOnOutOfMemoryError $(fb_unsafe_access_flag) ${FACTBRIDGE_SERVICE_JVM_OPTS:-}"
}

svc_ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }

svc_instance_id() { if [ "${2:-1}" -eq 1 ]; then echo "$1"; else echo "$1-$2"; fi; }

# svc_start <name> [instance]: instance 2, 3 … is another process of the same service in the same consumer
# group (port + 100 per instance, pid and log named <name>-<instance>); the scaling benchmark uses it.
svc_start() {
  local id
  id=$(svc_instance_id "$1" "${2:-1}")
  mkdir -p "$FB_RUN"
  # One start at a time per service: the supervisor and a user's (or a test's) start may meet.
  (
    flock 9
    svc_start_locked "$@"
  ) 9>"$FB_RUN/$id.lock"
}

svc_start_locked() {
  local name="$1" instance="${2:-1}" port pid id
  port=$(svc_port "$name")
  id=$(svc_instance_id "$name" "$instance")
  port=$((port + 100 * (instance - 1)))
  if pid=$(fb_running_pid "$id"); then
    if [ "$(svc_jar "$name")" -nt "$(fb_pid_file "$id")" ]; then
      fb_log "$id was rebuilt since it started: restarting it"
      fb_stop_pid "$id" 30
    else
      fb_log "$id already running (pid $pid)"
      return 0
    fi
  fi
  fb_port_open "$port" && fb_die "port $port is taken by another process; stop it or change the port"
  svc_env "$name" "$port"
  local jvm_flags
  read -ra jvm_flags <<<"$(svc_jvm_flags "$name")"
  fb_log "starting $id on 127.0.0.1:$port"
  # Marks where this start's lines begin in the appended log (svc_wait_ready reads only those).
  printf '[factbridge] starting %s at %s\n' "$id" "$(date -u +%FT%TZ)" >>"$FB_LOGS/$id.log"
  # A simple command in the background, so $! is the JVM itself (env, setsid and nohup exec into it).
  (
    cd "$FB_ROOT"
    # 9>&-: the start lock (svc_start) must not be inherited by the service, or it would be held as long as it runs.
    env "${SVC_ENV[@]}" setsid nohup java "${jvm_flags[@]}" -jar "$(svc_jar "$name")" >>"$FB_LOGS/$id.log" 2>&1 </dev/null 9>&- &
    echo $! >"$(fb_pid_file "$id")"
  )
}

# svc_env <name> <port>: sets SVC_ENV to what a service process gets on top of the caller's environment (VAR=value
# entries): the platform's endpoints and credentials, its HTTP port, the allocator setting.
svc_env() {
  local name="$1" port="$2" line
  SVC_ENV=(
    # glibc's per-thread malloc arenas add tens of MB of RSS to a JVM with many threads and gain it nothing.
    "MALLOC_ARENA_MAX=2"
    "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$FB_KAFKA_PORT"
    "QUARKUS_HTTP_PORT=$port"
  )
  # Traces are recorded and exported over OTLP only with an endpoint (events' microprofile-config.properties).
  if [ -n "${FACTBRIDGE_OTLP_ENDPOINT:-}" ]; then
    SVC_ENV+=("FACTBRIDGE_TRACE_SAMPLE_RATIO=${FACTBRIDGE_TRACE_SAMPLE_RATIO:-1.0}")
  fi
  case "$name" in
    ingest-service)
      SVC_ENV+=("FACTBRIDGE_BUCKET=${FACTBRIDGE_BUCKET:-$FB_ROOT/bucket}" "FACTBRIDGE_INGEST_LEDGER=$FB_STATE/ingest/ledger.jsonl")
      ;;
    translate-service)
      # The shared candidate index for cross-document links lives in Elasticsearch (factbridge-translate-documents):
      # the same least-privilege user as the search-service (role factbridge_service on factbridge-*).
      [ -f "$FB_SECRETS/es-service.env" ] || fb_die "missing $FB_SECRETS/es-service.env: start Elasticsearch first"
      while IFS= read -r line; do [ -n "$line" ] && SVC_ENV+=("$line"); done <"$FB_SECRETS/es-service.env"
      SVC_ENV+=("ES_HOSTS=127.0.0.1:$FB_ES_PORT")
      ;;
    search-service)
      # Least-privilege Elasticsearch credentials written by elasticsearch.sh; the API key file by the service.
      [ -f "$FB_SECRETS/es-service.env" ] || fb_die "missing $FB_SECRETS/es-service.env: start Elasticsearch first"
      while IFS= read -r line; do [ -n "$line" ] && SVC_ENV+=("$line"); done <"$FB_SECRETS/es-service.env"
      SVC_ENV+=("ES_HOSTS=127.0.0.1:$FB_ES_PORT" "FACTBRIDGE_API_KEY_FILE=$FB_SECRETS/api-key")
      ;;
  esac
}

# svc_exec <name> <port>: one more process of a service, in the foreground and outside the platform's bookkeeping
# (no pid file; its log on stdout), with the JVM flags and environment svc_start gives it, on 127.0.0.1:<port>.
# The shell execs into the JVM, so the caller's child is the service itself (its PID, its RSS). What the caller's
# environment sets beyond svc_env reaches the service: a test gives an instance topics, a consumer group and
# indices of its own that way (TranslateRestartAfterHistoryIT). The jar is used as built: nothing is rebuilt.
svc_exec() {
  [ $# -eq 2 ] || fb_die "usage: services.sh exec <service> <port>"
  local name="$1" port="$2" jar jvm_flags
  svc_port "$name" >/dev/null
  jar=$(svc_jar "$name")
  [ -f "$jar" ] || fb_die "missing $jar: run 'services.sh build' first"
  fb_port_open "$port" && fb_die "port $port is taken by another process"
  fb_select_jdk
  svc_env "$name" "$port"
  read -ra jvm_flags <<<"$(svc_jvm_flags "$name")"
  cd "$FB_ROOT"
  exec env "${SVC_ENV[@]}" java "${jvm_flags[@]}" -jar "$jar"
}

# svc_wait_ready <name> [instance]: up to 120 s, and longer while the service is alive and copying an index into a
# new version (an upgrade; it logs "copying ..." at least every 100,000 documents), showing that progress.
svc_wait_ready() {
  local name="$1" instance="${2:-1}" port id progress last=""
  id=$(svc_instance_id "$name" "$instance")
  port=$(( $(svc_port "$name") + 100 * (instance - 1) ))
  local begun=$SECONDS
  until FB_WAITING="$id to answer on port $port" fb_wait_for 120 svc_ready "$port"; do
    progress=$(awk '/^\[factbridge\] starting /{p=""} /IndexBootstrap.*copying/{p=$0} END{print p}' "$FB_LOGS/$id.log" \
      2>/dev/null | sed 's/.*IndexBootstrap] ([^)]*) //')
    if fb_running_pid "$id" >/dev/null && [ -n "$progress" ] && [ "$progress" != "$last" ]; then
      fb_log "$id is upgrading an index: $progress"
      last="$progress"
      continue
    fi
    tail -n 30 "$FB_LOGS/$id.log" >&2 || true
    fb_die "$id is not ready on port $port (log above: $FB_LOGS/$id.log)"
  done
  fb_log "$id ready after $((SECONDS - begun)) s"
}

services_start() {
  fb_init_dirs
  fb_select_jdk
  local names=("$@") s
  if [ ${#names[@]} -eq 0 ]; then for s in "${FB_SERVICES[@]}"; do names+=("${s%%:*}"); done; fi
  services_build
  for s in "${names[@]}"; do svc_start "$s"; done
  for s in "${names[@]}"; do svc_wait_ready "$s"; done
}

services_stop() {
  local names=("$@") s
  if [ ${#names[@]} -eq 0 ]; then for s in "${FB_SERVICES[@]}"; do names+=("${s%%:*}"); done; fi
  for s in "${names[@]}"; do fb_stop_pid "$s" 30; done
}

services_status() {
  local s name port pid state
  for s in "${FB_SERVICES[@]}"; do
    name="${s%%:*}"; port="${s##*:}"
    if pid=$(fb_running_pid "$name"); then
      state="running  pid $pid"
      svc_ready "$port" 2>/dev/null && state="$state  ready" || state="$state  not ready"
    else
      state="stopped"
    fi
    printf '%-14s %s  http://127.0.0.1:%s\n' "$name" "$state" "$port"
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  cmd="${1:-}"; shift || true
  case "$cmd" in
    start) services_start "$@" ;;
    stop) services_stop "$@" ;;
    status) services_status ;;
    build) fb_select_jdk; services_build ;;
    exec) svc_exec "$@" ;;
    jvm-flags) [ $# -eq 1 ] || fb_die "usage: services.sh jvm-flags <service>"; fb_select_jdk; svc_jvm_flags "$1" ;;
    *) echo "usage: $0 start|stop [service...] | status | build | exec <service> <port> | jvm-flags <service>" >&2
       exit 2 ;;
  esac
fi
