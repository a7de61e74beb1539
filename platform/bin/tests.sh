#!/usr/bin/env bash
# The test command: every test against a platform of the tests' own, never the user's. Sourced by ./factbridge.
#   fb_run_tests [maven arguments]
# The tests' Kafka, Elasticsearch and services run on ports and with a state folder (and bucket) of their own, are
# started by the tests as they need them and stopped at the end. The user's platform, running or not, is left as it
# was found: when it runs, a fingerprint of it is taken before and after (fb_platform_fingerprint) and any difference
# fails the command.

FB_TEST_STATE="${FACTBRIDGE_TEST_STATE:-$FB_ROOT/.factbridge-test}"

# What the tests' processes see: their own state, bucket and ports; none of the user's key, ledger or key file.
FB_TEST_ENV=(
  -u FACTBRIDGE_API_KEY -u FACTBRIDGE_API_KEY_FILE -u FACTBRIDGE_INGEST_LEDGER
  "FACTBRIDGE_STATE=$FB_TEST_STATE" "FACTBRIDGE_BUCKET=$FB_TEST_STATE/bucket"
  FACTBRIDGE_KAFKA_PORT=29092 FACTBRIDGE_KAFKA_CONTROLLER_PORT=29093
  FACTBRIDGE_ES_PORT=29200 FACTBRIDGE_ES_TRANSPORT_PORT=29300
  FACTBRIDGE_SEARCH_PORT=28080 FACTBRIDGE_INGEST_PORT=28081 FACTBRIDGE_TRANSLATE_PORT=28082
  FACTBRIDGE_EXTRACT_PORT=28083
)

# What the user's platform holds, in a form that any write changes: every topic's end offsets and every consumer
# group's committed offsets, each factbridge index shard's highest sequence number (each index, update or delete
# raises it; a document count would not do: it moves when a refresh makes earlier writes visible, without any write),
# the aliases, the bucket's files and the ingest ledger. Sections of servers that do not run are empty.
fb_platform_fingerprint() {
  if fb_running_pid kafka >/dev/null; then
    echo "# kafka: topic:partition:end offset"
    kafka_tool org.apache.kafka.tools.GetOffsetShell --bootstrap-server "127.0.0.1:$FB_KAFKA_PORT" \
      --exclude-internal-topics 2>/dev/null | sort
    echo "# kafka: group topic partition committed offset"
    kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
      --bootstrap-server "127.0.0.1:$FB_KAFKA_PORT" --describe --all-groups 2>/dev/null \
      | awk '$3 ~ /^[0-9]+$/ { print $1, $2, $3, $4 }' | sort
  fi
  if es_running_pid >/dev/null 2>&1 && [ -f "$ES_ADMIN_PASSWORD_FILE" ]; then
    local auth="$ES_ADMIN_USER:$(cat "$ES_ADMIN_PASSWORD_FILE")"
    echo "# elasticsearch: index shard primary/replica max sequence number"
    curl -fsS -u "$auth" "$ES_URL/_cat/shards/factbridge-*?h=index,shard,prirep,seq_no.max&s=index,shard,prirep"
    echo "# elasticsearch: alias index"
    curl -fsS -u "$auth" "$ES_URL/_cat/aliases/factbridge-*?h=alias,index&s=alias,index"
  fi
  local bucket="${FACTBRIDGE_BUCKET:-$FB_ROOT/bucket}"
  echo "# bucket: file bytes"
  [ -d "$bucket" ] && find "$bucket" -type f -printf '%P %s\n' | sort
  echo "# ingest ledger"
  [ -f "$FB_STATE/ingest/ledger.jsonl" ] && cksum <"$FB_STATE/ingest/ledger.jsonl"
  return 0
}

fb_stop_test_platform() {
  if [ -n "${FACTBRIDGE_TEST_KEEP_PLATFORM:-}" ]; then
    fb_log "the tests' platform keeps running (FACTBRIDGE_TEST_KEEP_PLATFORM); stop it with:"
    fb_log "  FACTBRIDGE_STATE=$FB_TEST_STATE ./factbridge stop"
  else
    env "${FB_TEST_ENV[@]}" bash "$FB_ROOT/factbridge" stop || true
  fi
}

fb_user_platform_runs() {
  fb_running_pid kafka >/dev/null || es_running_pid >/dev/null 2>&1
}

fb_run_tests() {
  local before="" after rc=0
  if fb_user_platform_runs; then
    before=$(mktemp)
    fb_log "your platform runs: noting what it holds, to check that the tests leave it as it is"
    fb_platform_fingerprint >"$before"
  fi
  fb_log "the tests run on a platform of their own: state in ${FB_TEST_STATE#$FB_ROOT/}/, Kafka on 29092,"
  fb_log "Elasticsearch on 29200, the services on 28080-28083, started as the tests need them"
  trap fb_stop_test_platform EXIT
  (cd "$FB_ROOT" && env "${FB_TEST_ENV[@]}" MAVEN_OPTS="${MAVEN_OPTS:-} $(fb_unsafe_access_flag)" mvn -B verify "$@") \
    || rc=$?
  trap - EXIT
  fb_stop_test_platform
  if [ -n "$before" ]; then
    after=$(mktemp)
    fb_platform_fingerprint >"$after"
    if diff -u "$before" "$after" >&2; then
      fb_log "your platform is as the tests found it: $(grep -vc '^#' "$before") offsets, shards, aliases and files compared"
    else
      fb_log "ERROR: your platform changed while the tests ran (diff above: before -> after); if it was still"
      fb_log "processing documents when they began, that was its own work: run the tests again once it is idle"
      [ "$rc" -ne 0 ] || rc=3
    fi
    rm -f "$before" "$after"
  fi
  return "$rc"
}
