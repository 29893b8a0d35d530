"""python -m vbadmin.corpusgen --n 320 --seed 20261127 --out corpus/generated"""

from __future__ import annotations

import argparse
import json

from .store import write_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vbadmin.corpusgen", description=__doc__)
    parser.add_argument("--n", type=int, default=320)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--out", default="corpus/generated")
    args = parser.parse_args(argv)
    letters = write_corpus(args.n, args.seed, args.out)
    counts: dict[str, int] = {}
    for letter in letters:
        counts[letter.split] = counts.get(letter.split, 0) + 1
    print(json.dumps({"written": len(letters), "out": args.out, "split": counts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
