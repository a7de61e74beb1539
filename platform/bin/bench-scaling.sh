#!/usr/bin/env bash
# How the pipeline scales: the same all-at-once benchmark with 1, 2 and 4 partitions per topic, then 4 partitions
# with a second instance of one service (the slowest stage). Each configuration runs on a platform of its own
# (state in .factbridge-bench/<config>/, topics created with that partition count), so stop the main platform
# first (./factbridge stop): the ports are the same. Reports: docs/benchmarks/pipeline-scaling-<config>.{json,md,png}.
#   platform/bin/bench-scaling.sh [documents=300] [second-instance=search-service] [seed=4242]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

documents="${1:-300}"
second="${2:-search-service}"
seed="${3:-4242}"
base="$FB_ROOT/.factbridge-bench"

fb_port_open "$FB_KAFKA_PORT" && fb_die "port $FB_KAFKA_PORT is taken: stop the main platform first (./factbridge stop)"

run_config() {
  local config="$1" partitions="$2" instances="$3"
  (
    export FACTBRIDGE_STATE="$base/$config" FACTBRIDGE_BUCKET="$base/$config/bucket" FACTBRIDGE_TOPIC_PARTITIONS="$partitions"
    . "$FB_ROOT/platform/bin/lib.sh"
    . "$FB_ROOT/platform/bin/services.sh"
    rm -rf "$base/$config"
    trap '"$FB_ROOT/factbridge" stop; fb_stop_pid "$second-2" 30 || true' EXIT
    "$FB_ROOT/factbridge" start
    if [ "$instances" -gt 1 ]; then
      fb_select_jdk
      svc_start "$second" 2
      svc_wait_ready "$second" 2
    fi
    "$FB_ROOT/factbridge" bench --label "scaling-$config" --seed "$seed" --latency-documents 0 \
      --throughput-documents "$documents"
  )
  rm -rf "$base/$config"
}

run_config p1 1 1
run_config p2 2 1
run_config p4 4 1
run_config "p4-2x${second%-service}" 4 2
fb_log "scaling reports: $(ls "$FB_ROOT"/docs/benchmarks/pipeline-scaling-*.md | tr '\n' ' ')"
