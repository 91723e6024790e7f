#!/usr/bin/env bash
# Crash test (issue 5): every request answered 2xx before a kill -9 is still there after restart.
#
# Starts the built jar on a fresh file database on 127.0.0.1, drives bounded concurrent work
# through the API (workers that start cases of a sample blueprint and complete their tasks,
# writing down every 2xx-acknowledged case and completion), kills the JVM with kill -9 while the
# work goes on, restarts it on the same data directory and checks that every acknowledged case
# exists and every acknowledged task is closed and ended in its case's timeline.
#
# Needs bash, curl, python3 and java; talks to 127.0.0.1 only. Every wait is bounded.
# Environment: JAR (default engine/target/stageline.jar), WORKERS (4), MIN_ACKS (60: operations
# acknowledged before the kill), KEEP=1 to keep the work directory (logs, data, acknowledgements),
# SERVER_ARGS: more arguments for the server (e.g. another spring.datasource.url, to see a setting lose data).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-engine/target/stageline.jar}
WORKERS=${WORKERS:-4}
MIN_ACKS=${MIN_ACKS:-60}
LOAD_SECONDS=${LOAD_SECONDS:-90}      # the kill comes at the latest after this much load
CASES_PER_WORKER=${CASES_PER_WORKER:-200}
STEPS_PER_CASE=3
BLUEPRINT=fast-food-order
PASSWORD=crash-test-secret
CURL=(curl -s --max-time 15 -u "admin:$PASSWORD")

[ -f "$JAR" ] || { echo "crash-test: $JAR is missing; build it first (./mvnw -B verify)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stageline-crash.XXXXXX")
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
WORKER_PIDS=()

cleanup() {
  for pid in "${WORKER_PIDS[@]}" $SERVER_PID; do
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "crash-test: work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

start_server() { # $1: log file
  java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --stageline.data-dir="$WORK/data" --stageline.admin.password="$PASSWORD" \
    --stageline.demo.enabled=false ${SERVER_ARGS:-} >"$1" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 180); do
    if curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$BASE/actuator/health" | grep -q 200; then
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "crash-test: the server died on start; see $1" >&2; KEEP=1; exit 2; }
    sleep 1
  done
  echo "crash-test: the server did not start within 180 s; see $1" >&2
  KEEP=1
  exit 2
}

json() { # $1: a Python expression over j, the JSON on stdin; prints its value, or nothing
  python3 -c "import json, sys
try:
    j = json.load(sys.stdin); print($1)
except Exception:
    pass"
}

# One worker: starts cases and completes some of their tasks, one request at a time, and writes
# down each request the server acknowledged with a 2xx — only after the answer has arrived.
worker() { # $1: worker number
  local cases="$WORK/cases.$1" completions="$WORK/completions.$1" body status id task step
  for _ in $(seq 1 "$CASES_PER_WORKER"); do
    [ -f "$WORK/stop" ] && return 0
    status=$("${CURL[@]}" -o "$WORK/start.$1" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d "{\"businessKey\":\"crash-$1-$RANDOM\"}" "$BASE/api/blueprints/$BLUEPRINT/cases" || true)
    [ "$status" = 201 ] || continue
    id=$(json 'j["id"]' <"$WORK/start.$1")
    echo "$id" >>"$cases"
    for _ in $(seq 1 "$STEPS_PER_CASE"); do
      [ -f "$WORK/stop" ] && return 0
      body=$("${CURL[@]}" "$BASE/engine-rest/task?processInstanceId=$id&firstResult=0&maxResults=1" || true)
      task=$(json 'j[0]["id"]' <<<"$body")
      step=$(json 'j[0]["taskDefinitionKey"]' <<<"$body")
      [ -n "$task" ] || break
      status=$("${CURL[@]}" -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -d '{"variables":{"allItemsReady":true}}' "$BASE/api/tasks/$task/complete" || true)
      [ "$status" = 200 ] && echo "$id $task $step" >>"$completions"
    done
  done
}

acknowledged() {
  cat "$WORK"/cases.* "$WORK"/completions.* 2>/dev/null | wc -l
}

start_server "$WORK/before.log"
for w in $(seq 1 "$WORKERS"); do
  worker "$w" &
  WORKER_PIDS+=($!)
done

# let the work run until enough has been acknowledged (or the time is up), then kill -9 at once:
# the last acknowledgements are then only milliseconds old, as a crash would find them
for _ in $(seq 1 $((LOAD_SECONDS * 5))); do
  [ "$(acknowledged)" -ge "$MIN_ACKS" ] && break
  sleep 0.2
done
kill -9 "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
touch "$WORK/stop"
for pid in "${WORKER_PIDS[@]}"; do
  wait "$pid" 2>/dev/null || true
done
WORKER_PIDS=()
cat "$WORK"/cases.* 2>/dev/null >"$WORK/cases" || true
cat "$WORK"/completions.* 2>/dev/null >"$WORK/completions" || true

start_server "$WORK/after.log"

# every acknowledged case exists; every acknowledged task is no longer open and its step has ended
python3 - "$BASE" "$PASSWORD" "$WORK/cases" "$WORK/completions" "$WORKERS" <<'PY'
import base64, json, sys, urllib.error, urllib.request

base, password, cases_file, completions_file, workers = sys.argv[1:6]
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()

def get(path):
    request = urllib.request.Request(base + path, headers={"Authorization": auth})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, None

cases = [line.strip() for line in open(cases_file) if line.strip()]
completions = [line.split() for line in open(completions_file) if line.strip()]
lost = []      # what is missing, one line each
lost_ops = set()  # the acknowledged operations it concerns
timelines = {}
for case in cases:
    status, timeline = get("/api/cases/" + case)
    if status != 200:
        lost.append("case %s: GET /api/cases answered %s" % (case, status))
        lost_ops.add(case)
    else:
        timelines[case] = timeline
for case, task, step in completions:
    status, open_tasks = get("/engine-rest/task?taskId=%s&firstResult=0&maxResults=1" % task)
    if status != 200 or open_tasks:
        lost.append("task %s of case %s: still open after its completion was acknowledged" % (task, case))
        lost_ops.add(task)
    steps = (timelines.get(case) or {}).get("steps", [])
    if not any(s.get("stepId") == step and s.get("end") for s in steps):
        lost.append("task %s of case %s: step %s has no end in the case's timeline" % (task, case, step))
        lost_ops.add(task)
for line in lost:
    print("crash-test: LOST " + line)
print("crash-test: %s workers, kill -9 after %d cases and %d task completions were acknowledged; after restart"
      " %d cases and %d completions checked: %s" % (workers, len(cases), len(completions), len(cases),
      len(completions), "%d LOST" % len(lost_ops) if lost_ops else "nothing lost"))
sys.exit(1 if lost or not cases else 0)
PY
