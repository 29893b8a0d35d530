"""One small exception hierarchy. Every failure the library raises on purpose is one of these."""

from __future__ import annotations


class VbadminError(Exception):
    """Base of every error vbadmin raises on purpose. `code` is stable and machine-readable."""

    code = "VBADMIN_ERROR"


class InputError(VbadminError):
    """The input cannot be read as a letter at all (empty, binary, wrong encoding, too big)."""

    code = "BAD_INPUT"


class EmptyInputError(InputError):
    code = "EMPTY_INPUT"


class EncodingError(InputError):
    code = "NOT_UTF8"


class TooLargeError(InputError):
    code = "TOO_LARGE"


class UnsupportedFormatError(InputError):
    code = "UNSUPPORTED_FORMAT"


class NotALetterError(InputError):
    """The input is readable but has none of the components of an official letter."""

    code = "NOT_A_LETTER"


class UnreadableError(VbadminError):
    """The file is of a known kind but broken: corrupt, encrypted, an image bomb."""

    code = "UNREADABLE"


class EncryptedError(UnreadableError):
    code = "ENCRYPTED"


class StoreError(VbadminError):
    code = "STORE_ERROR"
