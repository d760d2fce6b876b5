#!/usr/bin/env bash
# Release bookkeeping and the steps of .github/workflows/release.yml. Works on the repository this script sits in.
#
#   prepare <version> [--date YYYY-MM-DD]  before tagging: PublicAPI.Unshipped.txt entries into PublicAPI.Shipped.txt,
#                                          CHANGELOG's Unreleased into "<version> - <date>" under a new empty Unreleased,
#                                          <Version> in src/Directory.Build.props. Writes nothing if any check fails.
#   record                                 after the release is published: build/api-baseline.json names the version and
#                                          the commit its tag v<version> points at (the next change report's ApiCompat base).
#   check-tag <tag>                        release.yml: the tag is v<Version>, not released before, with a CHANGELOG section.
#   notes <version>                        prints the version's CHANGELOG section (the GitHub release's notes).
#   pack [folder]                          dotnet pack with package validation against build/api-baseline.json's version.
#   push [folder]                          pushes each .nupkg (its .snupkg goes with it) to nuget.org with $NUGET_API_KEY.
#   github-release <tag> [folder]          creates the GitHub release: CHANGELOG notes, packages attached (gh, $GH_TOKEN).
#
# api-baseline.json keeps the previous release until `record`: the tagged commit still holds it, so release.yml
# validates the packages against the release before, and the first release (version null) is validated without one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
props="src/Directory.Build.props"
changelog="CHANGELOG.md"
baseline="build/api-baseline.json"
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$'
nuget_source="https://api.nuget.org/v3/index.json"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "error: $*" >&2; exit 1; }
usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# The one version every package ships: <Version> in src/Directory.Build.props.
current_version() {
  local versions
  versions="$(sed -n 's|.*<Version>\(.*\)</Version>.*|\1|p' "$props")"
  [ "$(grep -c . <<<"$versions")" = 1 ] || fail "$props must set <Version> exactly once."
  echo "$versions"
}

# build/api-baseline.json's "version" or "commit"; empty when null (nothing released yet).
baseline_field() {
  local matches
  matches="$(grep -oE "\"$1\"[[:space:]]*:[[:space:]]*(null|\"[^\"]*\")" "$baseline" || true)"
  [ "$(grep -c . <<<"$matches")" = 1 ] || fail "$baseline must have one \"$1\" (a string, or null before the first release)."
  sed -nE 's/.*:[[:space:]]*"([^"]*)"$/\1/p' <<<"$matches"
}

set_baseline_field() {
  baseline_field "$1" >/dev/null
  sed -i -E "s/(\"$1\"[[:space:]]*:[[:space:]]*)(null|\"[^\"]*\")/\1\"$2\"/" "$baseline"
}

# True when CHANGELOG has a heading "## <version>" or "## <version> - <date>".
has_section() { awk -v heading="## $1" '$0 == heading || index($0, heading " ") == 1 { found = 1 } END { exit !found }' "$changelog"; }

# The lines of a version's section ("## <version> - <date>" up to the next "## "), without blank lines around them.
changelog_section() {
  awk -v heading="## $1" '
    /^## / { if (inside) exit; inside = ($0 == heading || index($0, heading " ") == 1); next }
    inside { lines[++n] = $0 }
    END {
      first = 1; while (first <= n && lines[first] ~ /^[[:space:]]*$/) first++
      while (n >= first && lines[n] ~ /^[[:space:]]*$/) n--
      for (i = first; i <= n; i++) print lines[i]
    }' "$changelog"
}

require_semver() { [[ "$1" =~ $semver ]] || fail "'$1' is not a version (major.minor.patch, optionally -prerelease)."; }

