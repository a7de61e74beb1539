#!/usr/bin/env bash
# Creates the services' least-privilege role and user on the compose Elasticsearch (idempotent).
set -euo pipefail
es="${ES_URL:-http://elasticsearch:9200}"
auth=(-u "elastic:${ELASTIC_PASSWORD:?}")
until curl -fsS "${auth[@]}" "$es/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null; do sleep 2; done
curl -fsS "${auth[@]}" -X PUT "$es/_security/role/factbridge_service" -H 'Content-Type: application/json' -d '{
  "cluster": ["monitor", "manage_index_templates"],
  "indices": [{"names": ["factbridge-*"], "privileges": ["all"]}]
}' >/dev/null
curl -fsS "${auth[@]}" -X PUT "$es/_security/user/factbridge-service" -H 'Content-Type: application/json' \
  -d "{\"password\": \"${FACTBRIDGE_ES_SERVICE_PASSWORD:?}\", \"roles\": [\"factbridge_service\"]}" >/dev/null
echo "factbridge-service user ready"
