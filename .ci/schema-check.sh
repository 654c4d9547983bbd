#!/usr/bin/env bash
# Breaking-change check of the printed SDL (schema/schema.graphql, schema/subgraph.graphql).
#
# Prints the SDL the code builds now into a temporary directory and diffs each file with
# graphql-inspector against the version committed at BASE (default HEAD; e.g. `origin/main` to
# see what a branch breaks relative to main). A breaking change fails the check.
#
# With BASE=HEAD this catches the accidental kind: the code changed the schema in a breaking
# way but the SDL file was not updated. A deliberate breaking change is made by running
# `npm run print-schema` and committing the updated schema/*.graphql with the code, so that
# the break is visible in review; the check then compares against that committed version.
#
# Usage: .ci/schema-check.sh [BASE]      (or SCHEMA_BASE=<ref> .ci/schema-check.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

base="${1:-${SCHEMA_BASE:-HEAD}}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

npm run build --silent
node dist/src/print-schema.js "$out" > /dev/null

status=0
check() {
  local file="$1"; shift
  if ! git cat-file -e "$base:schema/$file" 2>/dev/null; then
    echo "schema-check: schema/$file has no committed version at $base; nothing to compare"
    return
  fi
  echo "schema-check: schema/$file at $base -> as the code builds it now"
  # --federationV2: the subgraph SDL uses Federation 2 (@link, repeatable @key); graphql-inspector's
  # --federation is the Federation 1 mode and rejects both.
  if ! npx --no-install graphql-inspector diff "git:$base:schema/$file" "$out/$file" "$@"; then
    echo "schema-check: BREAKING change in schema/$file (see above). If it is deliberate, run"
    echo "  npm run print-schema  and commit schema/$file with the change."
    status=1
  fi
}

check schema.graphql
check subgraph.graphql --federationV2
exit "$status"
