#!/usr/bin/env bash
# npm test: every check the project has, in the order a failure is cheapest to find. Set-up on a fresh
# machine, build and package, lint, typecheck, unit tests (Node), integration tests inside a real VS Code
# extension host against the emulator, and the Playwright UI test in Chromium. Every step runs even when
# an earlier independent one failed; the summary lists each with its time, and the exit code is non-zero
# when any step failed.
#
# Artifacts: .test-artifacts/screenshots/ (UI test), .test-artifacts/logs/ (servers, browser, results).
# Environment: TEST_CODE_SERVER_PORT (default: a free port), EXT_TEST_TIMEOUT_MS (integration, default 900000).
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

ARTIFACTS="$ROOT/.test-artifacts"
LOGS="$ARTIFACTS/logs"
SHOTS="$ARTIFACTS/screenshots"
EMULATOR_PID=""
RUN_STATE=""
CODE_SERVER_STARTED=0
SUMMARY=()
FAILED=0
STARTED=$SECONDS

# run_step <title> <command...>: runs one step, records its outcome and duration, returns its status.
run_step() {
	local title="$1" begun=$SECONDS status
	shift
	echo
	say "── $title"
	if "$@"; then status=passed; else status=FAILED; FAILED=1; fi
	SUMMARY+=("$(printf '  %-28s %-8s %5ss  %s' "$title" "$status" "$((SECONDS - begun))" "${STEP_NOTE:-}")")
	STEP_NOTE=""
	[ "$status" = passed ]
}

skip_step() {
	SUMMARY+=("$(printf '  %-28s %-8s %5s   %s' "$1" skipped - "$2")")
}

print_summary() {
	echo
	say "summary (total $((SECONDS - STARTED)) s)"
	printf '%s\n' "${SUMMARY[@]}"
	if [ "$FAILED" = 0 ]; then say "all steps passed"; else say "some steps FAILED"; fi
	say "screenshots: $SHOTS, logs: $LOGS"
}

clean_up() {
	local code=$?
	trap - EXIT INT TERM
	if [ "$CODE_SERVER_STARTED" = 1 ]; then
		cp "$RUN_STATE/code-server/server.log" "$LOGS/code-server.log" 2>/dev/null
		"$HARNESS/stop-code-server.sh" "$RUN_STATE/code-server"
	fi
	stop_emulator
	[ -n "$RUN_STATE" ] && rm -rf "$RUN_STATE"
	print_summary
	if [ "$FAILED" != 0 ] && [ "$code" = 0 ]; then code=1; fi
	exit "$code"
}
trap clean_up EXIT
trap 'FAILED=1; SUMMARY+=("  interrupted"); exit 130' INT
trap 'FAILED=1; SUMMARY+=("  terminated"); exit 143' TERM

rm -rf "$ARTIFACTS"
mkdir -p "$LOGS" "$SHOTS"

step_lint() {
	if ! node -e 'process.exit(require("./package.json").scripts?.lint ? 0 : 1)'; then
		STEP_NOTE="(no lint script)"
		return 0
	fi
	if ! ls eslint.config.* >/dev/null 2>&1; then
		STEP_NOTE="(not run: no eslint.config.* yet)"
		return 0
	fi
	npm run --silent lint
}

# The extension's tests, and the emulator's own when it has a compile step for them (they land in out/emulator).
step_compile_tests() {
	local status=0
	npm run --silent compile-tests || status=1
	if node -e 'process.exit(require("./package.json").scripts?.["compile-emulator-tests"] ? 0 : 1)'; then
		npm run --silent compile-emulator-tests || status=1
	fi
	return "$status"
}

step_unit_tests() {
	npm run --silent test:unit
}

step_start_servers() {
	RUN_STATE="$(mktemp -d "$STATE_ROOT/test-run.XXXXXX")"
	local port="${TEST_CODE_SERVER_PORT:-$(free_port)}"
	start_emulator "$RUN_STATE/emulator" 0 "$LOGS/emulator.log" || return 1
	# One workspace folder per kind of test: the workbench restores a folder's editors and unsaved files, so
	# the UI test must not open the folder the integration tests left their documents in.
	prepare_workspace "$RUN_STATE/integration/workspace" fresh
	prepare_workspace "$RUN_STATE/ui/workspace" fresh
	local vsix=()
	[ -f "$ROOT/dist/standby-pools.vsix" ] && vsix=("$ROOT/dist/standby-pools.vsix")
	# The extension hosts inherit code-server's environment: that is how the tests learn about the emulator.
	STANDBY_POOLS_TEST_EMULATOR_URL="$EMULATOR_URL" STANDBY_POOLS_TEST_EMULATOR_CA="$EMULATOR_CA" \
		STANDBY_POOLS_TEST_RESULTS="$LOGS/integration-results.json" \
		CODE_SERVER_SETTINGS="$(emulator_settings_json "$EMULATOR_URL" "$EMULATOR_CA")" \
		"$HARNESS/start-code-server.sh" "$RUN_STATE/code-server" "$port" "$RUN_STATE/ui/workspace" "${vsix[@]}" || return 1
	CODE_SERVER_STARTED=1
	CODE_SERVER_URL="http://127.0.0.1:$port"
}

