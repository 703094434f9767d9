#!/usr/bin/env bash
# Prints what an installed harness depends on: the committed lockfiles, the set-up recipe and the Node
# version the native modules were built for. setup-code-server.sh stores it in node_modules/.harness-installed;
# a different value means the harness must be installed again.
set -euo pipefail
cd "$(dirname "$0")"
{
  sha256sum package-lock.json vscode-npm-shrinkwrap.json setup-code-server.sh
  node --version
} | sha256sum | cut -d' ' -f1
