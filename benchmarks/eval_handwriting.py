"""Handwriting reader: synthetic number blanks, generated photo letters, then the labelled real scans.

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/eval_handwriting.py            # test split + real
    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/eval_handwriting.py --split dev --no-real   # tuning

A blank counts as "correct" when the reader's accepted value equals the label, "unreadable"
when it declined (reported the candidate as unreadable), "confidently wrong" when it gave a
wrong value. Handwriting alone: typed occurrences of the number are not used.

1. Synthetic number blanks (vbadmin.handwriting.synth, seeds 101 and 202): the harness the
   acceptance thresholds were chosen on (the lowest meeting the rule on both sets).
2. Generated letters (corpus/generated/<split>) whose gold has "handwritten", rendered as photo
   scans with the number written in blue (vbadmin.corpusgen.materialise(folder, "scan", "photo")),
   OCR'd and read like any scan. Thresholds were checked on the dev split; test is reported only.
3. The real scans (corpus/realdocs, labels in gold.json "handwritten"): the final report, never
   used to choose anything. Page 1 is re-OCR'd when the loader kept a text layer (no page image).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALDOCS = Path("/work/shared/realdocs")
VERDICTS = ("correct", "unreadable", "confidently wrong")
METHOD = [
    "How a blank is read (src/vbadmin/handwriting):",
    "",
    '* locate: the number line is the line that opens with "Số" in the left column (then the word',
    '  holding the symbol); digits OCR read "as print" in blue ink are pen and are read again;',
    "* isolate: blue/violet ink by colour, else dark ink (red seal ink removed) with the typed words",
    "  cut out piece by piece: a piece mostly inside typed words' boxes is print, one mostly outside",
    "  is pen and kept whole even where it overflows a box; the box reaches 1.1 line heights below",
    "  the line (tails of 2, 7, 9); ink is stretched so stroke cores reach 1 (pale pens), and faint",
    "  ink touching strong ink joins it (hysteresis: thin fast diagonals stay on their digit);",
    "* deslant: the blank's ink is sheared upright at the slant whose column histogram is the most",
    "  peaked, so cuts between slanted digits can be vertical;",
    "* segment: connected pieces; each piece is tried as 1..4 digits and the cut whose digits the",
    '  recogniser is surest of wins (the model has an 11th class, "not one digit", for half digits and',
    "  touching pairs);",
    "* recognise: each glyph is deslanted by its second moments (training digits too), then two MLPs",
    "  (pixels + HOG) average their temperature-scaled probabilities;",
    "* confidence: product of the digits' probabilities × the winning cut's share of all cuts'",
    "  scores, halved when ink runs off the box or ink too big for a dot is left unread;",
    "* a day (a month) is re-ranked to the likeliest valid one (a date of that month, not after the",
    "  signature or receipt); when that is the recogniser's own first choice its probability is",
    "  conditioned on validity, otherwise it keeps its own probability;",
    "* accept at the threshold, then crosscheck.py (typed occurrences, valid date, not after the",
    "  signature or receipt). Everything else is an UNREADABLE_HANDWRITING issue with the candidate.",
]


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


def _verdict(value: str | None, label: str) -> str:
    return "unreadable" if value is None else "correct" if value == label else "confidently wrong"


def _shares(verdicts: list[str]) -> str:
    n = len(verdicts) or 1
    return " | ".join(f"{sum(v == name for v in verdicts) / n:.0%}" for name in VERDICTS)


def synthetic_section(count: int) -> list[str]:
    from vbadmin.handwriting.crosscheck import MIN_CONFIDENCE
    from vbadmin.handwriting.synth import number_benchmark

    rows = number_benchmark(seed=101, count=count)
    check = number_benchmark(seed=202, count=count)  # the threshold must hold on both sets
    right = sum(lab == cand for lab, cand, _ in rows) / count
    right_check = sum(lab == cand for lab, cand, _ in check) / count
    lines = [
        f"## Synthetic number blanks ({count} with seed 101, {count} more with seed 202)",
        "",
        "Pen skeletons and handwriting fonts, touching digits, blue/violet/grey ink, JPEG. Candidate "
        f"(best reading, before the threshold) right: {right:.0%} (seed 202: {right_check:.0%}).",
        "",
        "| threshold | read correctly | unreadable | confidently wrong | wrong among accepted "
        "| seed 202: read, wrong among accepted |",
        "|---|---|---|---|---|---|",
    ]
    for threshold in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        verdicts = [_verdict(cand if conf >= threshold else None, lab) for lab, cand, conf in rows]
        others = [_verdict(cand if conf >= threshold else None, lab) for lab, cand, conf in check]
        mark = " (used)" if abs(threshold - MIN_CONFIDENCE["number"]) < 1e-9 else ""
        lines.append(
            f"| {threshold:.2f}{mark} | {_shares(verdicts)} | {_wrong_share(verdicts):.2%} "
            f"| {others.count('correct') / count:.0%}, {_wrong_share(others):.2%} |"
        )
    lines += ["", *_members_section(count)]
    return lines


def _members_section(count: int) -> list[str]:
    """Each member of the shipped ensemble alone on the seed-101 blanks, at the used threshold."""
    from vbadmin.handwriting.crosscheck import MIN_CONFIDENCE
    from vbadmin.handwriting.digits import shared_model
    from vbadmin.handwriting.synth import number_benchmark

    model = shared_model()
    if model.kind != "ensemble":
        return []
    threshold = MIN_CONFIDENCE["number"]
    lines = [
        f"Model kinds downstream (seed 101, threshold {threshold}): candidate right / read / wrong "
        "among accepted:",
        "",
    ]
    for member in [*model.members(), model]:
        rows = number_benchmark(seed=101, count=count, model=member)
        verdicts = [_verdict(cand if conf >= threshold else None, lab) for lab, cand, conf in rows]
        right = sum(lab == cand for lab, cand, _ in rows) / count
        lines.append(
            f"* {member.meta['name']}: {right:.1%} / {verdicts.count('correct') / count:.1%} / "
            f"{_wrong_share(verdicts):.2%}"
        )
    return lines


def _wrong_share(verdicts: list[str]) -> float:
    accepted = [v for v in verdicts if v != "unreadable"]
    return sum(v == "confidently wrong" for v in accepted) / (len(accepted) or 1)


def _generated_one(folder: Path) -> tuple[str, str, str | None, str, float]:
    from vbadmin.corpusgen import materialise
    from vbadmin.load import load

    gold = json.loads((folder / "gold.json").read_text())
    files = materialise(folder, "scan", "photo")
    loaded = load(files[0], max_pages=1)
    value, candidate, confidence = _verdicts(loaded.pages, loaded.text, gold)["number"]
    return folder.name, gold["handwritten"]["number"], value, candidate, confidence


def generated_section(split: str) -> list[str]:
    folders = [
        g.parent
        for g in sorted((ROOT / "corpus" / "generated" / split).glob("*/gold.json"))
        if (json.loads(g.read_text()).get("handwritten") or {}).get("number")
    ]
    with ProcessPoolExecutor(2) as pool:
        rows = list(pool.map(_generated_one, folders))
    verdicts = [_verdict(value, label) for _, label, value, _, _ in rows]
    lines = [
        f"## Generated photo letters, {split} split ({len(rows)} handwritten numbers)",
        "",
        "| blank | n | read correctly | unreadable | confidently wrong |",
        "|---|---|---|---|---|",
        f"| number | {len(rows)} | {_shares(verdicts)} |",
        "",
        "Not read or wrong (label → candidate, confidence): "
        + (
            ", ".join(
                f"{label}→{candidate or '-'} {confidence:.2f}"
                for (_, label, value, candidate, confidence), verdict in zip(rows, verdicts, strict=True)
                if verdict != "correct"
            )
            or "none"
        ),
    ]
    return lines


def real_section() -> list[str]:
    rows: list[tuple[str, str, str, str, str, float, str]] = []
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
            rows.append(
                (
                    gold_path.parent.name,
                    kind,
                    label,
                    value or "-",
                    candidate or "-",
                    confidence,
                    _verdict(value, label),
                )
            )
    lines = [
        f"## Real scans ({len(rows)} handwritten blanks; final report, not used for tuning)",
        "",
        "Thresholds were never chosen on these. Their crops were looked at, though, to see which pen",
        "shapes the synthetic digits lacked (cursive 2 with a foot loop, crossed 7 with a long bar):",
        "scans from other offices are the independent test.",
        "",
        "| doc | blank | label | read | candidate | confidence | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for doc, kind, label, value, candidate, confidence, verdict in rows:
        lines.append(f"| {doc} | {kind} | {label} | {value} | {candidate} | {confidence:.2f} | {verdict} |")
    lines += ["", "| blank | n | read correctly | unreadable | confidently wrong |", "|---|---|---|---|---|"]
    for kind in ("number", "day"):
        mine = [r[6] for r in rows if r[1] == kind]
        lines.append(f"| {kind} | {len(mine)} | {_shares(mine)} |")
    lines.append(f"| all | {len(rows)} | {_shares([r[6] for r in rows])} |")
    right = sum(r[2] == r[4] for r in rows)
    lines += ["", f"Candidate (best reading, before the threshold) right for {right} of {len(rows)} blanks."]
    return lines


def main(argv: list[str] | None = None) -> int:
    from vbadmin.handwriting.crosscheck import MIN_CONFIDENCE
    from vbadmin.handwriting.digits import default_model_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=("dev", "test"), help="generated split to report")
    parser.add_argument("--synthetic", type=int, default=1000, help="synthetic number blanks (0: skip)")
    parser.add_argument("--no-real", action="store_true", help="skip the real scans")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    print("# Handwriting reader")
    print()
    command = "OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/eval_handwriting.py"
    if args.split != "test":
        command += f" --split {args.split}"
    print(f"    {command}")
    print()
    print(
        "Handwriting alone (typed occurrences not used). Confidence = product of the digits' calibrated "
        "probabilities; thresholds (chosen on the synthetic blanks, seeds 101 and 202, checked on the dev "
        "split): "
        + ", ".join(f"{k} {v}" for k, v in MIN_CONFIDENCE.items())
        + "."
    )
    print()
    print("\n".join(METHOD))
    sections: list[list[str]] = []
    if args.synthetic:
        sections.append(synthetic_section(args.synthetic))
    sections.append(generated_section(args.split))
    if not args.no_real:
        sections.append(real_section())
    for lines in sections:
        print()
        print("\n".join(lines))
    metrics = json.loads((default_model_dir() / "metrics.json").read_text())
    print()
    print(
        "Earlier readers, read / unreadable / confidently wrong. Commit 8ad3d75 (width-rule cuts, 10-class "
        "MLP, threshold 0.95 chosen on the real scans): dev photo 38 / 49 / 14 %, test photo 54 / 46 / 0 %, "
        "real scans 7 / 93 / 0 % (1 of 14 blanks). Commit 23a8d22 (best-split cuts, one MLP without "
        "deslant, typed boxes cut out whole, threshold 0.8): synthetic 44 / 56 / 0 % (candidate right 76 %), "
        "dev photo 62 / 38 / 0 %, test photo 77 / 23 / 0 %, real scans 0 / 100 / 0 % (candidate right for "
        "6 of 14)."
    )
    print()
    print(
        f"Recogniser: {metrics['kept']} (models/digits, `vbadmin train --seed 7`, byte-reproducible); "
        f"model {metrics['size_bytes'] / 1024:.0f} KiB on disk, load {metrics['load_ms']} ms. Model kinds "
        f"compared on the held-out synthetic split ({metrics['test_samples']} samples, 11 classes); the "
        "least log-loss is kept unless a smaller kind is within 2 %:"
    )
    print()
    print("| model | accuracy | digits only | log-loss | ECE | size | fit |")
    print("|---|---|---|---|---|---|---|")
    for name, info in metrics["models"].items():
        kept = " (kept)" if name == metrics["kept"] else ""
        print(
            f"| {name}{kept} | {metrics['test_accuracy'][name]:.1%} | {info['digit_accuracy']:.1%} "
            f"| {info['log_loss']:.3f} | {info['ece']:.1%} | {info['size_kib']:.0f} KiB "
            f"| {info['fit_s']:.0f} s |"
        )
    print()
    print(f"Run time {time.perf_counter() - start:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
