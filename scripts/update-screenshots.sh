#!/usr/bin/env bash
# npm run screenshots: copies the UI tests' screenshots that the README shows from .test-artifacts/screenshots
# (written by npm test) to media/screenshots, so the README stays as current as the last test run. Commit them.
# They are not packaged (.vscodeignore): the Marketplace shows them from the repository.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FROM="$ROOT/.test-artifacts/screenshots"
TO="$ROOT/media/screenshots"
SHOWN=(08-pool-status 04-form-filled 06-completion-list 21-local-emulator-running 23-walkthrough
	prerequisites-01-report-missing)
missing=0
for name in "${SHOWN[@]}"; do
	[ -f "$FROM/$name.png" ] || { echo "missing: $FROM/$name.png (run npm test first)" >&2; missing=1; }
done
[ "$missing" = 0 ] || exit 1
mkdir -p "$TO"
for name in "${SHOWN[@]}"; do
	cp "$FROM/$name.png" "$TO/$name.png"
done
echo "copied ${#SHOWN[@]} screenshots to media/screenshots"
