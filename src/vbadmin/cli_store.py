"""Store commands for the `vbadmin` CLI: add, refs, followups, search, graph.

`register(app)` adds them to the main Typer app. Errors are one line on stderr, exit code 2.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from vbadmin.errors import VbadminError

if TYPE_CHECKING:
    from vbadmin.store import DocSummary, Store

EXIT_ERROR = 2

DbOption = Annotated[str, typer.Option("--db", help="SQLite file path or database URL")]
YearOption = Annotated[int | None, typer.Option("--year", help="The year, when the number repeats")]


class ListFormat(StrEnum):
    json = "json"
    table = "table"


class GraphFormat(StrEnum):
    graphml = "graphml"
    dot = "dot"


def _fail(message: str) -> NoReturn:
    typer.echo(f"vbadmin: {message}", err=True)
    raise typer.Exit(EXIT_ERROR)


@contextmanager
def _store(db: str) -> Iterator[Any]:
    """Open the store; any vbadmin error inside becomes one line and exit code 2."""
    from vbadmin.store import Store

    try:
        with Store(db) as store:
            yield store
    except VbadminError as error:
        _fail(f"{error.code}: {error}")


def _dump(value: object) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _row(*cells: object) -> str:
    return "  ".join(str(c) if c is not None else "-" for c in cells)


FilesArgument = Annotated[list[Path], typer.Argument(help="Letters to parse and store")]


def add(files: FilesArgument, db: DbOption) -> None:
    """Parse letters and store them (adding one again updates it)."""
    from vbadmin.parse import parse

    with _store(db) as store:
        for file in files:
            if not file.exists():
                _fail(f"{file}: no such file")
            try:
                doc = parse(file)
            except VbadminError as error:
                _fail(f"{file}: {error.code}: {error}")
            row_id = store.add(doc)
            typer.echo(f"{row_id}\t{doc.identifier or '-'}\t{doc.date or '-'}\t{file}")


def _stored(store: Store, identifier: str, year: int | None) -> DocSummary:
    """The stored letter's summary, or a one-line error when it is not in the store."""
    doc = store.get(identifier, year)
    if doc is None:
        _fail(f"{identifier}: not in the store")
    return store.summary(doc)


def refs(
    identifier: str, db: DbOption, year: YearOption = None, format: ListFormat = ListFormat.json
) -> None:
    """What a stored letter cites and which stored letters cite it."""
    with _store(db) as store:
        target = _stored(store, identifier, year)
        result: dict[str, Any] = {
            "document": asdict(target),
            "cites": [asdict(link) for link in store.cites(target.id)],
            "cited_by": [asdict(link) for link in store.cited_by(target.id)],
        }
    if format is ListFormat.json:
        _dump(result)
        return
    typer.echo(_row(target.identifier, target.date, target.doc_type, target.issuer))
    for direction in ("cites", "cited_by"):
        for link in result[direction]:
            typer.echo(_row(direction, link["identifier"], link["date"], link["status"]))


def followups(
    identifier: str, db: DbOption, year: YearOption = None, format: ListFormat = ListFormat.json
) -> None:
    """Who answered a letter, which of its points they addressed, who has not reported."""
    with _store(db) as store:
        result = store.followups(_stored(store, identifier, year).id)
    if format is ListFormat.json:
        _dump(result.to_dict())
        return
    for kind, docs in result.by_kind.items():
        for d in docs:
            typer.echo(_row(kind, d.identifier, d.date, d.issuer))
    for point in result.directives:
        answers = ", ".join(f"{p.document} {p.path} ({p.how} {p.score:.2f})" for p in point.addressed_by)
        typer.echo(_row(f"point {point.path}", answers or "not addressed"))
    for recipient in result.not_reported:
        typer.echo(_row("not reported", recipient))


def search(query: str, db: DbOption, limit: int = 20) -> None:
    """Letters whose subject or body contain every word (with or without diacritics)."""
    with _store(db) as store:
        for hit in store.search(query, limit):
            d = hit.document
            typer.echo(_row(d.identifier, d.date, d.doc_type, d.subject))


def graph(
    db: DbOption,
    out: Annotated[Path, typer.Option("--out", help="The file to write")],
    format: GraphFormat = GraphFormat.graphml,
) -> None:
    """Write the citation graph as GraphML or Graphviz DOT."""
    with _store(db) as store:
        written = store.export_graph(out, format.value)
    typer.echo(str(written))


COMMANDS: dict[str, Callable[..., None]] = {
    "add": add,
    "refs": refs,
    "followups": followups,
    "search": search,
    "graph": graph,
}


def register(app: typer.Typer) -> None:
    """Add the store commands to the main CLI."""
    for name, command in COMMANDS.items():
        app.command(name)(command)
