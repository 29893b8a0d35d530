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

from vbadmin.parse import parse, parse_pages, parse_text  # noqa: E402

__all__ += ["parse", "parse_pages", "parse_text"]
