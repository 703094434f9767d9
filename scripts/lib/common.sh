# Shared by scripts/start.sh and scripts/test.sh: set-up on a fresh machine, ports, the emulator.
# Source it; it defines functions and ROOT, and changes nothing until one is called.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HARNESS="$ROOT/tools/vscode-harness"
STATE_ROOT="$ROOT/.state"
EMULATOR_TOKEN="emulator-test-token"

say() { echo "[standby-pools] $*"; }
fail() { echo "[standby-pools] error: $*" >&2; return 1; }

# Holds an exclusive lock on .state/setup.lock while the given command runs, so that two set-ups started
# at once in the same checkout do not both delete and reinstall node_modules.
with_setup_lock() {
	mkdir -p "$STATE_ROOT"
	(
		flock -w 900 9 || { fail "another set-up held .state/setup.lock for 15 minutes"; exit 1; }
		"$@"
	) 9>"$STATE_ROOT/setup.lock"
}

# Installs the given Debian packages that are not installed yet (one apt-get run for all of them).
ensure_debian_packages() {
	local missing=() package
	for package in "$@"; do
		dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
	done
	[ "${#missing[@]}" -eq 0 ] && return 0
	command -v apt-get >/dev/null || { fail "missing packages ${missing[*]}, and this is not a Debian-like system"; return 1; }
	local sudo=""
	[ "$(id -u)" = 0 ] || sudo="sudo"
	say "installing Debian packages: ${missing[*]}"
	$sudo apt-get update -qq || return 1
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Runs npm ci when node_modules is missing or no longer matches package-lock.json.
ensure_node_modules() {
	if [ -d "$ROOT/node_modules" ] && node "$ROOT/scripts/lib/checkDependencies.mjs" "$ROOT"; then
		return 0
	fi
	say "installing npm packages (npm ci)"
	(cd "$ROOT" && npm ci --no-audit --no-fund)
}

# Installs code-server into tools/vscode-harness unless the installed copy matches its lockfiles.
ensure_harness() {
	local stamp="$HARNESS/node_modules/.harness-installed"
	if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$("$HARNESS/fingerprint.sh")" ]; then
		return 0
	fi
	say "installing code-server into tools/vscode-harness (about a minute)"
	"$HARNESS/setup-code-server.sh"
}

# The Debian packages code-server needs to be built; the tests add chromium and a font for screenshots.
SERVER_DEBIAN_PACKAGES=(ripgrep libkrb5-dev python3 make g++)
BROWSER_DEBIAN_PACKAGES=(chromium fonts-dejavu-core)

# set_up <debian packages...>: everything a fresh machine and a fresh clone need before building.
set_up() {
	with_setup_lock _set_up "$@"
}
_set_up() {
	ensure_debian_packages "$@" && ensure_node_modules && ensure_harness
}

port_is_free() {
	node -e '
		const server = require("net").createServer();
		server.once("error", () => process.exit(1));
		server.listen(Number(process.argv[1]), "127.0.0.1", () => server.close(() => process.exit(0)));' "$1"
}

# Prints a port on 127.0.0.1 that was free a moment ago.
free_port() {
	node -e '
		const server = require("net").createServer();
		server.listen(0, "127.0.0.1", () => { const { port } = server.address(); server.close(() => console.log(port)); });'
}

# The seed the emulator starts from: STANDBY_POOLS_EMULATOR_SEED, else the emulator's own sample estate.
emulator_seed_file() {
	local candidate
	for candidate in "${STANDBY_POOLS_EMULATOR_SEED:-}" "$ROOT/emulator/seed.json" "$ROOT/emulator/seed/default.json" \
		"$ROOT/emulator/seeds/default.json"; do
		if [ -n "$candidate" ] && [ -f "$candidate" ]; then
			echo "$candidate"
			return 0
		fi
	done
}

# start_emulator <data-dir> <port> <log-file>: starts dist/emulator/main.js in its own process group and
# waits until it has written <data-dir>/emulator.json. Sets EMULATOR_PID, EMULATOR_URL and EMULATOR_CA.
start_emulator() {
	local data_dir="$1" port="$2" log_file="$3" seed attempt
	seed="$(emulator_seed_file)"
	mkdir -p "$data_dir"
	rm -f "$data_dir/emulator.json"
	local args=(--port "$port" --data-dir "$data_dir")
	[ -n "$seed" ] && args+=(--seed "$seed")
	setsid node "$ROOT/dist/emulator/main.js" "${args[@]}" >"$log_file" 2>&1 </dev/null &
	EMULATOR_PID=$!

	for attempt in $(seq 1 120); do
		if [ -f "$data_dir/emulator.json" ] && node -e '
			const info = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
			process.exit(info.url && info.caFile && info.pid === Number(process.argv[2]) ? 0 : 1);' \
			"$data_dir/emulator.json" "$EMULATOR_PID" 2>/dev/null; then
			EMULATOR_URL="$(node -p 'require(process.argv[1]).url' "$data_dir/emulator.json")"
			EMULATOR_CA="$(node -p 'require(process.argv[1]).caFile' "$data_dir/emulator.json")"
			say "emulator up at $EMULATOR_URL after $((attempt / 4)).$((attempt % 4 * 25))s (seed: ${seed:-built in})"
			return 0
		fi
		if ! kill -0 "$EMULATOR_PID" 2>/dev/null; then
			cat "$log_file" >&2
			EMULATOR_PID=""
			fail "the emulator exited before it was ready"
			return 1
		fi
		sleep 0.25
	done
	cat "$log_file" >&2
	fail "the emulator did not write $data_dir/emulator.json within 30 s"
}

# Ends the emulator's process group: TERM, then KILL after five seconds.
stop_emulator() {
	[ -n "${EMULATOR_PID:-}" ] || return 0
	kill -TERM -- "-$EMULATOR_PID" 2>/dev/null || { EMULATOR_PID=""; return 0; }
	local attempt
	for attempt in $(seq 1 20); do
		kill -0 -- "-$EMULATOR_PID" 2>/dev/null || { EMULATOR_PID=""; return 0; }
		sleep 0.25
	done
	kill -KILL -- "-$EMULATOR_PID" 2>/dev/null
	EMULATOR_PID=""
}

# The user settings that connect the extension to the emulator, as one JSON object.
emulator_settings_json() {
	node -e 'console.log(JSON.stringify({
		"standbyPools.connection": "emulator",
		"standbyPools.emulator.url": process.argv[1],
		"standbyPools.emulator.caFile": process.argv[2],
	}))' "$1" "$2"
}

# prepare_workspace <folder> [fresh]: copies test/fixtures/workspace into <folder>; with "fresh" it first
# removes what is there, otherwise it only adds files that are missing (a user's edits survive a restart).
prepare_workspace() {
	local folder="$1"
	[ "${2:-}" = fresh ] && rm -rf "$folder"
	node -e 'require("fs").cpSync(process.argv[1], process.argv[2], { recursive: true, force: false })' \
		"$ROOT/test/fixtures/workspace" "$folder"
}
