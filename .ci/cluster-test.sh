#!/usr/bin/env bash
# Cluster test (issue 6): two nodes on one PostgreSQL database work as one Stageline.
#
# Recreates an empty PostgreSQL database, starts two nodes of the built jar on it at the same
# moment (both with demo data, so both race for the first users and the demo history), and checks
# through the HTTP API of both nodes:
#   0. both start together: one node seeds the demo history, each sample has one version only
#   1. a blueprint deployed through node A starts cases on node B
#   2. a task claimed on A is claimed on B
#   3. a case completed on B shows in A's statistics, which equal B's
#   4. boundary timers fire exactly once each across both nodes' job executors
#   5. kill -9 of node A under load loses nothing A acknowledged, and B finishes the work
# Prints one PASS/FAIL line per check and a summary; exits non-zero when a check fails.
#
# Needs bash, curl, python3, java and a PostgreSQL on 127.0.0.1:5432 (.ci/postgres.sh, as root,
# installs and starts one) whose role stageline/stageline may own databases; recreating the
# database runs `su postgres -c psql`, so run it as root. Talks to 127.0.0.1 only; every wait is
# bounded.
# Environment: JAR (default engine/target/stageline.jar), CLUSTER_DB (stageline_cluster: dropped
# and created, and dropped again at the end), DEMO (true: demo data on both nodes), TIMER_CASES
# (10), WORKERS (4), MIN_ACKS (40: operations A acknowledged before the kill), KEEP=1 to keep the
# work directory (node logs, acknowledgements) and the database.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-engine/target/stageline.jar}
DB=${CLUSTER_DB:-stageline_cluster}
DEMO=${DEMO:-true}
TIMER_CASES=${TIMER_CASES:-10}
WORKERS=${WORKERS:-4}
MIN_ACKS=${MIN_ACKS:-40}
LOAD_SECONDS=${LOAD_SECONDS:-60}      # the kill comes at the latest after this much load
PASSWORD=cluster-test-secret
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=stageline&password=stageline"
CURL=(curl -s --max-time 20 -u "admin:$PASSWORD")

[ -f "$JAR" ] || { echo "cluster-test: $JAR is missing; build it first (./mvnw -B -DskipTests package)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stageline-cluster.XXXXXX")
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
declare -A PORT=([a]=$(free_port) [b]=$(free_port)) PID=()
WORKER_PIDS=()
FAILED=0
STARTED_AT=$SECONDS

cleanup() {
  for pid in "${WORKER_PIDS[@]}" "${PID[@]}"; do
    kill -9 "$pid" 2>/dev/null || true
  done
  for pid in "${PID[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ "${KEEP:-0}" = 1 ]; then
    echo "cluster-test: work directory kept: $WORK; database $DB kept"
  else
    rm -rf "$WORK"
    [ -z "${DB_CREATED:-}" ] || psql_admin "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true
  fi
}
trap cleanup EXIT

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -d postgres -c \"$1\""; }

base() { echo "http://127.0.0.1:${PORT[$1]}"; }

