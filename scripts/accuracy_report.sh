#!/usr/bin/env bash
# Regenerates docs/accuracy.md: vbadmin eval on the test split (text, born-digital PDF, scans)
# and on the real documents of ../shared/realdocs (text, PDF, scans).
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
out=docs/accuracy.md
{
  echo "# Accuracy"
  echo
  echo "Produced by \`bash scripts/accuracy_report.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores)."
  echo "Scoring rules: \`src/vbadmin/evaluate.py\` (NFC, whitespace, dashes and tone placement normalised;"
  echo "case and diacritics kept; absent gold keys not scored). CER compares the first 3 000 characters."
  echo
  for spec in "test text" "test pdf" "test scan" "real text" "real pdf" "real scan"; do
    set -- $spec
    .venv/bin/vbadmin eval corpus --split "$1" --input "$2" --format markdown --quiet || true
    echo
  done
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out"
