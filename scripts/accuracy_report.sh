#!/usr/bin/env bash
# Regenerates docs/accuracy.md: vbadmin eval on the test split (text, born-digital PDF, scans),
# on the real documents of ../shared/realdocs (text, PDF, scans, one row per document), the
# scans as 100-DPI JPEG copies, as grey 300-DPI ones and as black-and-white ones, and the handwritten
# blanks of the real scans.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
out=docs/accuracy.md
eval_section() {  # split input [extra options]
  echo "## $1 split, $2 input"
  echo
  .venv/bin/vbadmin eval corpus --split "$1" --input "$2" --format markdown --quiet "${@:3}" | tail -n +2 || true
  echo
}
{
  echo "# Accuracy"
  echo
  echo "Produced by \`bash scripts/accuracy_report.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores). Scoring:"
  echo "\`src/vbadmin/evaluate.py\` (NFC, whitespace, dashes and tone placement normalised; case and"
  echo "diacritics kept; absent gold keys not scored; CER over the first 3 000 characters)."
  echo "The test split holds 29 hand-written letters (text only) and 159 generated ones (text, PDF,"
  echo "and scans at the degradation level the generator gave each: clean, degraded or photo)."
  echo
  eval_section test text
  eval_section test pdf
  eval_section test scan
  eval_section real text --per-document
  eval_section real pdf --per-document
  eval_section real scan --per-document
  echo "The same real born-digital PDFs once more, their text layers ignored: every page rendered"
  echo "at 300 DPI and read by OCR (\`--input pdf-ocr\`), i.e. real layouts of many issuers as they"
  echo "read when printed and scanned. Signed PDFs carry the number and the day in signature fields"
  echo "that the rendered page does not show: there the record's number and date are rightly empty"
  echo "and count as wrong."
  echo
  eval_section real pdf-ocr --per-document
  echo "The scans once more as low-quality copies (\`--input scan-low\`): every page rendered or"
  echo "scaled to 100 DPI and saved as JPEG (quality 75), as a web download or a fax arrives."
  echo "vbadmin enlarges such pages to 300 DPI before OCR."
  echo
  eval_section test scan-low
  eval_section real scan-low --per-document
  echo "The scans once more as an archive's greyscale scans (\`--input scan-grey\`): every page at"
  echo "300 DPI in grey, saved as JPEG (quality 85). A seal can no longer be told from print by its"
  echo "hue, nor a pen's blue number from the typed symbol: where the page reading loses the"
  echo "signature block, vbadmin reads the zone beside \"Nơi nhận\" again from its darkest print."
  echo
  eval_section test scan-grey
  eval_section real scan-grey --per-document
  echo "The scans once more as an archive's black-and-white scans (\`--input scan-bw\`): every page"
  echo "at 300 DPI, cut at mid-grey with no dithering and saved as a Group 4 TIFF. The red seal and"
  echo "the blue signature print as black as the type; vbadmin finds the seal's ring by its shape"
  echo "and drops the marks too large to be print before it reads the signature zone again."
  echo
  eval_section test scan-bw
  eval_section real scan-bw --per-document
  echo "The scans once more as incoming letters back from the leader's desk (\`--input scan-pen\`):"
  echo "page 1 at 300 DPI with a two-line note and a scrawled signature in blue ballpoint written"
  echo "across the top of its left column, over the issuer and the number (JPEG quality 85)."
  echo "vbadmin takes blue and violet pen ink out of the image tesseract reads; the handwriting"
  echo "reader still reads the handwritten number from the colour image."
  echo
  eval_section test scan-pen
  eval_section real scan-pen --per-document
  table=$(.venv/bin/python scripts/targets_table.py "$out.tmp")
  python3 -c 'import sys; print(open(sys.argv[1]).read().replace("{{TARGETS_TABLE}}", sys.argv[2]))' \
    docs/accuracy-targets.md "$table"
  echo
  echo "## Handwritten blanks of the real scans"
  echo
  .venv/bin/python benchmarks/eval_handwriting.py
} > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out"
