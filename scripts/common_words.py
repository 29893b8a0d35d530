"""Write src/vbadmin/vocab/words_common.txt: the two-syllable words of the word list that the dev
split's letters use at least MIN_LETTERS times (in as many letters), in comparison form.

The lexicon believes OCR lost or swapped the tones under the hats of both syllables of a word
("thấm quyên" for thẩm quyền, "Cô phân" for Cổ phần) only for these: words an official letter
uses often, not any word of the list ("tiến về" is no "tiền vệ").

Usage: .venv/bin/python scripts/common_words.py   (reads corpus/dev only, never the test split)
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from vbadmin.lexicon import _word_list as word_list  # the shipped list with the vocabularies' names
from vbadmin.normalize import match_key

MIN_LETTERS = 3
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "vbadmin" / "vocab" / "words_common.txt"


def common_words() -> list[str]:
    """The words, sorted, as the file lists them."""
    pairs = {word for word in word_list() if len(word) == 2}
    letters: Counter[tuple[str, ...]] = Counter()
    for source in sorted((ROOT / "corpus" / "dev").glob("*/source.txt")):
        syllables = re.findall(r"\w+", match_key(source.read_text(encoding="utf-8")))
        letters.update({pair for pair in zip(syllables, syllables[1:], strict=False) if pair in pairs})
    return sorted(" ".join(pair) for pair, count in letters.items() if count >= MIN_LETTERS)


def main() -> None:
    common = common_words()
    header = [
        "# Two-syllable words of words.txt used in at least 3 letters of corpus/dev, in comparison",
        "# form (normalize.match_key), sorted. Made by scripts/common_words.py; do not edit by hand.",
    ]
    OUT.write_text("\n".join([*header, *common]) + "\n", encoding="utf-8")
    print(f"{len(common)} words → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
