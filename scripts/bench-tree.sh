#!/usr/bin/env bash
# npm run bench:tree: how fast the tree loads a large estate. Generates 20 subscriptions × 250 scale sets
# (override with BENCH_SUBSCRIPTIONS / BENCH_SCALE_SETS), starts the emulator with 40 ms latency per request
# (BENCH_LATENCY_MS) and a real VS Code, loads the whole tree inside the extension host and prints the
# figures. Results also land in .test-artifacts/bench/tree.json.
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

RUN_STATE=""
CODE_SERVER_STARTED=0
clean_up() {
	trap - EXIT INT TERM
	[ "$CODE_SERVER_STARTED" = 1 ] && "$HARNESS/stop-code-server.sh" "$RUN_STATE/code-server"
	stop_emulator
	[ -n "$RUN_STATE" ] && rm -rf "$RUN_STATE"
}
trap clean_up EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

set_up "${SERVER_DEBIAN_PACKAGES[@]}" "${BROWSER_DEBIAN_PACKAGES[@]}" || exit 1
npm run --silent build && npm run --silent compile-tests || { fail "build failed"; exit 1; }

RUN_STATE="$(mktemp -d "$STATE_ROOT/bench.XXXXXX")"
mkdir -p "$ROOT/.test-artifacts/bench"
node bench/generateEstate.mjs "$RUN_STATE/estate.json" "${BENCH_SUBSCRIPTIONS:-20}" "${BENCH_SCALE_SETS:-250}" || exit 1
STANDBY_POOLS_EMULATOR_SEED="$RUN_STATE/estate.json" start_emulator "$RUN_STATE/emulator" 0 "$RUN_STATE/emulator.log" || exit 1
curl -fsS --cacert "$EMULATOR_CA" -H 'Authorization: Bearer emulator-test-token' -H 'Content-Type: application/json' \
	-X POST -d "{\"latencyMs\": ${BENCH_LATENCY_MS:-40}}" "$EMULATOR_URL/_emulator/config" >/dev/null || exit 1

prepare_workspace "$RUN_STATE/workspace" fresh
port="$(free_port)"
STANDBY_POOLS_TEST_EMULATOR_URL="$EMULATOR_URL" STANDBY_POOLS_TEST_EMULATOR_CA="$EMULATOR_CA" \
	STANDBY_POOLS_BENCH_RESULTS="$ROOT/.test-artifacts/bench/tree.json" \
	CODE_SERVER_SETTINGS="$(emulator_settings_json "$EMULATOR_URL" "$EMULATOR_CA")" \
	"$HARNESS/start-code-server.sh" "$RUN_STATE/code-server" "$port" "$RUN_STATE/workspace" || exit 1
CODE_SERVER_STARTED=1

EXT_TEST_TIMEOUT_MS=300000 node "$HARNESS/run-ext-tests.mjs" "http://127.0.0.1:$port" "$ROOT" \
	"$ROOT/out/bench/tree/treeBenchmark.js" "$RUN_STATE/workspace" 2>&1 | grep -v -E '^(opening|Resolv|Creating|Ignoring)'
exit "${PIPESTATUS[0]}"
