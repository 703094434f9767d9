#!/usr/bin/env bash
# npm start: build the extension, start the emulator with its sample estate and a real VS Code (code-server)
# on 127.0.0.1 with the extension installed and connected to the emulator. Runs until Ctrl+C.
#
# Environment:
#   CODE_SERVER_PORT   port of the VS Code page (default 18080)
#   EMULATOR_PORT      port of the emulator (default 47443)
#   STANDBY_POOLS_EMULATOR_SEED  another seed file for the emulator
# State lives in .state/: the emulator's data (kept between runs), code-server's profile (reset on every
# start) and the sample workspace (files missing from it are copied again from test/fixtures/workspace).
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

CODE_SERVER_PORT="${CODE_SERVER_PORT:-18080}"
EMULATOR_PORT="${EMULATOR_PORT:-47443}"
CODE_SERVER_STATE="$STATE_ROOT/code-server"
EMULATOR_DATA="$STATE_ROOT/emulator"
WORKSPACE="$STATE_ROOT/workspace"
EMULATOR_PID=""
CODE_SERVER_STARTED=0

stop_servers() {
	trap - EXIT INT TERM
	[ "$CODE_SERVER_STARTED" = 1 ] || [ -n "$EMULATOR_PID" ] || return 0
	if [ "$CODE_SERVER_STARTED" = 1 ]; then
		"$HARNESS/stop-code-server.sh" "$CODE_SERVER_STATE"
	fi
	stop_emulator
	say "stopped the emulator and code-server"
}
trap stop_servers EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started=$SECONDS
for port_name in CODE_SERVER_PORT EMULATOR_PORT; do
	port_is_free "${!port_name}" || { fail "port ${!port_name} on 127.0.0.1 is in use; set $port_name to another port"; exit 1; }
done

set_up "${SERVER_DEBIAN_PACKAGES[@]}" || { fail "set-up failed"; exit 1; }
say "building the extension"
npm run --silent build || { fail "build failed"; exit 1; }
npm run --silent package >/dev/null || { npm run package; fail "packaging the .vsix failed"; exit 1; }

start_emulator "$EMULATOR_DATA" "$EMULATOR_PORT" "$STATE_ROOT/emulator.log" || exit 1
prepare_workspace "$WORKSPACE"
CODE_SERVER_SETTINGS="$(emulator_settings_json "$EMULATOR_URL" "$EMULATOR_CA")" \
	"$HARNESS/start-code-server.sh" "$CODE_SERVER_STATE" "$CODE_SERVER_PORT" "$WORKSPACE" "$ROOT/dist/standby-pools.vsix" \
	|| { fail "code-server did not start"; exit 1; }
CODE_SERVER_STARTED=1
CODE_SERVER_PID="$(cat "$CODE_SERVER_STATE/server.pid")"

cat <<MESSAGE

  Standby Pools is ready ($((SECONDS - started)) s). Open this address in a browser:

      http://127.0.0.1:$CODE_SERVER_PORT/?folder=$WORKSPACE

  VS Code:   code-server on 127.0.0.1:$CODE_SERVER_PORT, log $CODE_SERVER_STATE/server.log
  Emulator:  $EMULATOR_URL (sample estate, data in $EMULATOR_DATA), log $STATE_ROOT/emulator.log
             CA certificate $EMULATOR_CA, test token emulator-test-token
  The "Standby Pools" icon in the activity bar opens the tree; main.bicep is there to try the snippets.
  Press Ctrl+C to stop both servers.

MESSAGE

# Runs until Ctrl+C, or until one of the servers stops on its own.
while kill -0 "$EMULATOR_PID" 2>/dev/null && kill -0 "$CODE_SERVER_PID" 2>/dev/null; do
	sleep 1 &
	wait $!
done
fail "a server stopped unexpectedly; see the logs above"
exit 1
