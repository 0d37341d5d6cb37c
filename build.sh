#!/usr/bin/env bash
# MassageCoverage: every set-up step in one place.
#   ./build.sh run     start a local PostgreSQL under .data/, migrate, serve on http://localhost:${PORT:-5080}; in
#                      Development on that local cluster it also creates the demo accounts (as seed-demo does)
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
#   ./build.sh bench-import [N]  generate a catalog of N plans (default 10000, two rule versions each), import it
#                      with a Release build into a fresh database bench_import on the local cluster, then import it
#                      again unchanged and once with every 2026 version changed; prints the time and max RSS of each
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

app() { (cd "$WEB_PROJECT" && ASPNETCORE_ENVIRONMENT="$APP_ENVIRONMENT" dotnet run --no-build --no-launch-profile -- "$@"); }

cmd_migrate() {
  use_database
  dotnet build "$WEB_PROJECT" -nologo -v quiet >/dev/null
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
  dotnet tool restore >/dev/null
  cmd_migrate
  if [ "$LOCAL_CLUSTER" -eq 1 ] && [ "$APP_ENVIRONMENT" = "Development" ]; then
    app seed-demo
  fi
  local port="${PORT:-5080}"
  say "serving on http://localhost:$port (Ctrl+C stops the app; ./build.sh stop stops PostgreSQL)"
  ASPNETCORE_URLS="http://localhost:$port" app
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
  (cd "$WEB_PROJECT" && ASPNETCORE_ENVIRONMENT=Production /usr/bin/time -v -o "$report" \
    Logging__LogLevel__Default=Warning dotnet "bin/Release/net10.0/MassageCoverage.Web.dll" import "$file" --actor bench-import) >&2
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
  *) sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 2 ;;
esac