# api NODE METHOD PATH [JSON]: the answer's body goes to $WORK/body, its status to stdout
api() {
  local args=(-o "$WORK/body" -w '%{http_code}' -X "$2")
  [ $# -ge 4 ] && args+=(-H 'Content-Type: application/json' -d "$4")
  "${CURL[@]}" "${args[@]}" "$(base "$1")$3" || echo 000
}

json() { # $1: a Python expression over j, the JSON on stdin; prints its value, or nothing
  python3 -c "import json, sys
try:
    j = json.load(sys.stdin); print($1)
except Exception:
    pass"
}

result() { # $1: check, $2: 0 for pass, $3: what was seen
  if [ "$2" = 0 ]; then echo "cluster-test: PASS $1 — $3"; else echo "cluster-test: FAIL $1 — $3"; FAILED=$((FAILED + 1)); fi
}

start_node() { # $1: node name (a or b); the job log names the node that ran each job
  java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="${PORT[$1]}" \
    --spring.datasource.url="$DB_URL" --stageline.admin.password="$PASSWORD" --stageline.demo.enabled="$DEMO" \
    --stageline.data-dir="$WORK/data-$1" --camunda.bpm.generic-properties.properties.hostname="node-$1" \
    >"$WORK/node-$1.log" 2>&1 &
  PID[$1]=$!
}

await_node() { # $1: node name; up when the health check answers (first-start work done) and admin logs in
  for _ in $(seq 1 300); do
    if [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$(base "$1")/actuator/health")" = 200 ] \
        && [ "$(api "$1" GET /api/me)" = 200 ]; then
      return 0
    fi
    kill -0 "${PID[$1]}" 2>/dev/null || { echo "cluster-test: node $1 died on start:"; tail -n 30 "$WORK/node-$1.log"; return 1; }
    sleep 1
  done
  echo "cluster-test: node $1 did not start within 300 s"
  return 1
}

# open_task NODE CASE: the id and step of one open task of the case, or nothing
open_task() {
  "${CURL[@]}" "$(base "$1")/engine-rest/task?processInstanceId=$2&firstResult=0&maxResults=1" \
    | json 'j[0]["id"] + " " + j[0]["taskDefinitionKey"]'
}

deploy() { # $1: node, $2: file; prints the status
  "${CURL[@]}" -o "$WORK/body" -w '%{http_code}' -X POST -H 'Content-Type: application/xml' \
    --data-binary @"$2" "$(base "$1")/api/blueprints" || echo 000
}

# --- 0. two nodes start at the same moment on an empty database -----------------------------------
if ! psql_admin "DROP DATABASE IF EXISTS $DB"; then
  echo "cluster-test: cannot recreate database $DB as postgres: run as root, with PostgreSQL on 127.0.0.1:5432 (source .ci/postgres.sh)" >&2
  exit 2
fi
psql_admin "CREATE DATABASE $DB OWNER stageline"
DB_CREATED=1
start_node a
start_node b
if ! await_node a || ! await_node b; then
  result "0 start together" 1 "a node did not come up; KEEP=1 keeps the logs"
  KEEP=1
  exit 1
fi
seeders=$( (grep -l "Demo history seeded:" "$WORK"/node-*.log || true) | wc -l)
# (not required: a node that comes second only after the first is done has nothing to wait for)
waiters=$( (grep -l "another node does" "$WORK"/node-*.log || true) | wc -l)
# the sample versions the two nodes say they created: together, one per sample
new_versions=$(python3 -c 'import re, sys; print(sum(int(n) for f in sys.argv[1:]
    for n in re.findall(r"Sample blueprints: \d+ deployed, (\d+) new versions", open(f).read())))' "$WORK"/node-*.log)
# "key vN" of each blueprint, as each node lists them
versions_a=$(api a GET /api/blueprints >/dev/null; json '" ".join(sorted("%s v%s" % (b["key"], b["version"]) for b in j))' <"$WORK/body")
versions_b=$(api b GET /api/blueprints >/dev/null; json '" ".join(sorted("%s v%s" % (b["key"], b["version"]) for b in j))' <"$WORK/body")
samples=$(json 'len(j)' <"$WORK/body")
demo_a=$(api a GET /api/about >/dev/null; json 'j["demo"]' <"$WORK/body")
demo_b=$(api b GET /api/about >/dev/null; json 'j["demo"]' <"$WORK/body")
expected_seeders=$([ "$DEMO" = true ] && echo 1 || echo 0)
ok=1
[ "$seeders" = "$expected_seeders" ] && [ -n "$versions_a" ] && [ "$versions_a" = "$versions_b" ] \
  && ! grep -q " v[02-9]" <<<" $versions_a" && [ "$new_versions" = "$samples" ] \
  && [ "$demo_a" = "$demo_b" ] && ok=0
result "0 start together" $ok "both nodes up after $((SECONDS - STARTED_AT)) s; $seeders node(s) seeded demo history ($demo_a), $waiters waited for first-start work of the other; samples $versions_a ($new_versions new versions logged)"

# --- 1. deployed through A, started on B --------------------------------------------------------
status=$(deploy a .ci/cluster/counter.bpmn)
version=$(json 'j["version"]' <"$WORK/body")
case_status=$(api b POST /api/blueprints/cluster-counter/cases '{"businessKey":"cluster-1"}')
CASE=$(json 'j["id"]' <"$WORK/body")
ok=1
[ "$status" = 201 ] && [ "$case_status" = 201 ] && [ -n "$CASE" ] && ok=0
result "1 deploy on A, start on B" $ok "deploy on A answered $status (version $version), starting a case on B answered $case_status"

