#!/usr/bin/env bash
# The ingest stage alone: N mixed files (Korean, Simplified and Traditional Chinese, English, mixed and interleaved;
# txt in UTF-8, EUC-KR/Windows-949, GB18030 and Big5, md, html, pdf, docx; 1 kB to 256 kB, written from
# ../shared/corpus with a fixed seed by bench's dev.factbridge.bench.corpus.CorpusGenerator) dropped at once into
# the inbox of a separate ingest-service instance that publishes to its own topic, bench.documents.ingested, so no
# other stage runs. Measures from the drop until the inbox is empty: every file published with acks=all and moved
# (or rejected).
#   platform/bin/bench-ingest.sh [files=1000] [seed=42]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$FB_ROOT/platform/bin/kafka.sh"
. "$FB_ROOT/platform/bin/services.sh"

files="${1:-1000}"
seed="${2:-42}"
port=18081
work="$FB_STATE/bench/ingest"
corpus="${FACTBRIDGE_CORPUS:-$FB_ROOT/../shared/corpus}"
topic=bench.documents.ingested

fb_init_dirs
fb_select_jdk
kafka_start
services_build
if ! kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$FB_KAFKA_PORT" --list | grep -qx "$topic"; then
  # The same settings as documents.ingested.
  configs=$(awk '$1 == "documents.ingested" { for (i = 3; i <= NF; i++) printf "--config %s ", $i }' "$FB_ROOT/platform/config/topics.conf")
  # shellcheck disable=SC2086
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$FB_KAFKA_PORT" --create \
    --topic "$topic" --partitions 4 --replication-factor 1 $configs >/dev/null
fi

rm -rf "$work"
mkdir -p "$work/staged" "$work/bucket/inbox"
fb_log "generating $files files (seed $seed)"
fb_mvn -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt \
  -Dmdep.includeScope=runtime
cp="$FB_ROOT/bench/target/classes:$(cat "$FB_ROOT/bench/target/runtime-classpath.txt")"
# 1 kB to 256 kB, log-uniform. POI logs through the Log4j API: its simple logger (errors only) rather than a warning
# that no logging provider is installed.
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp "$cp" \
  dev.factbridge.bench.corpus.CorpusGenerator "$corpus" "$work/staged" "$files" "$seed" 1024 262144 >&2
bytes=$(du -sb "$work/staged" | cut -f1)

fb_log "starting a benchmark ingest-service on 127.0.0.1:$port"
read -ra jvm_flags <<<"$(svc_jvm_flags ingest-service)" # split, never globbed (a CompileCommand holds *.*)
env KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$FB_KAFKA_PORT" QUARKUS_HTTP_PORT=$port FACTBRIDGE_BUCKET="$work/bucket" \
  FACTBRIDGE_INGEST_LEDGER="$work/ledger.jsonl" MP_MESSAGING_OUTGOING_INGESTED_TOPIC=$topic \
  QUARKUS_LOG_CATEGORY__DEV_FACTBRIDGE__LEVEL=WARN \
  setsid nohup java "${jvm_flags[@]}" -jar "$(svc_jar ingest-service)" >"$work/ingest-service.log" 2>&1 </dev/null &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
fb_wait_for 60 svc_ready $port || fb_die "the benchmark ingest-service did not start (log: $work/ingest-service.log)"

peak_rss=0
start_ns=$(date +%s%N)
mv "$work/staged/"* "$work/bucket/inbox/"
while [ -n "$(find "$work/bucket/inbox" -type f -print -quit)" ]; do
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
  [ "$rss" -gt "$peak_rss" ] && peak_rss=$rss
  kill -0 $pid 2>/dev/null || fb_die "the benchmark ingest-service died (log: $work/ingest-service.log)"
  sleep 0.2
done
end_ns=$(date +%s%N)
cpu_ticks=$(awk '{print $14 + $15}' /proc/$pid/stat)
processed=$(find "$work/bucket/processed" -type f | wc -l)
rejected=$(find "$work/bucket/rejected" -type f ! -name '*.error.json' 2>/dev/null | wc -l)
seconds=$(awk -v a="$start_ns" -v b="$end_ns" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
files_per_s=$(awk -v n="$files" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')
mb_per_s=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.2f", b / 1048576 / s }')
cpu_s=$(awk -v t="$cpu_ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')

result="| $(date -u +%Y-%m-%d) | $files | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB | $seconds s | $files_per_s | $mb_per_s | $processed / $rejected | $((peak_rss / 1024)) MB | $cpu_s s |"
echo "files=$files bytes=$bytes seconds=$seconds files/s=$files_per_s MB/s=$mb_per_s processed=$processed rejected=$rejected peak_rss=$((peak_rss / 1024))MB cpu(incl. start-up)=${cpu_s}s"
mkdir -p "$FB_ROOT/docs/benchmarks"
doc="$FB_ROOT/docs/benchmarks/ingest.md"
if [ ! -f "$doc" ]; then
  cat >"$doc" <<DOC
# Ingest stage benchmark

\`platform/bin/bench-ingest.sh [files] [seed]\`: files generated from the shared corpus (seed 42: txt in UTF-8,
Windows-949, GB18030 and Big5, md, html, pdf with an embedded CJK font, docx; 1 kB to 256 kB) are dropped at
once into the inbox of a separate ingest-service (heap 256 MB) publishing to \`bench.documents.ingested\` on the
local Kafka. Time runs from the drop until the inbox is empty: every file read, extracted, published with
acks=all and moved. CPU includes the service's start-up. Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB.

| date | files | size | time | files/s | MB/s | processed / rejected | peak RSS | CPU |
|---|---|---|---|---|---|---|---|---|
DOC
fi
echo "$result" >>"$doc"
fb_log "appended to $doc"
