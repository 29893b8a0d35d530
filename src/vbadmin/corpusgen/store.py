"""Writing the corpus to disk, and regenerating its PDFs and images on demand."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .generate import GeneratedLetter, generate_corpus
from .render import Level, render_pdf, render_scan


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_letter(letter: GeneratedLetter, root: Path) -> Path:
    doc_dir = root / letter.split / letter.doc_id
    doc_dir.mkdir(parents=True, exist_ok=True)
    (doc_dir / "source.txt").write_text(letter.text, encoding="utf-8")
    (doc_dir / "gold.json").write_text(_dump(letter.gold), encoding="utf-8")
    meta = {"doc_id": letter.doc_id, "degradation": letter.degradation, "layout": letter.layout}
    (doc_dir / "layout.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    return doc_dir


def manifest(letters: list[GeneratedLetter], n: int, seed: int) -> dict[str, Any]:
    return {
        "generator": "vbadmin.corpusgen",
        "seed": seed,
        "n": n,
        "documents": [
            {"doc_id": lt.doc_id, "split": lt.split, "system": lt.gold["system"],
             "doc_type": lt.gold["doc_type"], "degradation": lt.degradation}
            for lt in letters
        ],
        "counts": {
            "split": dict(sorted(Counter(lt.split for lt in letters).items())),
            "system": dict(sorted(Counter(lt.gold["system"] for lt in letters).items())),
            "doc_type": dict(sorted(Counter(lt.gold["doc_type"] for lt in letters).items())),
            "scan_level": dict(sorted(Counter(lt.degradation["scan_level"] for lt in letters).items())),
        },
    }


def write_corpus(n: int, seed: int, out: str | Path) -> list[GeneratedLetter]:
    root = Path(out)
    letters = generate_corpus(n, seed)
    for letter in letters:
        write_letter(letter, root)
    (root / "manifest.json").write_text(_dump(manifest(letters, n, seed)), encoding="utf-8")
    return letters


@dataclass
class StoredLetter:
    """A letter read back from a corpus directory (enough to render it)."""

    doc_id: str
    split: str
    text: str
    gold: dict[str, Any]
    layout: dict[str, Any]
    degradation: dict[str, Any]


def load_letter(doc_dir: str | Path) -> StoredLetter:
    d = Path(doc_dir)
    meta = json.loads((d / "layout.json").read_text(encoding="utf-8"))
    return StoredLetter(meta["doc_id"], d.parent.name, (d / "source.txt").read_text(encoding="utf-8"),
                        json.loads((d / "gold.json").read_text(encoding="utf-8")), meta["layout"],
                        meta["degradation"])


def cache_root() -> Path:
    env = os.environ.get("VBADMIN_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "vbadmin" / "corpus"


def materialise(doc_dir: str | Path, kind: Literal["pdf", "scan"] = "pdf",
                level: Level | None = None) -> list[Path]:
    """Regenerate a letter's PDF or page images into the cache; returns the files.

    The font and the scan level default to the letter's own ``degradation`` choices.
    Files already in the cache are reused (rendering is deterministic).
    """
    letter = load_letter(doc_dir)
    font = str(letter.degradation.get("font", "freeserif"))
    if kind == "pdf":
        target = cache_root() / letter.doc_id / f"source-{font}.pdf"
        if not target.exists():
            render_pdf(letter, target, font)
        return [target]
    lvl: Level = level or letter.degradation.get("scan_level", "clean")
    out = cache_root() / letter.doc_id / f"scan-{lvl}"
    existing = sorted(out.glob("page-*"))
    if existing:
        return existing
    return render_scan(letter, out, lvl, int(letter.degradation.get("scan_seed", 0)), font)
