-- wrk script of ./build.sh bench-http: POSTs the JSON file named by BENCH_BODY on every request. The benchmark gives
-- it coverage-check.json (acme-ppo-gold, every requirement met as of a fixed date, so every check takes one path).
local file = assert(io.open(assert(os.getenv("BENCH_BODY"), "BENCH_BODY is not set"), "rb"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = file:read("*a")
file:close()
