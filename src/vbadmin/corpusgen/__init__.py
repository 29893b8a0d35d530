"""Deterministic synthetic corpus of Vietnamese official letters (State and Party).

``generate_corpus(n, seed)`` writes letters from random choices and builds each gold record
from the same choices; ``render_pdf`` / ``render_scan`` draw them; ``materialise`` regenerates
the PDFs and images of a stored letter into a cache.
"""

from .generate import DOC_TYPES, GeneratedLetter, generate_corpus, split_of
from .render import render_pdf, render_scan
from .store import cache_root, load_letter, materialise, write_corpus

__all__ = [
    "DOC_TYPES",
    "GeneratedLetter",
    "cache_root",
    "generate_corpus",
    "load_letter",
    "materialise",
    "render_pdf",
    "render_scan",
    "split_of",
    "write_corpus",
]
