"""vbadmin: structured records from Vietnamese official letters."""

from vbadmin.errors import (
    EmptyInputError,
    EncodingError,
    EncryptedError,
    InputError,
    NotALetterError,
    StoreError,
    TooLargeError,
    UnreadableError,
    UnsupportedFormatError,
    VbadminError,
)
from vbadmin.model import Directive, Document, Evidence, Issue, Reference, Signatory

__all__ = [
    "Directive",
    "Document",
    "EmptyInputError",
    "EncodingError",
    "EncryptedError",
    "Evidence",
    "InputError",
    "Issue",
    "NotALetterError",
    "Reference",
    "Signatory",
    "StoreError",
    "TooLargeError",
    "UnreadableError",
    "UnsupportedFormatError",
    "VbadminError",
]

from vbadmin.evaluate import evaluate  # noqa: E402  (the function; the module stays importable)
from vbadmin.parse import parse, parse_pages, parse_text  # noqa: E402

__all__ += ["Store", "convert", "evaluate", "parse", "parse_pages", "parse_text"]


def __getattr__(name: str) -> object:
    """`vbadmin.Store` and `vbadmin.convert` load SQLAlchemy and the worker pool on first use."""
    if name == "Store":
        from vbadmin.store import Store

        return Store
    if name == "convert":
        from vbadmin.batch import convert

        return convert
    raise AttributeError(f"module 'vbadmin' has no attribute {name!r}")
