"""`vbadmin train`: rebuild the handwritten-digit recogniser in models/digits (deterministic by seed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train_command(
        out: Annotated[Path, typer.Option("--out", help="where digits.npz and metrics.json go")] = Path(
            "models/digits"
        ),
        seed: Annotated[int, typer.Option("--seed", help="seed of the synthetic data and the models")] = 7,
        per_class: Annotated[int, typer.Option("--per-class", help="synthetic samples per digit")] = 1000,
    ) -> None:
        """Train the digit recogniser from synthetic handwriting (fonts, pen strokes, sklearn digits)."""
        from vbadmin.handwriting.train import train

        report = train(out, seed=seed, per_class=per_class)
        typer.echo(json.dumps(report, indent=2))
