#!/usr/bin/env bash
# Starts the system N times (default 10) the way `npm start` does after its build
# (node dist/src/cli/start-all.js), each time on a database name that does not exist yet, and
# counts how often the API answers /health and the worker has started. Run `npm run build` first.
# Uses ports 3201…, databases erk_fresh_start_<n> and Redis prefixes fresh<n>, and removes them after.
set -u
cd "$(dirname "$0")/.."
runs=${1:-10}
admin=${ADMIN_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
ok=0
for i in $(seq 1 "$runs"); do
  db="erk_fresh_start_$i" port=$((3200 + i)) log="var/fresh-start-$i.log"
  mkdir -p var
  psql "$admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" 2>/dev/null
  PORT=$port DATABASE_URL="${admin%/*}/$db" REDIS_PREFIX="fresh$i" node dist/src/cli/start-all.js >"$log" 2>&1 &
  pid=$!
  up=""
  for second in $(seq 1 60); do
    if curl -sf "localhost:$port/health" >/dev/null && grep -q 'Worker started' "$log"; then up=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -TERM "$pid" 2>/dev/null; wait "$pid"; code=$?
  if [ -n "$up" ]; then ok=$((ok + 1)); echo "start $i: up after ${second} s, exit $code"; else echo "start $i: FAILED (see $log)"; tail -3 "$log"; fi
  psql "$admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" 2>/dev/null
  redis-cli --scan --pattern "fresh$i:*" | xargs -r redis-cli del >/dev/null
done
echo "$ok of $runs starts came up"
[ "$ok" -eq "$runs" ]