# --- 2. claimed on A, claimed on B --------------------------------------------------------------
read -r TASK _ <<<"$(open_task b "$CASE")"
claim_status=$(api a POST "/api/tasks/$TASK/claim")
api b GET "/api/tasks/$TASK" >/dev/null
assignee=$(json 'j["task"]["assignee"]' <"$WORK/body")
ok=1
[ -n "$TASK" ] && [ "$claim_status" = 200 ] && [ "$assignee" = admin ] && ok=0
result "2 claim on A, seen on B" $ok "claim of task $TASK on A answered $claim_status; B shows the assignee '$assignee'"

# --- 3. completed on B, in A's statistics -------------------------------------------------------
completed=0
for _ in 1 2 3 4; do
  read -r task _ <<<"$(open_task b "$CASE")"
  [ -n "$task" ] || break
  [ "$(api b POST "/api/tasks/$task/complete" '{"variables":{}}')" = 200 ] && completed=$((completed + 1))
done
api b GET "/api/cases/$CASE" >/dev/null
state=$(json 'j["summary"]["state"]' <"$WORK/body")
api a GET /api/blueprints/cluster-counter/statistics >/dev/null
stats_a=$(json 'json.dumps(j, sort_keys=True)' <"$WORK/body")
api b GET /api/blueprints/cluster-counter/statistics >/dev/null
stats_b=$(json 'json.dumps(j, sort_keys=True)' <"$WORK/body")
completed_a=$(json 'j["cases"]["completed"]' <<<"$stats_a")
ok=1
[ "$completed" = 3 ] && [ "$state" = completed ] && [ "$completed_a" = 1 ] && [ "$stats_a" = "$stats_b" ] && ok=0
result "3 complete on B, statistics on A" $ok "$completed tasks completed on B, case $state; A counts $completed_a completed case(s); A's and B's statistics are $([ "$stats_a" = "$stats_b" ] && echo equal || echo DIFFERENT)"

