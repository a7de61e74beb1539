#!/usr/bin/env bash
# The pipeline benchmark against the running local platform (./factbridge start first): generates a seeded corpus
# (recombined corpus lines, where every figure repeats, and the same with figures, periods and companies varied),
# drops it into the bucket and measures throughput, per-stage lag, drop-to-searchable latency, the delay of facts in
# /api/facts, CPU and RSS per process, beside raw Kafka and raw Elasticsearch on the same data, then drops the shared
# corpus's own files. Writes docs/benchmarks/pipeline[-label].{json,md,png}.
#   ./factbridge bench [options]   (./factbridge bench --help lists them)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$FB_ROOT/platform/bin/kafka.sh"
. "$FB_ROOT/platform/bin/services.sh"

fb_select_jdk
[[ " $* " == *" --help "* ]] || for name in kafka elasticsearch ingest-service translate-service extract-service search-service; do
  fb_running_pid "$name" >/dev/null || fb_die "$name is not running: start the platform with ./factbridge start"
done
fb_mvn -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -Dmdep.includeScope=runtime
cp="$FB_ROOT/bench/target/classes:$(cat "$FB_ROOT/bench/target/classpath.txt")"
exec java -Xmx2g -cp "$cp" dev.factbridge.bench.BenchmarkMain "$FB_ROOT" "$@"
