#!/usr/bin/env bash
# Brings src/*/PublicAPI.Unshipped.txt up to date with the public API, both ways: declares new APIs (RS0016, through the
# PublicApiAnalyzers code fix) and deletes the lines of APIs that are gone (RS0017). The work is the spec preparation
# tool's public-api command; pass package names (TokenMint.Decart) or vendors (decart) to limit it.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project build/TokenMint.SpecPrep -- public-api "$@"
