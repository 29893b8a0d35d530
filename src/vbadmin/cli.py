"""The `vbadmin` command line. Errors are one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from vbadmin.errors import VbadminError
from vbadmin.model import Document, Reference

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

EXIT_INPUT = 2  # bad input: the user's file
EXIT_INTERNAL = 3  # a bug of ours: reported in one line too


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


class OcrChoice(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def fail(message: str, code: int = EXIT_INPUT) -> None:
    typer.echo(f"vbadmin: {message}", err=True)
    raise typer.Exit(code)


def _evidence_line(doc: Document, name: str) -> str:
    ev = doc.evidence.get(name)
    if ev is None:
        return ""
    where = f"p{ev.page}" if ev.page else ""
    if ev.box and ev.unit != "char":
        where += " [" + ", ".join(f"{v:.0f}" for v in ev.box) + f"] {ev.unit}"
    if ev.span:
        where += f" chars {ev.span[0]}–{ev.span[1]}"
    ocr = f" ocr {ev.ocr_confidence:.2f}" if ev.ocr_confidence is not None else ""
    return f"   ({ev.source} {where}{ocr}, confidence {ev.confidence:.2f})"


def render_text(doc: Document) -> str:
    """A readable summary with each field's provenance."""
    rows: list[tuple[str, str, object]] = [
        ("system", "system", doc.system),
        ("national_header", "header", doc.national_header),
        ("parent_issuer", "parent issuer", doc.parent_issuer),
        ("issuer", "issuer", doc.issuer),
        ("identifier", "identifier", doc.identifier),
        ("doc_type", "type", f"{doc.doc_type} ({doc.doc_type_code})" if doc.doc_type else None),
        ("place", "place", doc.place),
        ("date", "date", doc.date),
        ("subject", "subject", doc.subject),
        ("urgency", "urgency", doc.urgency),
        ("secrecy", "secrecy", doc.secrecy),
    ]
    out = [
        f"{label:>14}: {value}{_evidence_line(doc, name)}" for name, label, value in rows if value is not None
    ]
    if doc.recipients:
        out.append(f"{'recipients':>14}:{_evidence_line(doc, 'recipients')}")
        out += [f"{'':>16}- {r}" for r in doc.recipients]
    out.append(f"{'directives':>14}: {_count_directives(doc)} points")
    if doc.signatory:
        s = doc.signatory
        out.append(
            f"{'signatory':>14}: {(s.authority or '').replace(chr(10), ' / ')} | "
            f"{s.position} | {s.name}{_evidence_line(doc, 'signatory')}"
        )
    if doc.distribution:
        out.append(f"{'distribution':>14}:")
        out += [f"{'':>16}- {r}" for r in doc.distribution]
    for ref in doc.references:
        out.append(f"{'cites':>14}: {_citation(ref)}")
    for issue in doc.issues:
        out.append(f"{'issue':>14}: {issue.code} {issue.field or ''}: {issue.message}")
    return "\n".join(out)


def _citation(ref: Reference) -> str:
    """"Nghị quyết 44-NQ/TW 2023-11-24 — Bộ Chính trị"; a name that says its type is not
    preceded by it ("Nghị quyết Đại hội XIII của Đảng")."""
    cited = ref.identifier or ref.name or ""
    says_type = bool(ref.doc_type) and not ref.identifier and cited.startswith(ref.doc_type or "")
    head = "" if says_type or not ref.doc_type else f"{ref.doc_type} "
    return f"{head}{cited}{' ' + ref.date if ref.date else ''}{' — ' + ref.issuer if ref.issuer else ''}"


def _count_directives(doc: Document) -> int:
    stack = list(doc.directives)
    count = 0
    while stack:
        node = stack.pop()
        count += 1
        stack.extend(node.children)
    return count


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A letter: .txt, .pdf, image or .docx")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.json,
    ocr: Annotated[
        OcrChoice, typer.Option(help="OCR pages: auto (garbled or no text layer)")
    ] = OcrChoice.auto,
) -> None:
    """Parse one letter and print its record."""
    from vbadmin.parse import parse_file

    if not file.exists():
        fail(f"{file}: no such file")
    try:
        doc = parse_file(file, ocr=ocr.value)
    except VbadminError as error:
        fail(f"{file}: {error.code}: {error}")
        return
    if format is OutputFormat.json:
        typer.echo(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(doc))


def _register_subcommands() -> None:
    from vbadmin import cli_eval

    cli_eval.register(app)
    for module in ("vbadmin.cli_store", "vbadmin.cli_batch", "vbadmin.cli_train"):
        try:
            __import__(module, fromlist=["register"]).register(app)
        except ImportError:  # optional parts not installed
            continue


_register_subcommands()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("vbadmin: interrupted", err=True)
        sys.exit(130)
    except VbadminError as error:
        typer.echo(f"vbadmin: {error.code}: {error}", err=True)
        sys.exit(EXIT_INPUT)
    except Exception as error:  # noqa: BLE001 - the promise is one line, never a traceback
        typer.echo(f"vbadmin: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
