#!/usr/bin/env bash
# npm run bench:extension: what a user pays for installing the extension, measured on the packaged .vsix.
# Prints, and writes to .test-artifacts/bench/extension.json:
#   - sizes: the .vsix, dist/extension.js (loaded at activation), dist/azureClients.js (the Azure SDK, loaded on
#     first use) and dist/emulator/main.js;
#   - activation: `extension.activate()` timed inside a fresh extension host, BENCH_ACTIVATION_RUNS times
#     (default 5), and which bundles it loaded (never the Azure SDK);
#   - peak extension-host memory with a large estate loaded (BENCH_SUBSCRIPTIONS × BENCH_SCALE_SETS, default
#     20 × 250) and the whole tree expanded;
#   - Bicep completion latency p50/p95: static snippets, snippets with scale-set choices and scale-set values.
# Figures, not a timed test: it fails only when something does not work (or activation loads the Azure SDK).
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

RUN_STATE=""
CODE_SERVER_STARTED=0
EMPTY_EMULATOR_PID=""
clean_up() {
	trap - EXIT INT TERM
	[ "$CODE_SERVER_STARTED" = 1 ] && "$HARNESS/stop-code-server.sh" "$RUN_STATE/code-server"
	stop_emulator
	EMULATOR_PID="$EMPTY_EMULATOR_PID" stop_emulator
	[ -n "$RUN_STATE" ] && rm -rf "$RUN_STATE"
}
trap clean_up EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

set_up "${SERVER_DEBIAN_PACKAGES[@]}" "${BROWSER_DEBIAN_PACKAGES[@]}" || exit 1
# npm run package builds the minified production bundles first (vscode:prepublish).
npm run --silent package || { fail "packaging failed"; exit 1; }
npm run --silent compile-tests || say "compile-tests reported type errors; running what it emitted"
[ -f "$ROOT/out/bench/extension/activationRun.js" ] || { fail "the benchmark did not compile"; exit 1; }

RUN_STATE="$(mktemp -d "$STATE_ROOT/bench-extension.XXXXXX")"
RESULTS="$RUN_STATE/results"
mkdir -p "$RESULTS" "$ROOT/.test-artifacts/bench"

# The extension exactly as installed from the .vsix, loaded as the development extension of each window.
EXTENSION="$RUN_STATE/vsix/extension"
unzip -q "$ROOT/dist/standby-pools.vsix" -d "$RUN_STATE/vsix" || exit 1

node bench/generateEstate.mjs "$RUN_STATE/estate.json" "${BENCH_SUBSCRIPTIONS:-20}" "${BENCH_SCALE_SETS:-250}" || exit 1
node bench/generateEstate.mjs "$RUN_STATE/empty.json" 1 0 >/dev/null || exit 1
STANDBY_POOLS_EMULATOR_SEED="$RUN_STATE/empty.json" start_emulator "$RUN_STATE/empty" 0 "$RUN_STATE/empty.log" || exit 1
EMPTY_EMULATOR_PID="$EMULATOR_PID" EMPTY_URL="$EMULATOR_URL" EMPTY_CA="$EMULATOR_CA"
STANDBY_POOLS_EMULATOR_SEED="$RUN_STATE/estate.json" start_emulator "$RUN_STATE/emulator" 0 "$RUN_STATE/emulator.log" || exit 1

prepare_workspace "$RUN_STATE/workspace" fresh
port="$(free_port)"
STANDBY_POOLS_TEST_EMULATOR_URL="$EMULATOR_URL" STANDBY_POOLS_TEST_EMULATOR_CA="$EMULATOR_CA" \
	STANDBY_POOLS_BENCH_EMPTY_EMULATOR_URL="$EMPTY_URL" STANDBY_POOLS_BENCH_EMPTY_EMULATOR_CA="$EMPTY_CA" \
	STANDBY_POOLS_BENCH_DIR="$RESULTS" \
	CODE_SERVER_SETTINGS="$(emulator_settings_json "$EMULATOR_URL" "$EMULATOR_CA")" \
	"$HARNESS/start-code-server.sh" "$RUN_STATE/code-server" "$port" "$RUN_STATE/workspace" || exit 1
CODE_SERVER_STARTED=1

# run_in_host <entry>: opens a new window, whose fresh extension host runs <entry>'s run().
run_in_host() {
	EXT_TEST_TIMEOUT_MS=300000 node "$HARNESS/run-ext-tests.mjs" "http://127.0.0.1:$port" "$EXTENSION" "$1" \
		"$RUN_STATE/workspace" 2>&1 | grep -E '^(activation:|Error|\s+at |extension host test exit code: [^0])'
	return "${PIPESTATUS[0]}"
}

say "activation, ${BENCH_ACTIVATION_RUNS:-5} fresh extension hosts"
for run in $(seq 1 "${BENCH_ACTIVATION_RUNS:-5}"); do
	run_in_host "$ROOT/out/bench/extension/activationRun.js" || exit 1
done
say "memory and completion with $(node -p 'require(process.argv[1]).scaleSets.length' "$RUN_STATE/estate.json") scale sets"
run_in_host "$ROOT/out/bench/extension/workloadRun.js" || exit 1

node bench/extension/summarise.mjs "$RESULTS" "$ROOT" "$ROOT/.test-artifacts/bench/extension.json"
