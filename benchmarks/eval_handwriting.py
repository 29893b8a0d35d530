"""Handwriting reader on the labelled real scans: one row per blank, then totals.

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/eval_handwriting.py

A blank counts as "correct" when the reader's accepted value equals the label, "unreadable"
when it declined (reported the candidate as unreadable), "confidently wrong" when it gave a
wrong value. Page 1 is re-OCR'd when the loader kept a text layer (no page image).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALDOCS = Path("/work/shared/realdocs")


def _load_page1(source: Path) -> tuple[list, str]:  # type: ignore[type-arg]
    from vbadmin.load import load

    loaded = load(source)
    text = loaded.text
    if loaded.pages[0].image is None:  # text layer kept (English OCR layer, signature stamp)
        loaded = load(source, ocr="always", max_pages=1)
    return loaded.pages, text


def _verdicts(pages: list, text: str, gold: dict) -> dict[str, tuple[str | None, str, float]]:  # type: ignore[type-arg]
    from vbadmin.handwriting import blanks, crosscheck

    readings = blanks.read_page(pages[0], gold.get("symbol"))
    limits = crosscheck.signature_dates(text)
    year = int(gold["date"][:4]) if gold.get("date") else None
    number = crosscheck.check_number(readings.get("number"), [])  # handwriting alone: no typed help
    month_reading = readings.get("month")
    month = (
        int(month_reading.text)
        if month_reading and month_reading.box is None and month_reading.text.isdigit()
        else crosscheck.check_month(month_reading)
    )
    day = crosscheck.check_day(readings.get("day"), month, year, limits)
    out: dict[str, tuple[str | None, str, float]] = {}
    for kind, verdict in (("number", number), ("day", day)):
        if verdict is None:
            out[kind] = (None, "", 0.0)
        else:
            value = verdict.value[-2:] if kind == "day" and verdict.value else verdict.value
            out[kind] = (value, verdict.candidate, verdict.confidence)
    return out


def main() -> int:
    from vbadmin.handwriting.digits import default_model_dir

    rows: list[tuple[str, str, str, str, str, float, str]] = []
    start = time.perf_counter()
    for gold_path in sorted((ROOT / "corpus" / "realdocs").glob("*/gold.json")):
        gold = json.loads(gold_path.read_text())
        labels = gold.get("handwritten")
        if not labels or gold.get("kind") != "scan":
            continue
        sources = gold["source"] if isinstance(gold["source"], list) else [gold["source"]]
        pages, text = _load_page1(REALDOCS / sources[0])
        got = _verdicts(pages, text, gold)
        for kind in ("number", "day"):
            label = labels.get(kind)
            if label is None:
                continue  # printed, not handwritten, on this letter
            value, candidate, confidence = got[kind]
            verdict = "unreadable" if value is None else "correct" if value == label else "confidently wrong"
            rows.append(
                (gold_path.parent.name, kind, label, value or "-", candidate or "-", confidence, verdict)
            )
    print("| doc | blank | label | read | candidate | confidence | verdict |")
    print("|---|---|---|---|---|---|---|")
    for doc, kind, label, value, candidate, confidence, verdict in rows:
        print(f"| {doc} | {kind} | {label} | {value} | {candidate} | {confidence:.2f} | {verdict} |")
    print()
    print("| blank | n | read correctly | unreadable | confidently wrong |")
    print("|---|---|---|---|---|")
    for kind in ("number", "day"):
        mine = [r for r in rows if r[1] == kind]
        n = len(mine) or 1
        share = {v: sum(r[6] == v for r in mine) / n for v in ("correct", "unreadable", "confidently wrong")}
        print(
            f"| {kind} | {len(mine)} | {share['correct']:.0%} | {share['unreadable']:.0%} | "
            f"{share['confidently wrong']:.0%} |"
        )
    metrics = json.loads((default_model_dir() / "metrics.json").read_text())
    print()
    print(
        f"Recogniser: {metrics['kept']}, synthetic test-split accuracy "
        + ", ".join(f"{k} {v:.1%}" for k, v in metrics["test_accuracy"].items())
        + f" ({metrics['test_samples']} held-out samples); model {metrics['size_bytes'] / 1024:.0f} KiB, "
        f"load {metrics['load_ms']} ms. Run time {time.perf_counter() - start:.0f} s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
