#!/usr/bin/env bash
# Stages what check:gpu runs into DIR: the engine's compiled files (only the modules check-gpu.ts
# imports, compiled by tsc from api/src/inference/engine) in DIR/engine and the built-in models
# with their frames in DIR/models. Used by `npm run check:gpu` and scripts/gpu-bundle.sh.
# Usage: scripts/gpu-stage.sh DIR
set -euo pipefail
dir=${1:?usage: scripts/gpu-stage.sh DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$dir/engine" "$dir/models"
mkdir -p "$dir/engine" "$dir/models"
# The engine compiled on its own (no Nest, no pg): tsc follows check-gpu.ts's imports only.
(cd "$root" && npx tsc --outDir "$dir/engine" --rootDir api/src/inference/engine \
  --target es2022 --module commonjs --moduleResolution node --esModuleInterop --strict \
  --skipLibCheck --types node --lib es2023 api/src/inference/engine/check-gpu.ts)
node "$root/scripts/run-ts.js" "$root/scripts/gpu-models.ts" "$dir/models" 1
