"""`vbadmin convert`: many letters → one JSON line (or Parquet row) each, resumable after a kill.

The main CLI adds the command with `register(app)`; `python -m vbadmin.cli_batch convert …`
runs it on its own.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Annotated, Any, NoReturn, Protocol

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from vbadmin.batch import DEFAULT_PARSE_FN, ConversionResult, convert, discover
from vbadmin.errors import VbadminError
from vbadmin.model import Document

EXIT_FAILURES = 1  # the run finished but some files failed (see --errors)
EXIT_USAGE = 2
PARQUET_BATCH_ROWS = 256


class RecordFormat(StrEnum):
    jsonl = "jsonl"
    parquet = "parquet"


class EngineChoice(StrEnum):
    local = "local"
    dask = "dask"


class OcrChoice(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def _fail(message: str) -> NoReturn:
    typer.echo(f"vbadmin: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


# --- durable line output ----------------------------------------------------------------------

class LineWriter:
    """Appends whole lines: one write + fsync each, so a kill never leaves half a line behind
    (except possibly the very last one, which `truncate_torn_tail` removes on resume)."""

    def __init__(self, path: Path, append: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        self.fd = os.open(path, flags, 0o644)

    def write(self, record: dict[str, Any]) -> None:
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        os.fsync(self.fd)

    def close(self) -> None:
        os.close(self.fd)


def truncate_torn_tail(path: Path) -> None:
    """Cut a file back to its last newline: the record a kill interrupted is redone."""
    with path.open("rb+") as handle:
        data = handle.read()
        handle.truncate(data.rfind(b"\n") + 1)


def _record(result: ConversionResult) -> dict[str, Any]:
    assert result.document is not None
    return {"path": str(result.path), "sha256": result.sha256, "status": result.status,
            "document": result.document.model_dump(mode="json")}


class JsonlSink:
    def __init__(self, path: Path, resume: bool) -> None:
        if resume and path.exists():
            truncate_torn_tail(path)
        self.writer = LineWriter(path, append=True)

    def add(self, result: ConversionResult) -> None:
        self.writer.write(_record(result))

    def close(self) -> None:
        self.writer.close()


class ParquetSink:
    """Rows go to a temporary file that replaces the output only at the end (atomic); on resume
    the old rows are copied in first."""

    def __init__(self, path: Path, resume: bool) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            _fail("--format parquet needs pyarrow: pip install pyarrow")
        self.pa, self.pq, self.path = pa, pq, path
        self.tmp = path.with_name(path.name + ".partial")
        schema = pa.schema([(name, pa.string()) for name in ("path", "sha256", "status", "document")])
        self.writer = pq.ParquetWriter(self.tmp, schema)
        self.rows: list[dict[str, Any]] = []
        if resume and path.exists() and path.stat().st_size:
            self.writer.write_table(pq.read_table(path).cast(schema))

    def add(self, result: ConversionResult) -> None:
        row = _record(result)
        row["document"] = json.dumps(row["document"], ensure_ascii=False)
        self.rows.append(row)
        if len(self.rows) >= PARQUET_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.writer.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        os.replace(self.tmp, self.path)


def _check_output(out: Path, resume: bool) -> None:
    if out.exists() and out.stat().st_size and not resume:
        _fail(f"{out} already has records: pass --resume to continue it, or choose another --out")


# --- the store (--db) -------------------------------------------------------------------------

class RecordStore(Protocol):
    def add(self, doc: Document) -> int: ...

    def close(self) -> None: ...


def open_store(url: str) -> RecordStore:
    """A vbadmin.store.Store at `url` (SQLite path/URL or postgresql+psycopg://…)."""
    try:
        from vbadmin.store import Store
    except ImportError as error:  # e.g. its database driver is not installed
        _fail(f"--db needs vbadmin.store, which cannot be imported here: {error}")
    try:
        return Store(url)
    except VbadminError as error:
        _fail(f"--db {url}: {error.code}: {error}")


# --- progress -----------------------------------------------------------------------------------

class Tally:
    """Counts outcomes and drives the progress bar (files/s, pages/s, errors, ETA) on stderr."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.counts: Counter[str] = Counter()
        self.pages = 0
        self.start = time.monotonic()
        self.progress = Progress(
            TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[files_rate]:.1f} files/s {task.fields[pages_rate]:.1f} pages/s"),
            TextColumn("[red]{task.fields[errors]} errors"), TimeRemainingColumn(),
            console=Console(stderr=True), disable=quiet, transient=True,
        )
        self.task = self.progress.add_task("convert", total=total, files_rate=0.0, pages_rate=0.0, errors=0)

    def __enter__(self) -> Tally:
        self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.stop()

    def add(self, result: ConversionResult) -> None:
        self.counts[result.status] += 1
        self.pages += result.pages
        elapsed = max(time.monotonic() - self.start, 1e-9)
        done = sum(self.counts.values()) - self.counts["skipped"]
        self.progress.update(self.task, advance=1, files_rate=done / elapsed, pages_rate=self.pages / elapsed,
                             errors=self.counts["failure"])

    def summary(self, out: Path) -> str:
        elapsed = time.monotonic() - self.start
        c = self.counts
        done = sum(c.values()) - c["skipped"]
        return (f"vbadmin convert: {sum(c.values())} files in {elapsed:.1f} s: {c['success']} success, "
                f"{c['partial']} partial, {c['failure']} failure, {c['skipped']} skipped; "
                f"{done / max(elapsed, 1e-9):.1f} files/s, "
                f"{self.pages / max(elapsed, 1e-9):.1f} pages/s → {out}")


# --- the command --------------------------------------------------------------------------------

def _error_lines(result: ConversionResult) -> list[dict[str, str]]:
    return [{"path": str(result.path), "code": e["code"], "message": e["message"]} for e in result.errors]


class _Outputs:
    """Where each outcome goes: records (+ store) for documents, error lines for the rest."""

    def __init__(self, records: JsonlSink | ParquetSink, errors: LineWriter | None,
                 store: RecordStore | None, console: Console) -> None:
        self.records, self.errors, self.store, self.console = records, errors, store, console

    def route(self, result: ConversionResult) -> None:
        if result.document is not None:
            self.records.add(result)
            self._store(result)
        for line in _error_lines(result) if result.status in ("failure", "partial") else []:
            if self.errors is not None:
                self.errors.write(line)
            elif result.status == "failure":
                self.console.print(f"vbadmin: {line['path']}: {line['code']}: {line['message']}",
                                   markup=False, highlight=False, soft_wrap=True)

    def _store(self, result: ConversionResult) -> None:
        if self.store is None or result.document is None:
            return
        try:
            self.store.add(result.document)
        except VbadminError as error:  # one record the store refused: report it, keep going
            result.errors.append({"code": error.code, "message": f"store: {error}"})
            if self.errors is not None:
                self.errors.write({"path": str(result.path), "code": error.code, "message": str(error)})

    def close(self) -> None:
        self.records.close()
        if self.errors is not None:
            self.errors.close()
        if self.store is not None:
            self.store.close()


def convert_command(
    sources: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively)")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Records file (one JSON line per letter)")],
    db: Annotated[str | None, typer.Option(help="Also add each record to this store URL")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Processes (default: CPU count)")] = None,
    resume: Annotated[bool, typer.Option(help="Continue --out: skip files whose sha256 it has")] = False,
    errors: Annotated[Path | None, typer.Option(help="Failures as JSON lines {path, code, message}")] = None,
    format: Annotated[RecordFormat, typer.Option("--format")] = RecordFormat.jsonl,
    quiet: Annotated[bool, typer.Option(help="No progress bar")] = False,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds per file before it is a TIMEOUT")] = 120.0,
    engine: Annotated[EngineChoice, typer.Option()] = EngineChoice.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler (tcp://host:8786); implies --engine dask")
    ] = None,
    ocr: Annotated[OcrChoice, typer.Option()] = OcrChoice.auto,
    parse_fn: Annotated[str, typer.Option(hidden=True, help="Dotted path of the per-file parser")] = (
        DEFAULT_PARSE_FN
    ),
) -> None:
    """Convert many letters into records; failures never stop the run."""
    _check_output(out, resume)
    inputs = discover(sources)
    store = open_store(db) if db else None
    console = Console(stderr=True)
    sink = ParquetSink(out, resume) if format is RecordFormat.parquet else JsonlSink(out, resume)
    outputs = _Outputs(sink, LineWriter(errors, append=False) if errors else None, store, console)
    tally = Tally(len(inputs), quiet)
    try:
        with tally:
            results = convert(inputs, workers=workers, timeout=timeout, resume_from=out if resume else None,
                              engine="dask" if scheduler else engine.value, scheduler=scheduler,
                              ocr=ocr.value, parse_fn=parse_fn)
            for result in results:
                outputs.route(result)
                tally.add(result)
    finally:
        outputs.close()
    console.print(tally.summary(out), markup=False, highlight=False, soft_wrap=True)
    if tally.counts["failure"]:
        raise typer.Exit(EXIT_FAILURES)


def register(app: typer.Typer) -> None:
    """Add `convert` to the main `vbadmin` app."""
    app.command("convert")(convert_command)


def _standalone_app() -> typer.Typer:
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    register(app)

    @app.callback()
    def _group() -> None:
        """vbadmin batch commands."""

    return app


if __name__ == "__main__":
    _standalone_app()()
