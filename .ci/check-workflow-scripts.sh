#!/usr/bin/env bash
# Fails when a workflow calls a script that is not in the repository: every `run:` command (one line or a `|`/`>`
# block) is read for scripts given to bash/sh/source/. and for paths run directly (`.ci/run`, `./x.sh`), which must
# also be executable; `uses: ./local-action` must exist too. Paths are taken from the repository root, the folder
# a workflow step starts in. Words holding `$` (variables, ${{ expressions }}) are skipped: only CI knows them.
#
#   .ci/check-workflow-scripts.sh [workflow.yml ...]     default: .github/workflows/*.yml (and *.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 0 ]; then
  shopt -s nullglob
  set -- .github/workflows/*.yml .github/workflows/*.yaml
  [ $# -gt 0 ] || { echo "check-workflow-scripts: no workflows in .github/workflows"; exit 0; }
fi

for workflow in "$@"; do
  [ -f "$workflow" ] || { echo "error: no workflow file $workflow"; exit 1; }
done

# Prints "<file>:<line>:<kind>:<path>" for each reference; kind is "interpreted", "direct" or "action".
references() {
  awk '
    function indent(s) { match(s, /^ */); return RLENGTH }
    function unquote(w) { gsub(/^["\047]|["\047]$/, "", w); return w }
    function scan(command,    words, n, i, w, position, expect) {
      gsub(/&&|\|\||[;|&()]/, " ; ", command)
      n = split(command, words, /[ \t]+/)
      position = 1; expect = 0
      for (i = 1; i <= n; i++) {
        w = unquote(words[i])
        if (w == "") continue
        if (w == "#" || w ~ /^#/) break
        if (w == ";" || w == "then" || w == "do" || w == "else" || w == "!" || w == "time") { position = 1; expect = 0; continue }
        if (expect) {
          if (w ~ /^-/) { if (w == "-c") expect = 0; continue }
          if (w !~ /\$/) print FILENAME ":" FNR ":interpreted:" w
          expect = 0; position = 0; continue
        }
        if (position && (w == "bash" || w == "sh" || w == "source" || w == ".")) { expect = 1; continue }
        if (position && w ~ /\// && w !~ /^\// && w !~ /\$/ && w !~ /^[A-Za-z_][A-Za-z0-9_]*=/) print FILENAME ":" FNR ":direct:" w
        if (w !~ /^[A-Za-z_][A-Za-z0-9_]*=/) position = 0
      }
    }
    FNR == 1 { block = 0 }
    {
      if (block) {
        if ($0 ~ /^[ \t]*$/) next
        if (indent($0) > key) { scan($0); next }
        block = 0
      }
      if (match($0, /^ *(- +)?run: */)) {
        rest = substr($0, RSTART + RLENGTH)
        key = indent($0); if ($0 ~ /^ *- /) { match($0, /^ *- +/); key = RLENGTH }
        if (rest ~ /^[|>][-+0-9]*[ \t]*(#.*)?$/) block = 1
        else { gsub(/^["\047]|["\047][ \t]*$/, "", rest); scan(rest) }
      } else if (match($0, /^ *(- +)?uses: *["\047]?\.\//)) {
        w = substr($0, RSTART + RLENGTH - 2); sub(/["\047]?[ \t]*(#.*)?$/, "", w)
        print FILENAME ":" FNR ":action:" w
      }
    }' "$@"
}

checked=0
failures=0
while IFS=: read -r file line kind path; do
  checked=$((checked + 1))
  case "$kind" in
    action) [ -e "$path/action.yml" ] || [ -e "$path/action.yaml" ] \
      || { echo "$file:$line: uses $path, which has no action.yml"; failures=$((failures + 1)); } ;;
    *) if [ ! -f "$path" ]; then
         echo "$file:$line: runs $path, which does not exist"; failures=$((failures + 1))
       elif [ "$kind" = direct ] && [ ! -x "$path" ]; then
         echo "$file:$line: runs $path directly, but it is not executable (git update-index --chmod=+x $path)"; failures=$((failures + 1))
       fi ;;
  esac
done < <(references "$@")

if [ "$failures" -gt 0 ]; then
  echo "error: $failures of $checked script reference(s) in $# workflow(s) are broken"
  exit 1
fi
echo "check-workflow-scripts: $checked script reference(s) in $# workflow(s), all present"
