#!/usr/bin/env bash
# Elasticsearch 9 as one secured node on 127.0.0.1, from the integ-test-zip distribution on Maven Central
# (no bundled JDK: runs on the JDK that fb_select_jdk picks), with the project's analysis plugin.
#   elasticsearch.sh setup|start|stop|status
# Also sourceable: es_setup, es_start, es_stop, es_status.
#
#   setup   fetch + unpack the server, write its config, build/install the plugin, file-realm admin user
#   start   setup, launch, wait for yellow health, then role factbridge_service, native user
#           factbridge-service and an API key (only what is missing or no longer authenticates)
#   stop    TERM (then KILL after 60 s) to the recorded ES JVM pid only
#   status  running/stopped and cluster health; exit 0 when running, 3 when stopped
#
# Files: home $FB_STATE/elasticsearch/elasticsearch-<version>, data $FB_DATA/elasticsearch, console log
# $FB_LOGS/elasticsearch.log (ES's own log files in $FB_LOGS/elasticsearch/), pid $FB_RUN/elasticsearch.pid,
# secrets in $FB_SECRETS: es-admin.password (user factbridge-admin, superuser, file realm),
# es-service.env (ES_USERNAME=/ES_PASSWORD= of the native user), es-service.apikey (the "encoded" id:key).
# Run as root, ES runs as the system user factbridge-es (ES refuses to run as root).
# Environment: FACTBRIDGE_ES_HEAP (default 1g), FACTBRIDGE_ES_START_TIMEOUT (s, default 120),
# FACTBRIDGE_ES_PORT / FACTBRIDGE_ES_TRANSPORT_PORT (lib.sh), FACTBRIDGE_ES_OS_USER (default factbridge-es).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ES_VERSION="$(sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' "$FB_ROOT/pom.xml")"
ES_VERSION="${ES_VERSION:-9.5.3}"
ES_STATE="$FB_STATE/elasticsearch"
ES_HOME="$ES_STATE/elasticsearch-$ES_VERSION"
ES_CONF="$ES_HOME/config"
ES_DATA="$FB_DATA/elasticsearch"
ES_LOG="$FB_LOGS/elasticsearch.log"
ES_LOG_DIR="$FB_LOGS/elasticsearch"
ES_OWN_PID="$ES_STATE/run/elasticsearch.pid" # written by ES itself (-p), copied to $FB_RUN
ES_TMP="$ES_STATE/tmp"
ES_ZIP="$FB_PLATFORM_TARGET/elasticsearch/elasticsearch-$ES_VERSION.zip"
ES_HEAP="${FACTBRIDGE_ES_HEAP:-1g}"
ES_START_TIMEOUT="${FACTBRIDGE_ES_START_TIMEOUT:-120}"
ES_OS_USER="${FACTBRIDGE_ES_OS_USER:-factbridge-es}"
ES_URL="http://127.0.0.1:$FB_ES_PORT"

ES_PLUGIN_MODULE="$FB_ROOT/es-analysis-plugin"
ES_PLUGIN_NAME="factbridge-analysis" # name= in its stable-plugin-descriptor.properties
ES_PLUGIN_MARKER="$ES_STATE/plugin.sha256"

ES_ADMIN_USER="factbridge-admin"
ES_SERVICE_USER="factbridge-service"
ES_SERVICE_ROLE="factbridge_service"
ES_INDEX_PATTERN="factbridge-*"
ES_ADMIN_PASSWORD_FILE="$FB_SECRETS/es-admin.password"
ES_SERVICE_ENV_FILE="$FB_SECRETS/es-service.env"
ES_APIKEY_FILE="$FB_SECRETS/es-service.apikey"

es_project_version() {
  # The root pom's own <version> is its first one (it has no parent).
  sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$FB_ROOT/pom.xml"
}

es_plugin_zip() { printf '%s/target/es-analysis-plugin-%s.zip' "$ES_PLUGIN_MODULE" "$(es_project_version)"; }

es_is_root() { [ "$(id -u)" -eq 0 ]; }

# Sets ES_ARGV to "$@" run as the ES system user when we are root (ES refuses root), with the ES environment.
es_argv() {
  ES_ARGV=(env -u JAVA_HOME "ES_JAVA_HOME=$JAVA_HOME" "ES_PATH_CONF=$ES_CONF" "ES_TMPDIR=$ES_TMP" "ES_JAVA_OPTS=" "$@")
  if es_is_root; then ES_ARGV=(runuser -u "$ES_OS_USER" -- "${ES_ARGV[@]}"); fi
}

es_exec() {
  es_argv "$@"
  "${ES_ARGV[@]}"
}

