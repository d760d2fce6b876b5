#!/usr/bin/env bash
# Validates every workflow in .github/workflows against GitHub's workflow schema (@action-validator/cli, pinned in
# .ci/package-lock.json) and checks that each script a workflow calls exists (.ci/check-workflow-scripts.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix .ci --ignore-scripts --no-audit --no-fund --loglevel=error
shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
for workflow in "${workflows[@]}"; do
  .ci/node_modules/.bin/action-validator "$workflow" || { echo "error: $workflow does not validate (above)"; exit 1; }
done
echo "action-validator: ${#workflows[@]} workflow(s) valid"
bash .ci/check-workflow-scripts.sh "${workflows[@]}"
