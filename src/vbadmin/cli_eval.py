"""`vbadmin eval` and `vbadmin score`: accuracy on a labelled corpus, or of any tool's JSONL."""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import Progress

from vbadmin.corpus import CorpusDoc, InputKind, iter_corpus, sources_for
from vbadmin.evaluate import Report, char_error_rate, score_document

if TYPE_CHECKING:
    from vbadmin.parse import OcrMode


class ReportFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class InputChoice(StrEnum):
    text = "text"
    pdf = "pdf"
    scan = "scan"
    pdf_ocr = "pdf-ocr"
    scan_low = "scan-low"
    scan_grey = "scan-grey"
    scan_bw = "scan-bw"
    scan_pen = "scan-pen"


OCR_MODE: dict[str, OcrMode] = {"text": "never", "pdf-ocr": "always"}


def _parse_one(job: tuple[CorpusDoc, str, str]) -> tuple[CorpusDoc, dict[str, Any], str | None]:
    """Parse one corpus document (in a worker process); errors become an empty record."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from vbadmin.errors import VbadminError
    from vbadmin.parse import parse_files

    doc, root, kind = job
    sources = sources_for(doc, Path(root), kind)  # type: ignore[arg-type]
    try:
        # A scan may come as one image per page: they are one letter.
        record = parse_files(sources, ocr=OCR_MODE.get(kind, "auto"))
    except VbadminError as error:
        return doc, {}, f"{error.code}: {error}"
    except Exception as error:  # noqa: BLE001 - a bug on one document must not stop the report
        return doc, {}, f"INTERNAL_ERROR: {type(error).__name__}: {error}"
    return doc, record.model_dump(mode="json"), None


def _gold_text(doc: CorpusDoc, root: Path) -> str | None:
    texts = sources_for(doc, root, "text")
    return texts[0].read_text(encoding="utf-8") if texts else None


def run_eval(root: Path, split: str | None, kind: InputKind, workers: int, quiet: bool) -> Report:
    docs = [d for d in iter_corpus(root, split) if sources_for(d, root, kind)]
    scores = []
    with Progress(disable=quiet, transient=True) as progress, ProcessPoolExecutor(workers) as pool:
        task = progress.add_task(f"eval {kind}", total=len(docs))
        for doc, record, error in pool.map(_parse_one, [(d, str(root), kind) for d in docs]):
            score = score_document(doc.doc_id, record, doc.gold)
            score.tags = doc.tags(kind)
            if error:
                score.mistakes.insert(0, ("error", None, error))
            gold_text = _gold_text(doc, root) if kind != "text" else None
            if gold_text is not None and record:
                score.cer = char_error_rate(gold_text, record.get("text", ""))
            scores.append(score)
            progress.advance(task)
    return Report(sorted(scores, key=lambda s: s.doc_id))


def render_table(report: Report) -> str:
    overall = report.overall()
    lines = [
        f"documents {overall['documents']}  field_accuracy {overall['field_accuracy']:.4f}  "
        f"micro_f1 {overall['micro_f1']:.4f}  all_correct {overall['all_correct_rate']:.3f}"
        + (f"  cer {overall['cer']:.4f}" if overall["cer"] is not None else "")
    ]
    for name, counts in sorted(report.field_counts().items()):
        lines.append(f"  {name:22} {counts.accuracy:.4f}  (n={counts.total})")
    for name, lc in sorted(report.list_counts().items()):
        lines.append(f"  {name:22} P {lc.precision:.4f}  R {lc.recall:.4f}  F1 {lc.f1:.4f}")
    return "\n".join(lines)


def render_documents(report: Report) -> str:
    """One row per document: scored fields right, and what was wrong."""
    out = ["| document | input | fields right | list F1 | wrong |", "|---|---|---|---|---|"]
    for doc in report.documents:
        right, scored = sum(doc.scalars.values()), len(doc.scalars)
        f1s = [c.f1 for c in doc.lists.values()]
        f1 = f"{sum(f1s) / len(f1s):.2f}" if f1s else "-"
        wrong = ", ".join(m[0] for m in doc.mistakes) or "-"
        out.append(f"| {doc.doc_id} | {doc.tags.get('input', '')} | {right}/{scored} | {f1} | {wrong} |")
    return "\n".join(out)


def render_markdown(report: Report, title: str) -> str:
    overall = report.overall()
    out = [f"### {title}", "", "| measure | value |", "|---|---|"]
    out += [f"| {k} | {v:.4f} |" if isinstance(v, float) else f"| {k} | {v} |" for k, v in overall.items()]
    out += ["", "| field | accuracy | n |", "|---|---|---|"]
    out += [f"| {k} | {c.accuracy:.4f} | {c.total} |" for k, c in sorted(report.field_counts().items())]
    out += ["", "| list | precision | recall | F1 |", "|---|---|---|---|"]
    out += [
        f"| {k} | {c.precision:.4f} | {c.recall:.4f} | {c.f1:.4f} |"
        for k, c in sorted(report.list_counts().items())
    ]
    for tag in ("doc_type", "system", "input"):
        out += ["", f"| by {tag} | docs | field accuracy | micro F1 |", "|---|---|---|---|"]
        out += [
            f"| {v} | {o['documents']} | {o['field_accuracy']:.4f} | {o['micro_f1']:.4f} |"
            for v, o in report.breakdown(tag).items()
        ]
    return "\n".join(out)


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        corpus: Annotated[Path, typer.Argument(help="Corpus folder (folders with gold.json)")],
        split: Annotated[str | None, typer.Option(help="dev | test | real")] = "test",
        input: Annotated[InputChoice, typer.Option("--input", help="What to parse")] = InputChoice.text,
        format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
        min_f1: Annotated[float | None, typer.Option("--min-f1", help="Exit 1 below this micro F1")] = None,
        workers: Annotated[int, typer.Option(help="Worker processes")] = os.cpu_count() or 1,
        quiet: Annotated[bool, typer.Option("--quiet")] = False,
        per_document: Annotated[bool, typer.Option("--per-document", help="Add a row per document")] = False,
    ) -> None:
        """Parse every labelled document and score it against its gold.json."""
        if not corpus.is_dir():
            typer.echo(f"vbadmin: {corpus}: no such corpus folder", err=True)
            raise typer.Exit(2)
        report = run_eval(corpus, split or None, input.value, workers, quiet)
        if format is ReportFormat.json:
            typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        elif format is ReportFormat.markdown:
            typer.echo(render_markdown(report, f"{split} split, {input.value} input"))
            if per_document:
                typer.echo("\n" + render_documents(report))
        else:
            typer.echo(render_table(report))
        if min_f1 is not None and report.overall()["micro_f1"] < min_f1:
            raise typer.Exit(1)

    @app.command("score")
    def score_command(
        predictions: Annotated[Path, typer.Argument(help="JSONL: one record per line with a doc_id key")],
        gold_dir: Annotated[Path, typer.Argument(help="Corpus folder with <doc_id>/gold.json")],
        format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    ) -> None:
        """Score predictions made by any tool (JSONL with `doc_id`) against gold labels."""
        golds = {d.doc_id: d.gold for d in iter_corpus(gold_dir)}
        scores = []
        for number, line in enumerate(predictions.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                typer.echo(f"vbadmin: {predictions}:{number}: not JSON", err=True)
                raise typer.Exit(2) from None
            doc_id = str(record.get("doc_id"))
            if doc_id in golds:
                scores.append(score_document(doc_id, record.get("document", record), golds[doc_id]))
        report = Report(scores)
        text = (
            json.dumps(report.to_json(), ensure_ascii=False, indent=2)
            if format is ReportFormat.json
            else render_table(report)
        )
        typer.echo(text)