# The recorded pid, if it is alive and still an Elasticsearch node (a stale pid file whose pid was reused by
# another process is dropped, so stop never signals an unrelated process).
es_running_pid() {
  local pid
  pid=$(fb_running_pid elasticsearch) || return 1
  if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.elasticsearch.bootstrap.Elasticsearch'; then
    printf '%s' "$pid"
    return 0
  fi
  fb_log "dropping stale elasticsearch pid file (pid $pid is not an Elasticsearch node)"
  rm -f "$(fb_pid_file elasticsearch)"
  return 1
}

es_gen_password() { head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | cut -c1-24; }

# Writes stdin to the secret file $1 (mode 600) atomically.
es_write_secret() {
  local f="$1"
  rm -f "$f.tmp"
  (umask 077 && cat >"$f.tmp") && mv -f "$f.tmp" "$f"
}

es_service_password() { sed -n 's/^ES_PASSWORD=//p' "$ES_SERVICE_ENV_FILE" 2>/dev/null; }

# es_http AUTH METHOD PATH [JSON_BODY] -> response body on stdout; status 0 for HTTP 2xx.
# AUTH: admin | service | apikey. Credentials and bodies go through file descriptors, never argv.
es_http() {
  local auth="$1" method="$2" path="$3" body="${4-}" cred out code
  case "$auth" in
    admin) cred="user = \"$ES_ADMIN_USER:$(cat "$ES_ADMIN_PASSWORD_FILE" 2>/dev/null)\"" ;;
    service) cred="user = \"$ES_SERVICE_USER:$(es_service_password)\"" ;;
    apikey) cred="header = \"Authorization: ApiKey $(cat "$ES_APIKEY_FILE" 2>/dev/null)\"" ;;
    *) fb_die "es_http: unknown auth '$auth'" ;;
  esac
  local args=(-sS --max-time 60 -X "$method" -w '\n%{http_code}')
  if [ -n "$body" ]; then
    out=$(curl "${args[@]}" -K <(printf '%s\n' "$cred") -H 'Content-Type: application/json' \
      --data-binary @- "$ES_URL$path" <<<"$body") || return 1
  else
    out=$(curl "${args[@]}" -K <(printf '%s\n' "$cred") "$ES_URL$path") || return 1
  fi
  code="${out##*$'\n'}"
  printf '%s\n' "${out%$'\n'*}"
  [ "${code:0:1}" = 2 ]
}

