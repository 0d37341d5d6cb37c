#!/usr/bin/env bash
# MassageCoverage: every set-up step in one place.
#   ./build.sh run     start a local PostgreSQL under .data/, migrate, serve the Release build on
#                      http://localhost:${PORT:-5080}; in Development on that local cluster it also creates the demo
#                      accounts (as seed-demo does)
#   ./build.sh stop    stop that PostgreSQL
#   ./build.sh test    install what the tests need, build with warnings as errors, run every test project
#   ./build.sh migrate apply migrations and seed reference data (plans, Medicaid states, roles; never an account)
#   ./build.sh seed-demo  migrate, then create one demo account per role (patient, staff, admin) in the database
#                      in use, printing each new one's password once; one that exists is left as it is
#   ./build.sh import FILE [--actor NAME]  migrate, then import plans and Medicaid criteria from FILE (JSON), all
#                      or nothing, into the database in use; every error with its JSON path; exit 1 if refused
#   ./build.sh export FILE  migrate, then write every plan and Medicaid state to FILE in the import format
#   ./build.sh create-admin EMAIL  migrate, then create an admin (password from MC_ADMIN_PASSWORD, the terminal,
#                      or generated and shown once); it is never logged
#   ./build.sh env     print the environment and the database the commands above would use, and do nothing else
#   ./build.sh bench [FILTER]  run the BenchmarkDotNet benchmarks (Release, in-process), e.g. '*Evaluate*'
#   ./build.sh bench-http  migrate, then serve the app (Release, Production) and the bare app in bench/ on one
#                      database and load each route and its bare counterpart with wrk in turn (BENCH_ROUNDS rounds of
#                      BENCH_SECONDS, default 3 of 10 s): req/s, p50, p99, CPU per request, load average, and the ratios
#   ./build.sh bench-import [N]  generate a catalog of N plans (default 10000, two rule versions each), import it
#                      with a Release build into a fresh database bench_import on the local cluster, then import it
#                      again unchanged and once with every 2026 version changed; prints the time and max RSS of each
#   ./build.sh bench-swap  serve the app (Release, Production) on the database bench_import that bench-import
#                      leaves (run that first, e.g. ./build.sh bench-import 100000), load the check API with wrk for
#                      BENCH_SECONDS (default 20) while the catalog changes BENCH_SWAPS times (default 2; 0 for none);
#                      prints how soon each change was served, req/s, p99 and the longest latency, CPU per check,
#                      every GC pause over 50 ms with the longest of all, and the app's RSS after start and after the
#                      load; BENCH_INSTANCES=2 serves and loads two instances and times each change on both
# Database: the local cluster under .data/, or the one in ConnectionStrings__Default (then none is started).
# Environment: ASPNETCORE_ENVIRONMENT when the caller sets it; otherwise Development on the local cluster and
#   Production against ConnectionStrings__Default, so no command treats a real database as a developer's.
# Other settings: PORT (app port), MC_DB_PORT (port of the local cluster, default 55432),
#   MASSAGECOVERAGE_TEST_DB (server for tests), CHROMIUM_PATH (browser for the browser tests, default /usr/bin/chromium).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CALLER_DIR="$PWD"
cd "$ROOT"
DATA="$ROOT/.data"
PGDATA_DIR="$DATA/pg"
SOCKET_DIR="$DATA/run"
LOG_DIR="$DATA/log"
DB_PORT="${MC_DB_PORT:-55432}"
DB_NAME="massagecoverage"
WEB_PROJECT="$ROOT/src/MassageCoverage.Web"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

APT_UPDATED=0
apt_install() {
  is_root || command -v sudo >/dev/null || die "need to install $* but am not root and have no sudo"
  local sudo=""; is_root || sudo="sudo"
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"
    $sudo apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  say "installing $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    apt_install postgresql >&2
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  printf '%s\n' "$dir"
}

# initdb and postgres refuse to run as root: as root, run them as the postgres user.
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

ensure_postgres_can_reach() {
  is_root || return 0
  local dir="$1"
  while [ "$dir" != "/" ]; do
    if ! runuser -u postgres -- test -x "$dir"; then
      say "letting the postgres user pass through $dir (chmod o+x)"
      chmod o+x "$dir"
    fi
    dir="$(dirname "$dir")"
  done
}

