#!/usr/bin/env bash
# Builds the PolNeAR evaluation articles and scores quotes and speakers.
# Usage: scripts/eval-quotes.sh [OUT_DIR] [--split dev|train]
# Needs the evaluation material beside the repository (../shared/eval); it is not part of the project.
set -euo pipefail
out="${1:-.cache/eval-out}"
shift || true
gold="$(cd "$(dirname "$0")/../.." && pwd)/shared/eval"
rm -rf "$out"
npm run --silent build -- "$gold/polnear/docs" --out "$out" > "$out.log" 2>&1 || { tail -20 "$out.log"; exit 1; }
node "$gold/score.mjs" --gold "$gold/polnear" --jsonld "$out" "$@"