es_healthy() { es_http admin GET "/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

es_health_status() {
  es_http admin GET "/_cluster/health?timeout=2s" 2>/dev/null | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

es_fetch() {
  if [ ! -f "$ES_ZIP" ]; then
    fb_log "fetching Elasticsearch $ES_VERSION (integ-test-zip) from Maven Central"
    fb_mvn -f platform/pom.xml -N dependency:copy@elasticsearch-distribution
  fi
  [ -f "$ES_ZIP" ] || fb_die "Elasticsearch distribution missing after fetch: $ES_ZIP"
}

es_unpack() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
  local tmp="$ES_STATE/.unpack.$$"
  fb_log "unpacking Elasticsearch $ES_VERSION into $ES_HOME"
  rm -rf "$tmp" && mkdir -p "$tmp"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$ES_ZIP" -d "$tmp"
  else
    (cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$ES_ZIP")
    chmod +x "$tmp/elasticsearch-$ES_VERSION"/bin/*
  fi
  rm -rf "$ES_HOME"
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
  rm -rf "$tmp" "$ES_PLUGIN_MARKER"
}

# Root only: the system user ES runs as, and ownership of everything ES writes.
es_os_user() {
  es_is_root || return 0
  if ! id -u "$ES_OS_USER" >/dev/null 2>&1; then
    fb_log "creating system user $ES_OS_USER to run Elasticsearch"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_OS_USER" ||
      id -u "$ES_OS_USER" >/dev/null 2>&1 || fb_die "could not create user $ES_OS_USER"
  fi
  local owned=("$ES_HOME" "$ES_STATE/run" "$ES_STATE/plugin")
  # A running node owns what it writes already, and its merges and log rotation delete files under a recursive
  # chown, which then fails the start (it did, on a platform with gigabytes of indices).
  es_running_pid >/dev/null || owned+=("$ES_DATA" "$ES_LOG_DIR" "$ES_TMP")
  chown -R "$ES_OS_USER:$ES_OS_USER" "${owned[@]}"
  runuser -u "$ES_OS_USER" -- test -x "$JAVA_HOME/bin/java" ||
    fb_die "user $ES_OS_USER cannot run $JAVA_HOME/bin/java; use a JDK outside private home folders (JAVA_HOME)"
  runuser -u "$ES_OS_USER" -- test -x "$ES_HOME/bin/elasticsearch" ||
    fb_die "user $ES_OS_USER cannot reach $ES_HOME (a parent folder is private); set FACTBRIDGE_STATE elsewhere"
}

es_write_config() {
  cat >"$ES_CONF/elasticsearch.yml" <<CONF
# Generated by platform/bin/elasticsearch.sh; edits are overwritten.
cluster.name: factbridge
node.name: factbridge-es-1
path.data: $ES_DATA
path.logs: $ES_LOG_DIR
network.host: 127.0.0.1
http.port: $FB_ES_PORT
transport.port: $FB_ES_TRANSPORT_PORT
discovery.type: single-node
# Security on (native users, API keys); plain HTTP/transport on loopback only.
xpack.security.enabled: true
xpack.security.http.ssl.enabled: false
xpack.security.transport.ssl.enabled: false
xpack.security.authc.api_key.enabled: true
# This distribution has no ml module; say so. There is no ingest-geoip module either, so no GeoIP download,
# and ES refuses to boot on its setting ("unknown setting [ingest.geoip.downloader.enabled] please check
# that any required plugins are installed"): do not add it.
xpack.ml.enabled: false
# A developer disk may be fuller than the production watermarks allow; never block writes for that.
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: true
CONF
  cat >"$ES_CONF/jvm.options.d/factbridge.options" <<CONF
# Generated by platform/bin/elasticsearch.sh (FACTBRIDGE_ES_HEAP)
-Xms$ES_HEAP
-Xmx$ES_HEAP
-XX:HeapDumpPath=$ES_LOG_DIR
# A development node: do not touch the whole heap up front (faster start).
-XX:-AlwaysPreTouch
CONF
}

# Builds the plugin zip when missing or older than its sources; (re)installs it when it changed.
es_plugin() {
  local zip sum
  zip="$(es_plugin_zip)"
  if [ ! -f "$zip" ] || [ -n "$(find "$ES_PLUGIN_MODULE/pom.xml" "$ES_PLUGIN_MODULE/src" -newer "$zip" -print -quit)" ]; then
    fb_log "building the analysis plugin ($ES_PLUGIN_MODULE)"
    fb_mvn -f es-analysis-plugin/pom.xml package -DskipTests
  fi
  [ -f "$zip" ] || fb_die "plugin zip not built: $zip"
  sum=$(sha256sum "$zip" | cut -d' ' -f1)
  if [ -d "$ES_HOME/plugins/$ES_PLUGIN_NAME" ] && [ "$(cat "$ES_PLUGIN_MARKER" 2>/dev/null)" = "$sum" ]; then
    return 0
  fi
  if es_running_pid >/dev/null; then
    fb_log "WARNING: the analysis plugin changed; it is installed on the next start (elasticsearch.sh stop; elasticsearch.sh start)"
    return 0
  fi
  # The installer runs as the ES user: it reads a copy the ES user can read.
  cp "$zip" "$ES_STATE/plugin/$ES_PLUGIN_NAME.zip"
  es_is_root && chown "$ES_OS_USER:$ES_OS_USER" "$ES_STATE/plugin/$ES_PLUGIN_NAME.zip"
  if [ -d "$ES_HOME/plugins/$ES_PLUGIN_NAME" ]; then
    fb_log "removing the previous analysis plugin"
    es_exec "$ES_HOME/bin/elasticsearch-plugin" remove --silent "$ES_PLUGIN_NAME" >/dev/null
  fi
  fb_log "installing the analysis plugin ($(basename "$zip"))"
  es_exec "$ES_HOME/bin/elasticsearch-plugin" install --batch --silent "file://$ES_STATE/plugin/$ES_PLUGIN_NAME.zip" >/dev/null
  printf '%s\n' "$sum" >"$ES_PLUGIN_MARKER"
}

# The file-realm superuser, with its password in $ES_ADMIN_PASSWORD_FILE (kept across re-unpacks).
es_admin_user() {
  local pw
  if [ -s "$ES_ADMIN_PASSWORD_FILE" ]; then
    grep -q "^$ES_ADMIN_USER:" "$ES_CONF/users" 2>/dev/null && return 0
    pw=$(cat "$ES_ADMIN_PASSWORD_FILE")
  else
    pw=$(es_gen_password)
  fi
  fb_log "setting up the file-realm admin user $ES_ADMIN_USER"
  # The tool prompts twice (password and confirmation) when -p is not given: keeps it out of argv.
  local action=(useradd "$ES_ADMIN_USER" -r superuser) out
  grep -q "^$ES_ADMIN_USER:" "$ES_CONF/users" 2>/dev/null && action=(passwd "$ES_ADMIN_USER")
  out=$(printf '%s\n%s\n' "$pw" "$pw" | es_exec "$ES_HOME/bin/elasticsearch-users" "${action[@]}" 2>&1) ||
    fb_die "elasticsearch-users ${action[0]} $ES_ADMIN_USER failed: $out"
  printf '%s\n' "$pw" | es_write_secret "$ES_ADMIN_PASSWORD_FILE"
}

es_setup() {
  fb_init_dirs
  fb_select_jdk
  command -v curl >/dev/null 2>&1 || fb_die "curl is required (apt-get install curl)"
  mkdir -p "$ES_STATE/run" "$ES_STATE/plugin" "$ES_TMP" "$ES_DATA" "$ES_LOG_DIR"
  es_fetch
  es_unpack
  es_os_user
  es_write_config
  es_plugin
  es_admin_user
  es_os_user # files the tools just wrote
}

# Role, native user and API key; each only when missing or no longer valid. Needs a running node.
es_provision() {
  local privileges='["create_index", "manage", "read", "write"]'
  local role_body
  role_body=$(
    cat <<JSON
{"cluster": ["monitor", "manage_index_templates"],
 "indices": [{"names": ["$ES_INDEX_PATTERN"], "privileges": $privileges}],
 "metadata": {"managed_by": "platform/bin/elasticsearch.sh"}}
JSON
  )
  local pw out
  out=$(es_http admin PUT "/_security/role/$ES_SERVICE_ROLE" "$role_body") ||
    fb_die "could not create role $ES_SERVICE_ROLE: $out"

  if [ -s "$ES_SERVICE_ENV_FILE" ] && es_http service GET /_security/_authenticate >/dev/null 2>&1; then
    :
  else
    fb_log "creating native user $ES_SERVICE_USER"
    pw=$(es_gen_password)
    out=$(es_http admin PUT "/_security/user/$ES_SERVICE_USER" \
      "{\"password\": \"$pw\", \"roles\": [\"$ES_SERVICE_ROLE\"], \"full_name\": \"Factbridge services\"}") ||
      fb_die "could not create user $ES_SERVICE_USER: $out"
    printf 'ES_USERNAME=%s\nES_PASSWORD=%s\n' "$ES_SERVICE_USER" "$pw" | es_write_secret "$ES_SERVICE_ENV_FILE"
    es_http service GET /_security/_authenticate >/dev/null || fb_die "user $ES_SERVICE_USER cannot authenticate"
    rm -f "$ES_APIKEY_FILE" # granted with the old password's owner; make a fresh one
  fi

  if [ -s "$ES_APIKEY_FILE" ] && es_http apikey GET /_security/_authenticate >/dev/null 2>&1; then
    :
  else
    fb_log "creating an API key for $ES_SERVICE_USER limited to $ES_INDEX_PATTERN"
    pw=$(es_service_password)
    # Granted on behalf of the service user: the key is owned by it and limited to its role and these descriptors.
    out=$(es_http admin POST /_security/api_key/grant "$(
      cat <<JSON
{"grant_type": "password", "username": "$ES_SERVICE_USER", "password": "$pw",
 "api_key": {"name": "factbridge-service",
   "role_descriptors": {"factbridge_indices": {"cluster": ["monitor", "manage_index_templates"],
     "indices": [{"names": ["$ES_INDEX_PATTERN"], "privileges": $privileges}]}},
   "metadata": {"managed_by": "platform/bin/elasticsearch.sh"}}}
JSON
    )") || fb_die "could not create the API key: $out"
    sed -n 's/.*"encoded":"\([^"]*\)".*/\1/p' <<<"$out" | es_write_secret "$ES_APIKEY_FILE"
    [ -s "$ES_APIKEY_FILE" ] || fb_die "no API key in the response: $out"
    es_http apikey GET /_security/_authenticate >/dev/null || fb_die "the new API key does not authenticate"
  fi
}

es_log_tail() {
  fb_log "last lines of $ES_LOG:"
  tail -n 60 "$ES_LOG" >&2 2>/dev/null || true
}

# Waits (bounded by the deadline $1, in $SECONDS) for health >= yellow; pid $2 must stay alive.
es_wait_healthy() {
  local deadline="$1" pid="$2" begun=$SECONDS next=$((SECONDS + 10))
  until es_healthy; do
    fb_alive "$pid" || return 1
    [ "$SECONDS" -lt "$deadline" ] || return 1
    if [ "$SECONDS" -ge "$next" ]; then
      fb_log "still waiting for Elasticsearch to report health ($((SECONDS - begun)) s of at most $ES_START_TIMEOUT)"
      next=$((SECONDS + 10))
    fi
    sleep 0.5
  done
}

es_start() {
  local pid t0="$SECONDS" deadline launcher
  deadline=$((SECONDS + ES_START_TIMEOUT))
  if pid=$(es_running_pid); then
    fb_select_jdk
    if ! es_healthy; then
      fb_log "elasticsearch (pid $pid) is running but not healthy yet; waiting"
      if ! es_wait_healthy "$deadline" "$pid"; then
        es_log_tail
        fb_die "elasticsearch (pid $pid) did not reach yellow health within ${ES_START_TIMEOUT}s"
      fi
    fi
    es_provision
    fb_log "elasticsearch already running (pid $pid)"
    return 0
  fi
  es_setup
  deadline=$((SECONDS + ES_START_TIMEOUT)) # the bound is for the node, not for a first build or download
  fb_port_open "$FB_ES_PORT" && fb_die "port $FB_ES_PORT is taken by another process; set FACTBRIDGE_ES_PORT"
  fb_port_open "$FB_ES_TRANSPORT_PORT" &&
    fb_die "port $FB_ES_TRANSPORT_PORT is taken by another process; set FACTBRIDGE_ES_TRANSPORT_PORT"
  rm -f "$ES_OWN_PID"
  fb_log "starting Elasticsearch $ES_VERSION on $ES_URL (JDK $JAVA_HOME, heap $ES_HEAP)"
  # The console log is appended to across restarts (the previous run's end stays visible); keep one old copy.
  if [ "$(stat -c %s "$ES_LOG" 2>/dev/null || echo 0)" -gt $((64 * 1024 * 1024)) ]; then mv -f "$ES_LOG" "$ES_LOG.1"; fi
  printf '\n===== %s elasticsearch.sh start =====\n' "$(date -Is)" >>"$ES_LOG"
  # Foreground node in its own session (outlives this shell); its console output is the log. ES writes the
  # pid of its JVM (-p); the working directory is where the JVM puts gc logs and error files. setsid -w: $!
  # stays alive as long as the node even where setsid has to fork (shells with job control).
  es_argv "$ES_HOME/bin/elasticsearch" -p "$ES_OWN_PID"
  (cd "$ES_LOG_DIR" && exec setsid -w "${ES_ARGV[@]}") >>"$ES_LOG" 2>&1 </dev/null &
  launcher=$!
  until [ -s "$ES_OWN_PID" ]; do
    if ! kill -0 "$launcher" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      es_log_tail
      fb_die "Elasticsearch did not start (no pid file after $((SECONDS - t0))s)"
    fi
    sleep 0.2
  done
  pid=$(cat "$ES_OWN_PID")
  echo "$pid" >"$(fb_pid_file elasticsearch)"
  if ! es_wait_healthy "$deadline" "$pid"; then
    es_log_tail
    if fb_alive "$pid"; then
      fb_stop_pid elasticsearch 30
      fb_die "Elasticsearch did not reach yellow health within ${ES_START_TIMEOUT}s; stopped it (log: $ES_LOG)"
    fi
    rm -f "$(fb_pid_file elasticsearch)"
    fb_die "Elasticsearch exited while starting, after $((SECONDS - t0))s (log above, full: $ES_LOG)"
  fi
  fb_log "elasticsearch healthy after $((SECONDS - t0))s (pid $pid)"
  es_provision
  fb_log "elasticsearch ready after $((SECONDS - t0))s (pid $pid)"
}

es_stop() {
  local pid
  if pid=$(es_running_pid); then
    # TERM goes to the node JVM itself: it shuts down cleanly ("closed"); its launcher then reports code 143.
    printf '\n===== %s elasticsearch.sh stop: TERM to pid %s =====\n' "$(date -Is)" "$pid" >>"$ES_LOG"
  fi
  fb_stop_pid elasticsearch 60
}

es_status() {
  local pid health
  if pid=$(es_running_pid); then
    health=$(es_health_status || true)
    echo "elasticsearch  running  pid $pid  $ES_URL  health=${health:-unknown}"
  else
    echo "elasticsearch  stopped"
    return 3
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    setup) es_setup ;;
    start) es_start ;;
    stop) es_stop ;;
    status) es_status ;;
    *) echo "usage: $0 setup|start|stop|status" >&2; exit 2 ;;
  esac
fi
