"""Print the issue #4 targets table from an accuracy report being written (path in argv[1])."""

import re
import sys
from pathlib import Path

TARGETS = {"text": 0.99, "pdf": 0.99, "scan": 0.95}


def section(report: str, kind: str) -> str:
    match = re.search(rf"## test split, {kind} input\n(.*?)(?=\n## |\Z)", report, re.S)
    return match.group(1) if match else ""


def main() -> None:
    report = Path(sys.argv[1]).read_text(encoding="utf-8")
    print("| input (test split) | target | field accuracy | micro F1 | lowest field | met? |")
    print("|---|---|---|---|---|---|")
    for kind, target in TARGETS.items():
        text = section(report, kind)
        accuracy = float(re.search(r"\| field_accuracy \| ([\d.]+) \|", text).group(1))
        micro = float(re.search(r"\| micro_f1 \| ([\d.]+) \|", text).group(1))
        fields = re.findall(r"^\| ([a-z_.]+) \| ([\d.]+) \| \d+ \|$", text, re.M)
        name, lowest = min(fields, key=lambda f: float(f[1]))
        met = accuracy >= target and float(lowest) >= 0.90
        print(f"| {kind} | ≥ {target} | {accuracy:.4f} | {micro:.4f} | {name} {float(lowest):.4f} | "
              f"{'yes' if met else 'no'} |")


if __name__ == "__main__":
    main()