# Writes PublicAPI.Shipped.txt + PublicAPI.Unshipped.txt of one project as they are after the release into
# $2.shipped / $2.unshipped. Sorted as build/update-public-api.sh sorts, so the next diff stays minimal.
move_public_api() {
  local project="$1" out="$2" shipped="$1/PublicAPI.Shipped.txt" unshipped="$1/PublicAPI.Unshipped.txt" header=""
  [ -f "$shipped" ] || fail "$shipped is missing (PublicApiAnalyzers needs both files)."
  if grep -qx '#nullable enable' "$shipped" "$unshipped"; then header='#nullable enable'; fi
  grep -v '^#nullable' "$shipped" | grep . > "$out.shipped.body" || true
  grep -v '^#nullable' "$unshipped" | grep . > "$out.unshipped.body" || true
  # "*REMOVED*<api>" lines (the RS0017 code fix) retract an API that shipped before.
  sed -n 's/^\*REMOVED\*//p' "$out.unshipped.body" > "$out.removed"
  local missing
  missing="$(grep -vxF -f "$out.shipped.body" "$out.removed" || true)"
  [ -z "$missing" ] || fail "$unshipped removes APIs that $shipped does not list:"$'\n'"$missing"
  {
    [ -z "$header" ] || echo "$header"
    { grep -vxF -f "$out.removed" "$out.shipped.body" || true; grep -v '^\*REMOVED\*' "$out.unshipped.body" || true; } | LC_ALL=C sort -u
  } > "$out.shipped"
  { [ -z "$header" ] || echo "$header"; } > "$out.unshipped"
}

# CHANGELOG with "## Unreleased" renamed to "## <version> - <date>" under a new empty Unreleased; package
# subsections that got no entry are left out of the release.
release_changelog() {
  awk -v release="## $1 - $2" '
    function flush() { if (held != "" && filled) printf "%s%s\n", held, buffer; held = "" }
    state == 0 && $0 == "## Unreleased" { print; print ""; print release; state = 1; next }
    state == 1 && /^## / { flush(); state = 2 }
    state == 1 && /^### / { flush(); held = $0; buffer = ""; filled = 0; next }
    state == 1 && held != "" { buffer = buffer "\n" $0; if ($0 ~ /[^[:space:]]/) filled = 1; next }
    { print }
    END { if (state == 1) flush() }' "$changelog"
}

