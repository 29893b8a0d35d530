"""Text parsing speed: a 1 MB letter, and letters per second on the corpus's text letters.

    .venv/bin/python benchmarks/bench_parse.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from vbadmin.corpus import iter_corpus
from vbadmin.parse import parse_text

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = (
    "Tiếp tục triển khai thực hiện nghiêm túc các nhiệm vụ đã đề ra theo Nghị quyết số 12-NQ/TU "
    "ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy, tăng cường công tác kiểm tra, giám sát."
)


def one_megabyte_letter() -> str:
    seed = (ROOT.parent / "shared" / "seed" / "1272-CV-TU.txt").read_text(encoding="utf-8")
    filler = "\n\n".join([PARAGRAPH] * 5200)
    return seed.replace("Các cấp ủy, tổ chức đảng", filler + "\n\nCác cấp ủy, tổ chức đảng")


def best_of(runs: int, work: object, clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        started = clock()
        work()  # type: ignore[operator]
        times.append(clock() - started)
    return min(times)


def main() -> None:
    big = one_megabyte_letter()
    seconds = best_of(3, lambda: parse_text(big))
    print(f"parse_text of a {len(big.encode()) / 1e6:.2f} MB letter: {seconds:.2f} s (best of 3)")
    letters = iter_corpus(ROOT / "corpus", "dev")
    texts = [(d.folder / "source.txt").read_text(encoding="utf-8") for d in letters]
    seconds = best_of(3, lambda: [parse_text(t) for t in texts])
    cpu = best_of(3, lambda: [parse_text(t) for t in texts], time.process_time)
    print(f"{len(texts)} dev letters in {seconds:.2f} s: {len(texts) / seconds:.0f} letters/s on one core "
          f"(CPU time: {len(texts) / cpu:.0f} letters/s; best of 3)")


if __name__ == "__main__":
    main()