# --- 4. timers fire exactly once across both nodes ----------------------------------------------
status=$(deploy b .ci/cluster/reminder.bpmn)
: >"$WORK/timer-cases"
for i in $(seq 1 "$TIMER_CASES"); do
  node=$([ $((i % 2)) = 0 ] && echo a || echo b)
  [ "$(api "$node" POST /api/blueprints/cluster-reminder/cases "{\"businessKey\":\"timer-$i\"}")" = 201 ] \
    && json 'j["id"]' <"$WORK/body" >>"$WORK/timer-cases"
done
timer_check() { # prints: cases, cases reminded once, cases reminded more than once, runs per node
  python3 - "$(base a)" "$PASSWORD" "$WORK/timer-cases" <<'PY'
import base64, collections, json, sys, urllib.request
base, password, cases_file = sys.argv[1:4]
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()
def get(path):
    request = urllib.request.Request(base + path, headers={"Authorization": auth})
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.load(response)
cases = [line.strip() for line in open(cases_file) if line.strip()]
per_case = collections.Counter()
for activity in ("Timer_Remind", "End_Reminded"):
    for a in get("/engine-rest/history/activity-instance?activityId=%s&firstResult=0&maxResults=1000" % activity):
        if a["processInstanceId"] in cases:
            per_case[(a["processInstanceId"], activity)] += 1
once = sum(1 for c in cases if per_case[(c, "Timer_Remind")] == 1 and per_case[(c, "End_Reminded")] == 1)
more = sum(1 for c in cases if per_case[(c, "Timer_Remind")] > 1 or per_case[(c, "End_Reminded")] > 1)
nodes = collections.Counter(l["hostname"] for l in get("/engine-rest/history/job-log?processDefinitionKey="
    "cluster-reminder&successLog=true&firstResult=0&maxResults=1000"))
print(len(cases), once, more, ",".join("%s:%d" % n for n in sorted(nodes.items())) or "none")
PY
}
for _ in $(seq 1 45); do
  read -r cases once more nodes <<<"$(timer_check)"
  [ $((once + more)) -ge "$cases" ] && break
  sleep 2
done
sleep 6   # one more acquisition round of both job executors: a second firing would show now
read -r cases once more nodes <<<"$(timer_check)"
executors=$( (grep -l "ENGINE-14018" "$WORK"/node-*.log || true) | wc -l)
ok=1
[ "$status" = 201 ] && [ "$cases" = "$TIMER_CASES" ] && [ "$once" = "$cases" ] && [ "$more" = 0 ] \
  && [ "$executors" = 2 ] && ok=0
result "4 timers fire once" $ok "$cases cases started on both nodes, $once reminded exactly once, $more more than once; job executors running on $executors nodes; timers run by $nodes"

# --- 5. kill -9 of A under load: B has everything A acknowledged ----------------------------------
# One worker: starts cases on A and completes their tasks on A, writing down each request A
# acknowledged with a 2xx — only after the answer has arrived.
worker() { # $1: worker number
  local cases="$WORK/cases.$1" completions="$WORK/completions.$1" out="$WORK/worker.$1" status id task step
  for _ in $(seq 1 200); do
    [ -f "$WORK/stop" ] && return 0
    status=$("${CURL[@]}" -o "$out" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d "{\"businessKey\":\"load-$1-$RANDOM\"}" "$(base a)/api/blueprints/cluster-counter/cases" || true)
    [ "$status" = 201 ] || continue
    id=$(json 'j["id"]' <"$out")
    echo "$id" >>"$cases"
    for _ in 1 2; do
      [ -f "$WORK/stop" ] && return 0
      read -r task step <<<"$(open_task a "$id")"
      [ -n "$task" ] || break
      status=$("${CURL[@]}" -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -d '{"variables":{}}' "$(base a)/api/tasks/$task/complete" || true)
      [ "$status" = 200 ] && echo "$id $task $step" >>"$completions"
    done
  done
}
for w in $(seq 1 "$WORKERS"); do
  worker "$w" &
  WORKER_PIDS+=($!)
done
for _ in $(seq 1 $((LOAD_SECONDS * 5))); do
  [ "$(cat "$WORK"/cases.* "$WORK"/completions.* 2>/dev/null | wc -l)" -ge "$MIN_ACKS" ] && break
  sleep 0.2
done
kill -9 "${PID[a]}"
wait "${PID[a]}" 2>/dev/null || true
unset 'PID[a]'
touch "$WORK/stop"
for pid in "${WORKER_PIDS[@]}"; do
  wait "$pid" 2>/dev/null || true
done
WORKER_PIDS=()
cat "$WORK"/cases.* 2>/dev/null >"$WORK/cases" || true
cat "$WORK"/completions.* 2>/dev/null >"$WORK/completions" || true

# on B: every acknowledged case exists and every acknowledged completion ended its step; then B
# completes what is left of each case, and every case ends
set +e
python3 - "$(base b)" "$PASSWORD" "$WORK/cases" "$WORK/completions" >"$WORK/failover" <<'PY'
import base64, json, sys, urllib.error, urllib.request

base, password, cases_file, completions_file = sys.argv[1:5]
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()

def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Authorization": auth, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, None

cases = [line.strip() for line in open(cases_file) if line.strip()]
completions = [line.split() for line in open(completions_file) if line.strip()]
lost = []
timelines = {}
for case in cases:
    status, timeline = call("GET", "/api/cases/" + case)
    if status == 200:
        timelines[case] = timeline
    else:
        lost.append("case %s: GET /api/cases on B answered %s" % (case, status))
for case, task, step in completions:
    steps = (timelines.get(case) or {}).get("steps", [])
    if not any(s.get("stepId") == step and s.get("end") for s in steps):
        lost.append("task %s of case %s: step %s has no end in the case's timeline on B" % (task, case, step))
finished = 0
for case in timelines:
    for _ in range(4):
        status, tasks = call("GET", "/engine-rest/task?processInstanceId=%s&firstResult=0&maxResults=1" % case)
        if status != 200 or not tasks:
            break
        call("POST", "/api/tasks/%s/complete" % tasks[0]["id"], {"variables": {}})
    status, timeline = call("GET", "/api/cases/" + case)
    finished += 1 if status == 200 and timeline["summary"]["state"] == "completed" else 0
for line in lost:
    print("cluster-test: LOST " + line)
print("%s %d %d %d %d" % ("ok" if cases and not lost and finished == len(timelines) else "failed",
                          len(cases), len(completions), len(lost), finished))
PY
set -e
grep "LOST" "$WORK/failover" || true
read -r verdict cases completions lost finished <<<"$(tail -n 1 "$WORK/failover")"
result "5 kill -9 A under load" "$([ "$verdict" = ok ] && echo 0 || echo 1)" "A acknowledged $cases cases and $completions completions before the kill; on B ${lost:-?} lost, $finished cases then finished on B"

echo "cluster-test: $((5 + 1 - FAILED)) of 6 checks passed in $((SECONDS - STARTED_AT)) s"
[ "$FAILED" = 0 ]