step_integration_tests() {
	local status
	EXT_TEST_TIMEOUT_MS="${EXT_TEST_TIMEOUT_MS:-900000}" EXT_TEST_LOGS_DIR="$LOGS/integration-browser" \
		timeout 960 node "$HARNESS/run-ext-tests.mjs" "$CODE_SERVER_URL" "$ROOT" "$ROOT/out/test/integration/index.js" \
		"$RUN_STATE/integration/workspace" 2>&1 | tee "$LOGS/integration.log"
	status=${PIPESTATUS[0]}
	STEP_NOTE="$(results_note "$LOGS/integration-results.json")"
	return "$status"
}

# Puts code-server's user settings back to what the tests start from: connected to the test emulator, in the
# default dark theme, with no other Standby Pools setting. UI tests change settings as users do (a theme, Start
# Local Emulator); one that fails half-way must not leave the next one in another world.
reset_user_settings() {
	node -e '
		const fs = require("fs");
		const [file, emulatorSettings] = process.argv.slice(1);
		const settings = JSON.parse(fs.readFileSync(file, "utf8"));
		for (const key of Object.keys(settings)) if (key.startsWith("standbyPools.")) delete settings[key];
		Object.assign(settings, JSON.parse(emulatorSettings), { "workbench.colorTheme": "Default Dark Modern" });
		fs.writeFileSync(file, JSON.stringify(settings, null, 2));' \
		"$RUN_STATE/code-server/ud/User/settings.json" "$(emulator_settings_json "$EMULATOR_URL" "$EMULATOR_CA")"
}

step_ui_tests() {
	local status=0 file
	: > "$LOGS/ui.log"
	for file in test/ui/*.test.mjs; do
		reset_user_settings || status=1
		CODE_SERVER_URL="$CODE_SERVER_URL" WORKSPACE_DIR="$RUN_STATE/ui/workspace" SHOTS_DIR="$SHOTS" \
			STANDBY_POOLS_TEST_EMULATOR_URL="$EMULATOR_URL" STANDBY_POOLS_TEST_EMULATOR_CA="$EMULATOR_CA" \
			timeout 600 node --test --test-reporter=spec "$file" 2>&1 | tee -a "$LOGS/ui.log"
		[ "${PIPESTATUS[0]}" = 0 ] || status=1
	done
	STEP_NOTE="($(ls "$SHOTS" | grep -c '\.png$') screenshots)"
	return "$status"
}

# Prints "(N passed, M failed)" from a results file written by test/integration/index.ts.
results_note() {
	[ -f "$1" ] || return 0
	node -p 'const r = require(process.argv[1]); `(${r.passed} passed, ${r.failed} failed)`' "$1"
}

run_step "set-up" set_up "${SERVER_DEBIAN_PACKAGES[@]}" "${BROWSER_DEBIAN_PACKAGES[@]}" || exit 1
run_step "build" npm run --silent build && built=1 || built=0
if [ "$built" = 1 ]; then
	run_step "package .vsix" npm run --silent package && packaged=1 || packaged=0
else
	skip_step "package .vsix" "build failed"
	packaged=0
fi
run_step "lint" step_lint
run_step "typecheck" npm run --silent typecheck
rm -rf "$ROOT/out"
# tsc still emits when it reports type errors; that failure is already in the summary, so the tests it
# emitted run anyway rather than hiding every other result behind one unused import.
run_step "compile tests" step_compile_tests
[ -f "$ROOT/out/test/integration/index.js" ] && compiled=1 || compiled=0
if [ "$compiled" = 1 ]; then
	run_step "unit + emulator tests" step_unit_tests
else
	skip_step "unit + emulator tests" "tests did not compile"
fi

if [ "$built" = 1 ]; then
	run_step "start emulator + VS Code" step_start_servers && servers=1 || servers=0
else
	skip_step "start emulator + VS Code" "build failed"
	servers=0
fi
if [ "$servers" = 1 ] && [ "$compiled" = 1 ]; then
	run_step "integration tests" step_integration_tests
else
	skip_step "integration tests" "needs the servers and compiled tests"
fi
if [ "$servers" = 1 ] && [ "$packaged" = 1 ]; then
	run_step "UI tests" step_ui_tests
else
	skip_step "UI tests" "needs the servers and the .vsix"
fi
# No token, Authorization header or error from the extension in the logs of the runs above (before clean-up).
if [ "$servers" = 1 ]; then
	run_step "log scan" node scripts/check-logs.mjs "$RUN_STATE/code-server/ud/logs" \
		"$LOGS/integration.log" "$LOGS/ui.log" "$LOGS/emulator.log"
else
	skip_step "log scan" "needs the servers"
fi