prepare() {
  local version="" date
  date="$(date -u +%Y-%m-%d)"
  while [ $# -gt 0 ]; do
    case "$1" in
      --date) [ $# -ge 2 ] || usage; date="$2"; shift 2 ;;
      -*) usage ;;
      *) [ -z "$version" ] || usage; version="$1"; shift ;;
    esac
  done
  [ -n "$version" ] || usage
  require_semver "$version"
  [[ "$date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || fail "--date takes YYYY-MM-DD, not '$date'."
  [ "$(baseline_field version)" != "$version" ] || fail "$version is already released ($baseline)."
  [ "$(grep -cx '## Unreleased' "$changelog")" = 1 ] || fail "$changelog needs exactly one '## Unreleased' section."
  ! has_section "$version" || fail "$changelog already has a section for $version."
  # Read the section whole first: `grep -q` stops at the first match, and with pipefail the writer's broken pipe fails the check.
  grep -q '^[-*] ' <<<"$(changelog_section Unreleased)" \
    || fail "$changelog's Unreleased section has no entries: nothing to release."
  current_version >/dev/null

  local projects=()
  for unshipped in src/*/PublicAPI.Unshipped.txt; do
    projects+=("$(dirname "$unshipped")")
  done
  [ ${#projects[@]} -gt 0 ] || fail "no src/*/PublicAPI.Unshipped.txt found."
  for project in "${projects[@]}"; do move_public_api "$project" "$work/$(basename "$project")"; done
  release_changelog "$version" "$date" > "$work/CHANGELOG.md"

  # Every check passed: write.
  for project in "${projects[@]}"; do
    cp "$work/$(basename "$project").shipped" "$project/PublicAPI.Shipped.txt"
    cp "$work/$(basename "$project").unshipped" "$project/PublicAPI.Unshipped.txt"
  done
  cp "$work/CHANGELOG.md" "$changelog"
  sed -i "s|<Version>[^<]*</Version>|<Version>$version</Version>|" "$props"
  cat <<EOF
Prepared $version ($date): PublicAPI.Shipped.txt in ${#projects[@]} projects, $changelog, $props.
Next: review (git diff), edit the $version notes in $changelog if needed, then
  git commit -am "Release $version" && git tag v$version
  git push origin HEAD v$version          # release.yml packs, validates, publishes
After the release is published:
  bash build/release.sh record && git commit -am "API baseline: $version"
EOF
}

record() {
  [ $# -eq 0 ] || usage
  local version commit
  version="$(current_version)"
  commit="$(git rev-parse -q --verify "refs/tags/v$version^{commit}")" \
    || fail "no tag v$version: tag the release commit first (bash build/release.sh prepare $version; commit; git tag v$version)."
  [[ "$(git show "$commit:$props")" == *"<Version>$version</Version>"* ]] \
    || fail "tag v$version points at $commit, whose $props does not set <Version>$version</Version>."
  set_baseline_field version "$version"
  set_baseline_field commit "$commit"
  echo "Recorded $version at $commit in $baseline: the change report's ApiCompat and the next release compare against it."
}

check_tag() {
  [ $# -eq 1 ] || usage
  local tag="$1" version released
  version="$(current_version)"
  [ "$tag" = "v$version" ] || fail "tag '$tag' does not match <Version>$version</Version> in $props." \
    "Release with: bash build/release.sh prepare <version>, commit, and tag that commit v<version>."
  require_semver "$version"
  released="$(baseline_field version)"
  [ "$released" != "$version" ] || fail "$version is already released ($baseline); bump the version."
  [ -n "$(changelog_section "$version")" ] || fail "$changelog has no section '## $version - <date>' (bash build/release.sh prepare $version)."
  echo "Releasing $version (previous release: ${released:-none})."
}

notes() {
  [ $# -eq 1 ] || usage
  local section
  section="$(changelog_section "$1")"
  [ -n "$section" ] || fail "$changelog has no section for $1."
  echo "$section"
}

# The .nupkg files of the current version in a folder; fails when one has no .snupkg beside it.
packages_of_version() {
  local folder="$1" version package found=0
  version="$(current_version)"
  for package in "$folder"/*."$version".nupkg; do
    [ -f "$package" ] || continue
    [ -f "${package%.nupkg}.snupkg" ] || fail "$package has no symbol package ${package%.nupkg}.snupkg beside it."
    echo "$package"
    found=1
  done
  [ "$found" = 1 ] || fail "no *.$version.nupkg in $folder (bash build/release.sh pack $folder)."
}

pack() {
  local folder="${1:-artifacts/packages}" previous
  case "$folder" in ""|/|.|..|./) fail "pack empties its output folder first: give one of its own, not '$folder'." ;; esac
  previous="$(baseline_field version)"
  local validation=()
  if [ -n "$previous" ]; then
    echo "Package validation against the previous release, $previous."
    validation=("-p:PackageValidationBaselineVersion=$previous")
  else
    echo "Package validation without a baseline: nothing released yet ($baseline has version null)."
  fi
  rm -rf "$folder"
  dotnet pack Generated.sln -c Release -o "$folder" "${validation[@]}"
  packages_of_version "$folder" >/dev/null
}

push() {
  local folder="${1:-artifacts/packages}" packages package
  [ -n "${NUGET_API_KEY:-}" ] || fail "NUGET_API_KEY is not set (release.yml gets one from NuGet/login)."
  packages="$(packages_of_version "$folder")"
  for package in $packages; do
    # The .snupkg beside it is pushed with it; --skip-duplicate lets a failed run be re-run.
    dotnet nuget push "$package" --api-key "$NUGET_API_KEY" --source "$nuget_source" --skip-duplicate
  done
}

github_release() {
  [ $# -ge 1 ] && [ $# -le 2 ] || usage
  local tag="$1" folder="${2:-artifacts/packages}" version flags=() packages package assets=()
  check_tag "$tag" >/dev/null
  version="${tag#v}"
  [[ "$version" != *-* ]] || flags+=(--prerelease)
  notes "$version" > "$work/notes.md"
  packages="$(packages_of_version "$folder")"
  for package in $packages; do assets+=("$package" "${package%.nupkg}.snupkg"); done
  gh release create "$tag" --verify-tag --title "TokenMint $version" --notes-file "$work/notes.md" "${flags[@]}" "${assets[@]}"
}

[ $# -ge 1 ] || usage
command="$1"
shift
case "$command" in
  prepare) prepare "$@" ;;
  record) record "$@" ;;
  check-tag) check_tag "$@" ;;
  notes) notes "$@" ;;
  pack) pack "$@" ;;
  push) push "$@" ;;
  github-release) github_release "$@" ;;
  *) usage ;;
esac