dev_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=app;Password=%s' "$DB_PORT" "$DB_NAME" "$(cat "$DATA/db-password")"
}

start_dev_db() {
  local bin; bin="$(pg_bin)"
  mkdir -p "$DATA"
  ensure_postgres_can_reach "$ROOT"
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    say "creating a PostgreSQL cluster in .data/pg"
    mkdir -p "$PGDATA_DIR" "$SOCKET_DIR" "$LOG_DIR"
    (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$DATA/db-password")
    if is_root; then chown -R postgres:postgres "$PGDATA_DIR" "$SOCKET_DIR" "$LOG_DIR"; fi
    local pwfile; pwfile="$SOCKET_DIR/pwfile"
    cp "$DATA/db-password" "$pwfile"
    if is_root; then chown postgres:postgres "$pwfile"; fi
    as_pg "$bin/initdb" -D "$PGDATA_DIR" -U app --pwfile="$pwfile" --auth-local=peer --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    local created=1
  fi
  if as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    say "PostgreSQL already running on port $DB_PORT"
  else
    if (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null; then
      die "port $DB_PORT is taken by another program; choose another with MC_DB_PORT=NNNNN ./build.sh ..."
    fi
    say "starting PostgreSQL on 127.0.0.1:$DB_PORT"
    as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_DIR/postgres.log" -w -t 60 \
      -o "-p $DB_PORT -k $SOCKET_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
      || die "PostgreSQL did not start; see .data/log/postgres.log"
  fi
  if [ "${created:-0}" -eq 1 ]; then
    say "creating database $DB_NAME"
    PGPASSWORD="$(cat "$DATA/db-password")" "$bin/createdb" -h 127.0.0.1 -p "$DB_PORT" -U app "$DB_NAME"
  fi
}

stop_dev_db() {
  if [ -f "$PGDATA_DIR/PG_VERSION" ]; then
    local bin; bin="$(pg_bin)"
    as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop 2>/dev/null && say "PostgreSQL stopped" || say "PostgreSQL was not running"
  else
    say "no local cluster in .data/pg"
  fi
}

use_database() {
  if [ -n "${ConnectionStrings__Default:-}" ]; then
    say "using the database in ConnectionStrings__Default; starting none"
  else
    start_dev_db
    export ConnectionStrings__Default; ConnectionStrings__Default="$(dev_connection_string)"
  fi
}

# Decided before use_database fills in the local cluster's connection string: what counts is what the caller gave.
if [ -n "${ConnectionStrings__Default:-}" ]; then LOCAL_CLUSTER=0; else LOCAL_CLUSTER=1; fi

# Development only where nothing real can be reached: the local cluster. A database named from outside may be
# production's, and must not get Development's behaviour by default.
choose_environment() {
  if [ -n "${ASPNETCORE_ENVIRONMENT:-}" ]; then
    printf '%s\n' "$ASPNETCORE_ENVIRONMENT"
  elif [ "$LOCAL_CLUSTER" -eq 1 ]; then
    printf 'Development\n'
  else
    printf 'Production\n'
  fi
}
APP_ENVIRONMENT="$(choose_environment)"

cmd_env() {
  printf 'ASPNETCORE_ENVIRONMENT=%s\n' "$APP_ENVIRONMENT"
  if [ "$LOCAL_CLUSTER" -eq 1 ]; then
    printf 'database=local cluster in .data/ (port %s)\n' "$DB_PORT"
  else
    printf 'database=ConnectionStrings__Default\n'
  fi
}

# The operator commands run the Debug build that ./build.sh test also makes, so one run after the tests starts at
# once; run and bench-http switch to Release, what production serves (Debug costs about a tenth more per request).
APP_CONFIGURATION=Debug
build_app() { dotnet build "$WEB_PROJECT" -c "$APP_CONFIGURATION" -nologo -v quiet >/dev/null; }
app() { (cd "$WEB_PROJECT" && ASPNETCORE_ENVIRONMENT="$APP_ENVIRONMENT" dotnet run -c "$APP_CONFIGURATION" --no-build --no-launch-profile -- "$@"); }

cmd_migrate() {
  use_database
  build_app
  say "migrating and seeding reference data ($APP_ENVIRONMENT)"
  app migrate
}

cmd_seed_demo() {
  cmd_migrate
  say "creating the demo accounts"
  app seed-demo
}

# The app runs in its project folder, so a file travels as an absolute path, resolved where the caller stands.
absolute() { (cd "$CALLER_DIR" && realpath -m -- "$1"); }

cmd_import() {
  [ $# -ge 1 ] || die "usage: ./build.sh import FILE [--actor NAME]"
  local file; file="$(absolute "$1")"; shift
  [ -r "$file" ] && [ -f "$file" ] || die "cannot read $file"
  cmd_migrate
  say "importing $file"
  app import "$file" "$@"
}

cmd_export() {
  [ $# -eq 1 ] || die "usage: ./build.sh export FILE"
  local file; file="$(absolute "$1")"
  cmd_migrate
  say "exporting to $file"
  app export "$file"
}

cmd_run() {
  APP_CONFIGURATION=Release
  dotnet tool restore >/dev/null
  cmd_migrate
  if [ "$LOCAL_CLUSTER" -eq 1 ] && [ "$APP_ENVIRONMENT" = "Development" ]; then
    app seed-demo
  fi
  local port="${PORT:-5080}"
  say "serving on http://localhost:$port (Ctrl+C stops the app; ./build.sh stop stops PostgreSQL)"
  ASPNETCORE_URLS="http://localhost:$port" app
}

# ---- bench-http: the app against a bare ASP.NET Core app, each route in turn (A, B, A, B, ...) ----
BARE_PROJECT="$ROOT/bench/MassageCoverage.BareApi"
BENCH_HTTP="$ROOT/bench/http"
BENCH_PIDS=()

stop_bench_servers() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}

# CPU time (user + system, in clock ticks) a process has used: fields 14 and 15 of /proc/PID/stat, counted after the
# command name, which may itself hold spaces.
cpu_ticks() {
  local stat; stat="$(cat "/proc/$1/stat")"; stat="${stat##*) }"
  local -a fields; read -ra fields <<<"$stat"
  printf '%s\n' $(( fields[11] + fields[12] ))
}

wait_for_http() {
  local url="$1" pid="$2" log="$3" tries=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || die "the server for $url stopped; see $log"
    tries=$((tries + 1)); [ "$tries" -lt 120 ] || die "$url did not answer in 60 s; see $log"
    sleep 0.5
  done
}

# Starts a server from its project folder (its content root) and records its process id; the subshell execs
# dotnet, so that id is the server's own. Its output goes through a pipe, as a container's would, and only its end
# is kept.
start_bench_server() {
  local project="$1" dll="$2" url="$3" log="$4"; shift 4
  (cd "$project" && exec env "$@" ASPNETCORE_URLS="$url" dotnet "bin/Release/net10.0/$dll") > >(tail -n 200 >"$log") 2>&1 &
  BENCH_PIDS+=("$!")
}

# One wrk run against a server: prints req/s, p50 and p99 in ms, the server's CPU ms per request, and the number
# of non-2xx answers and socket errors.
wrk_once() {
  local pid="$1" url="$2"; shift 2
  local before after out
  before="$(cpu_ticks "$pid")"
  out="$(wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "${BENCH_SECONDS}s" --latency "$@" "$url")"
  after="$(cpu_ticks "$pid")"
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    function ms(v,  n) { n = v + 0; if (v ~ /us$/) return n / 1000; if (v ~ /ms$/) return n; if (v ~ /m$/) return n * 60000; return n * 1000 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    / requests in / { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { bad += $NF }
    /Socket errors:/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %.3f %d\n", rps, p50, p99, requests ? ticks * 1000 / hz / requests : 0, bad }' <<<"$out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

cmd_bench_http() {
  BENCH_SECONDS="${BENCH_SECONDS:-10}"
  local rounds="${BENCH_ROUNDS:-3}" warmup="${BENCH_WARMUP_SECONDS:-15}"
  BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-16}" BENCH_THREADS="${BENCH_THREADS:-2}"
  local app_port="${BENCH_APP_PORT:-5091}" bare_port="${BENCH_BARE_PORT:-5092}"
  local environment="${BENCH_ENVIRONMENT:-Production}"
  command -v wrk >/dev/null || apt_install wrk
  command -v curl >/dev/null || apt_install curl
  use_database
  APP_CONFIGURATION=Release
  say "building the app and the bare app (Release, warnings are errors)"
  dotnet build "$WEB_PROJECT" -c Release -warnaserror -nologo -v quiet | { grep -E "error|warn" || true; }
  dotnet build "$BARE_PROJECT" -c Release -warnaserror -nologo -v quiet | { grep -E "error|warn" || true; }
  say "migrating and seeding reference data"
  app migrate

  BENCH_WORK="$(mktemp -d)"
  local work="$BENCH_WORK"
  mkdir -p "$LOG_DIR"
  trap 'stop_bench_servers; rm -rf "$BENCH_WORK"' EXIT
  local app_at="http://127.0.0.1:$app_port" bare_at="http://127.0.0.1:$bare_port"
  say "starting the app ($environment) on $app_at; its output ends in .data/log/bench-app.log"
  start_bench_server "$WEB_PROJECT" MassageCoverage.Web.dll "$app_at" "$LOG_DIR/bench-app.log" ASPNETCORE_ENVIRONMENT="$environment"
  local app_pid="${BENCH_PIDS[-1]}"
  wait_for_http "$app_at/health/ready" "$app_pid" "$LOG_DIR/bench-app.log"

  # The bare endpoint answers with the app's own answer to the same check, so both write JSON of one size.
  local body="$BENCH_HTTP/coverage-check.json"
  curl -fsS -H 'Content-Type: application/json' --data-binary "@$body" "$app_at/api/v1/coverage-checks" >"$work/check-answer.json" \
    || die "the app refused the benchmark's check; see $LOG_DIR/bench-app.log"
  say "starting the bare app on $bare_at"
  start_bench_server "$BARE_PROJECT" MassageCoverage.BareApi.dll "$bare_at" "$LOG_DIR/bench-bare.log" \
    ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="$ConnectionStrings__Default" Bare__CheckAnswerFile="$work/check-answer.json"
  local bare_pid="${BENCH_PIDS[-1]}"
  wait_for_http "$bare_at/text" "$bare_pid" "$LOG_DIR/bench-bare.log"

  # A referral ten days old, so the page decides the same way whatever today is.
  local result="/check/result?coverage=private&state=WA&plan=acme-ppo-gold&diagnosis=M54.50&licensed=yes&inNetwork=yes"
  result+="&referral=yes&referralDate=$(date -d '10 days ago' +%F)&priorAuth=no&visitsUsed=0"
  local -a names=("POST /api/v1/coverage-checks" "GET /check/result?..." "GET /medicaid" "GET /")
  local -a app_urls=("$app_at/api/v1/coverage-checks" "$app_at$result" "$app_at/medicaid" "$app_at/")
  local -a bare_urls=("$bare_at/json" "$bare_at/text" "$bare_at/sql" "$bare_at/sql")
  local -a scripts=("$BENCH_HTTP/post-json.lua" "" "" "")
  export BENCH_BODY="$body"

  local results="$work/results" i round side url pid line load rps p50 p99 cpu bad field
  : >"$results"
  printf '%-30s %5s %-4s %9s %9s %9s %12s %6s  %s\n' route round side "req/s" "p50 ms" "p99 ms" "CPU ms/req" errors "load average"
  local -a chosen=()
  for i in "${!names[@]}"; do [[ "${names[$i]}" =~ ${BENCH_ROUTES:-.} ]] && chosen+=("$i"); done
  [ "${#chosen[@]}" -gt 0 ] || die "BENCH_ROUTES='${BENCH_ROUTES:-}' matches none of: ${names[*]}"
  for i in "${chosen[@]}"; do
    local -a script_args=() curl_args=()
    if [ -n "${scripts[$i]}" ]; then
      script_args=(-s "${scripts[$i]}")
      curl_args=(-H 'Content-Type: application/json' --data-binary "@$body")
    fi
    for side in app bare; do
      if [ "$side" = app ]; then url="${app_urls[$i]}"; else url="${bare_urls[$i]}"; fi
      curl -fsS -o /dev/null "${curl_args[@]}" "$url" \
        || die "$url does not answer 200"
      wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "${warmup}s" "${script_args[@]}" "$url" >/dev/null
    done
    for round in $(seq 1 "$rounds"); do
      for side in app bare; do
        if [ "$side" = app ]; then url="${app_urls[$i]}" pid="$app_pid"; else url="${bare_urls[$i]}" pid="$bare_pid"; fi
        load="$(cut -d' ' -f1-3 /proc/loadavg)"
        line="$(wrk_once "$pid" "$url" "${script_args[@]}")"
        printf '%s %s %s\n' "$i" "$side" "$line" >>"$results"
        read -r rps p50 p99 cpu bad <<<"$line"
        printf '%-30s %5s %-4s %9s %9s %9s %12s %6s  %s\n' "${names[$i]}" "$round" "$side" "$rps" "$p50" "$p99" "$cpu" "$bad" "$load"
      done
    done
  done

  printf '\nmedians of %s rounds of %s s, %s connections (the ratio is app req/s over bare req/s)\n' "$rounds" "$BENCH_SECONDS" "$BENCH_CONNECTIONS"
  printf '%-30s %10s %10s %6s %16s %16s %12s %12s\n' route "app req/s" "bare req/s" ratio "app p50/p99 ms" "bare p50/p99 ms" "app CPU ms" "bare CPU ms"
  local errors=0
  for i in "${chosen[@]}"; do
    local -A m=()
    for side in app bare; do
      for field in 3:rps 4:p50 5:p99 6:cpu; do
        m[$side.${field#*:}]="$(awk -v i="$i" -v s="$side" -v f="${field%%:*}" '$1 == i && $2 == s { print $f }' "$results" | median)"
      done
    done
    printf '%-30s %10s %10s %6s %16s %16s %12s %12s\n' "${names[$i]}" "${m[app.rps]}" "${m[bare.rps]}" \
      "$(awk -v a="${m[app.rps]}" -v b="${m[bare.rps]}" 'BEGIN { printf "%.3f", b ? a / b : 0 }')" \
      "${m[app.p50]}/${m[app.p99]}" "${m[bare.p50]}/${m[bare.p99]}" "${m[app.cpu]}" "${m[bare.cpu]}"
  done
  errors="$(awk '{ n += $7 } END { print n + 0 }' "$results")"
  [ "$errors" -eq 0 ] || die "$errors requests failed or were not answered 2xx; the numbers above do not count"
}

# Sums the counters of every TRX file: the one line CI reads.
summarize() {
  local dir="$1" passed=0 failed=0 skipped=0 f p x t e
  for f in "$dir"/*.trx; do
    [ -e "$f" ] || continue
    p=$(grep -o ' passed="[0-9]*"' "$f" | head -n 1 | tr -dc 0-9)
    x=$(grep -o ' failed="[0-9]*"' "$f" | head -n 1 | tr -dc 0-9)
    t=$(grep -o ' total="[0-9]*"' "$f" | head -n 1 | tr -dc 0-9)
    e=$(grep -o ' executed="[0-9]*"' "$f" | head -n 1 | tr -dc 0-9)
    passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
  done
  if [ "$skipped" -gt 0 ]; then
    printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
  else
    printf '%s passed, %s failed\n' "$passed" "$failed"
  fi
  [ "$failed" -eq 0 ]
}

# Test clusters live in temp folders named massagecoverage-pg-*; stop any this run left behind.
cleanup_test_clusters() {
  local before="$1" dir
  for dir in "${TMPDIR:-/tmp}"/massagecoverage-pg-*; do
    [ -d "$dir" ] || continue
    grep -qxF "$dir" <<<"$before" && continue
    if [ -f "$dir/data/postmaster.pid" ]; then
      kill -QUIT "$(head -n 1 "$dir/data/postmaster.pid")" 2>/dev/null || true
    fi
    rm -rf "$dir"
  done
}

cmd_test() {
  local bin; bin="$(pg_bin)"
  export PG_BIN="$bin"
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$CHROMIUM_PATH" ] || apt_install chromium
  command -v docker-compose >/dev/null || apt_install docker-compose
  say "validating docker-compose.yml"
  docker-compose -f docker-compose.yml config -q

  say "restoring and building (warnings are errors)"
  dotnet tool restore >/dev/null
  dotnet restore MassageCoverage.sln -nologo -v quiet
  dotnet build MassageCoverage.sln --no-restore -nologo -v quiet -warnaserror

  local results; results="$(mktemp -d)"
  local before; before="$(ls -d "${TMPDIR:-/tmp}"/massagecoverage-pg-* 2>/dev/null || true)"
  local status=0 project
  for project in tests/*/*Tests.csproj; do
    say "testing $(basename "$project" .csproj)"
    dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$(basename "$project" .csproj).trx" --results-directory "$results" \
      --logger "console;verbosity=minimal" || status=1
  done
  cleanup_test_clusters "$before"
  summarize "$results" || status=1
  return "$status"
}

# Each import runs under /usr/bin/time -v; its elapsed time and max RSS are what the benchmark reports.
timed_import() {
  local label="$1" file="$2" report; report="$(mktemp)"
  (cd "$WEB_PROJECT" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning /usr/bin/time -v -o "$report" \
    dotnet "bin/Release/net10.0/MassageCoverage.Web.dll" import "$file" --actor bench-import) >&2
  printf '%-10s %s, max RSS %s MB\n' "$label" \
    "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$report")" \
    "$(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$report") / 1024 ))"
  rm -f "$report"
}

cmd_bench_import() {
  local plans="${1:-10000}"
  [ "$LOCAL_CLUSTER" -eq 1 ] || die "bench-import drops and creates a database: it runs on the local cluster only"
  [ -x /usr/bin/time ] || apt_install time
  start_dev_db
  say "building in Release"
  dotnet build "$WEB_PROJECT" -c Release -nologo -v quiet >/dev/null
  dotnet build bench/MassageCoverage.Benchmarks -c Release -nologo -v quiet >/dev/null
  local folder="$DATA/bench"; mkdir -p "$folder"
  local file="$folder/catalog-$plans.json" changed="$folder/catalog-$plans-changed.json"
  say "generating $plans plans"
  dotnet bench/MassageCoverage.Benchmarks/bin/Release/net10.0/MassageCoverage.Benchmarks.dll generate-catalog "$plans" "$file"
  dotnet bench/MassageCoverage.Benchmarks/bin/Release/net10.0/MassageCoverage.Benchmarks.dll generate-catalog "$plans" "$changed" 21
  local bin; bin="$(pg_bin)"
  export PGPASSWORD; PGPASSWORD="$(cat "$DATA/db-password")"
  "$bin/dropdb" --if-exists -h 127.0.0.1 -p "$DB_PORT" -U app bench_import
  "$bin/createdb" -h 127.0.0.1 -p "$DB_PORT" -U app bench_import
  export ConnectionStrings__Default; ConnectionStrings__Default="$(dev_connection_string | sed "s/Database=$DB_NAME/Database=bench_import/")"
  (cd "$WEB_PROJECT" && ASPNETCORE_ENVIRONMENT=Production dotnet bin/Release/net10.0/MassageCoverage.Web.dll migrate) >&2
  say "importing $(du -h "$file" | cut -f1) of $plans plans"
  timed_import new "$file"
  timed_import unchanged "$file"
  timed_import changed "$changed"
}

# ---- bench-swap: snapshot swaps under load at the size bench-import left ----
cmd_bench_swap() {
  [ "$LOCAL_CLUSTER" -eq 1 ] || die "bench-swap reads the database bench_import of the local cluster"
  local seconds="${BENCH_SECONDS:-20}" swaps="${BENCH_SWAPS:-2}" port="${BENCH_APP_PORT:-5091}" instances="${BENCH_INSTANCES:-1}"
  [[ "$instances" =~ ^[12]$ ]] || die "BENCH_INSTANCES is 1 or 2"
  command -v wrk >/dev/null || apt_install wrk
  command -v curl >/dev/null || apt_install curl
  start_dev_db
  local bin; bin="$(pg_bin)"
  export PGPASSWORD; PGPASSWORD="$(cat "$DATA/db-password")"
  local -a psql=("$bin/psql" -h 127.0.0.1 -p "$DB_PORT" -U app -d bench_import -qAt -v ON_ERROR_STOP=1)
  local plans; plans="$("${psql[@]}" -c 'SELECT count(*) FROM plans' 2>/dev/null)" \
    || die "no database bench_import: run ./build.sh bench-import N first"
  say "building the app and the benchmarks (Release)"
  dotnet build "$WEB_PROJECT" -c Release -warnaserror -nologo -v quiet | { grep -E "error|warn" || true; }
  dotnet build bench/MassageCoverage.Benchmarks -c Release -warnaserror -nologo -v quiet | { grep -E "error|warn" || true; }
  export ConnectionStrings__Default; ConnectionStrings__Default="$(dev_connection_string | sed "s/Database=$DB_NAME/Database=bench_import/")"

  BENCH_WORK="$(mktemp -d)"
  local work="$BENCH_WORK" at="http://127.0.0.1:$port"
  mkdir -p "$LOG_DIR"
  trap 'stop_bench_servers; rm -rf "$BENCH_WORK"' EXIT
  say "starting the app on $plans plans; its output ends in .data/log/bench-swap.log"
  local started; started="$(date +%s.%N)"
  start_bench_server "$WEB_PROJECT" MassageCoverage.Web.dll "$at" "$LOG_DIR/bench-swap.log" ASPNETCORE_ENVIRONMENT=Production
  local pid="${BENCH_PIDS[-1]}"
  wait_for_http "$at/health/ready" "$pid" "$LOG_DIR/bench-swap.log"
  local ready; ready="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  local rss_start; rss_start="$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")"
  # A second instance on the same database: both serve checks at full speed, and a change committed by any writer
  # must reach each of them.
  local -a ats=("$at") pids=("$pid")
  if [ "$instances" -eq 2 ]; then
    ats+=("http://127.0.0.1:$((port + 1))")
    say "starting a second instance on ${ats[1]}; its output ends in .data/log/bench-swap-2.log"
    start_bench_server "$WEB_PROJECT" MassageCoverage.Web.dll "${ats[1]}" "$LOG_DIR/bench-swap-2.log" ASPNETCORE_ENVIRONMENT=Production
    pids+=("${BENCH_PIDS[-1]}")
    wait_for_http "${ats[1]}/health/ready" "${pids[1]}" "$LOG_DIR/bench-swap-2.log"
  fi

  export BENCH_BODY="$BENCH_HTTP/coverage-check.json"
  local url="$at/api/v1/coverage-checks" a
  for a in "${ats[@]}"; do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary "@$BENCH_BODY" "$a/api/v1/coverage-checks" \
      || die "$a/api/v1/coverage-checks does not answer 200"
  done
  wrk -t 2 -c 16 -d 5s -s "$BENCH_HTTP/post-json.lua" "$url" >/dev/null

  # Each change renames one plan and back: the database bumps the revision, and the app loads a whole new snapshot.
  : >"$work/visible"
  local revision_start; revision_start="$("${psql[@]}" -c 'SELECT revision FROM catalog_revision')"
  local code; code="$("${psql[@]}" -c 'SELECT "Code" FROM plans ORDER BY "Id" LIMIT 1')"
  local gap; gap="$(awk -v s="$seconds" -v n="$swaps" 'BEGIN { printf "%.1f", s / (n + 1) }')"
  # After each, the API is asked for that plan every 20 ms until it answers with the new name: how long a commit takes
  # to reach the running app (the notification, then the whole snapshot rebuilt beside the one serving the load).
  (
    for i in $(seq 1 "$swaps"); do
      sleep "$gap"
      local pattern
      if [ $((i % 2)) -eq 1 ]; then
        "${psql[@]}" -c "UPDATE plans SET \"Name\" = \"Name\" || ' ' WHERE \"Code\" = '$code'"
        pattern='"name":"[^"]* "'
      else
        "${psql[@]}" -c "UPDATE plans SET \"Name\" = rtrim(\"Name\") WHERE \"Code\" = '$code'"
        pattern='"name":"[^"]*[^ "]"'
      fi
      local committed k; local -a waiting=("${ats[@]}") times=()
      committed="$(date +%s.%N)"
      while [ "${#waiting[@]}" -gt 0 ]; do
        for k in "${!waiting[@]}"; do
          if curl -fsS "${waiting[$k]}/api/v1/plans/$code" | grep -q "$pattern"; then
            times+=("$(awk -v a="$committed" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')")
            unset 'waiting[k]'
          fi
        done
        [ "${#waiting[@]}" -eq 0 ] || sleep 0.02
      done
      printf '%s\n' "$(IFS=/; echo "${times[*]}")" >>"$work/visible"
    done
  ) &
  local changer=$!
  dotnet bench/MassageCoverage.Benchmarks/bin/Release/net10.0/MassageCoverage.Benchmarks.dll gc-pauses "$pid" "$((seconds + 2))" 50 >"$work/gc" 2>&1 &
  local recorder=$!
  sleep 1
  local before=0 after=0 out p
  for p in "${pids[@]}"; do before=$((before + $(cpu_ticks "$p"))); done
  if [ "$instances" -eq 2 ]; then
    # Half the connections each, so the machine carries the same load as with one instance.
    wrk -t 1 -c 8 -d "${seconds}s" --latency -s "$BENCH_HTTP/post-json.lua" "${ats[1]}/api/v1/coverage-checks" >"$work/wrk-2" &
    out="$(wrk -t 1 -c 8 -d "${seconds}s" --latency -s "$BENCH_HTTP/post-json.lua" "$url")"
    wait $!
    out+=$'\n'"$(cat "$work/wrk-2")"
  else
    out="$(wrk -t 2 -c 16 -d "${seconds}s" --latency -s "$BENCH_HTTP/post-json.lua" "$url")"
  fi
  for p in "${pids[@]}"; do after=$((after + $(cpu_ticks "$p"))); done
  wait "$changer" || die "a catalog change failed"
  local recorded=0; wait "$recorder" || recorded=$?
  local rss_end; rss_end="$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")"
  local revision_end; revision_end="$("${psql[@]}" -c 'SELECT revision FROM catalog_revision')"

  printf '\n%s plans; ready %s s after start; catalog revision %s -> %s under load\n' "$plans" "$ready" "$revision_start" "$revision_end"
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    function ms(v,  n) { n = v + 0; if (v ~ /us$/) return n / 1000; if (v ~ /ms$/) return n; if (v ~ /m$/) return n * 60000; return n * 1000 }
    / requests in / { requests += $1 }
    /^Requests\/sec:/ { rps += $2 }
    $1 == "Latency" && $2 != "Distribution" && ms($4) > max { max = ms($4) }
    $1 == "99%" && ms($2) > p99 { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad += $NF }
    END { printf "check API under load: %.0f req/s, p99 %.2f ms, longest %.2f ms, %.3f ms CPU per check, %d not 2xx\n", rps, p99, max, ticks * 1000 / hz / requests, bad }' <<<"$out"
  [ "$swaps" -eq 0 ] || printf 'a change served after (s%s): %s\n' "$([ "$instances" -eq 1 ] || echo ', instance 1/instance 2')" "$(paste -sd ' ' "$work/visible")"
  cat "$work/gc"
  printf 'RSS: %s MB after start, %s MB after the load and the swaps\n' "$rss_start" "$rss_end"
  [ "$recorded" -le 1 ] || die "the GC pauses could not be recorded"
}

case "${1:-}" in
  run) cmd_run ;;
  stop) stop_dev_db ;;
  test) cmd_test ;;
  migrate) dotnet tool restore >/dev/null; cmd_migrate ;;
  seed-demo) dotnet tool restore >/dev/null; cmd_seed_demo ;;
  env) cmd_env ;;
  import) shift; dotnet tool restore >/dev/null; cmd_import "$@" ;;
  export) shift; dotnet tool restore >/dev/null; cmd_export "$@" ;;
  create-admin) shift; [ $# -eq 1 ] || die "usage: ./build.sh create-admin EMAIL"; dotnet tool restore >/dev/null; cmd_migrate; app create-admin "$1" ;;
  bench-import) shift; dotnet tool restore >/dev/null; cmd_bench_import "$@" ;;
  bench) shift; dotnet run -c Release --project bench/MassageCoverage.Benchmarks -- --filter "${1:-*}" ;;
  bench-http) dotnet tool restore >/dev/null; cmd_bench_http ;;
  bench-swap) dotnet tool restore >/dev/null; cmd_bench_swap ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 2 ;;
esac
