#!/usr/bin/env bash
# Creates the topics of platform/config/topics.conf on the compose Kafka (the local platform uses kafka.sh).
set -euo pipefail
bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
while read -r name partitions configs; do
  case "$name" in ''|'#'*) continue ;; esac
  args=()
  for c in ${configs%%#*}; do args+=(--config "$c"); done
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor 1 "${args[@]}"
done </topics.conf
