"""Signature block: authority (with prefix stack), position, signer's name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vbadmin import vocab
from vbadmin.extract.header import is_upper_line
from vbadmin.layout import Segment
from vbadmin.model import Signatory

# Lines that sit in the signature block but are not part of it.
_NOISE = re.compile(
    r"^\(?\s*(đã\s*ký|ký|ký tên|ký,|chữ ký|đóng dấu|ghi rõ)|^(ký bởi|cơ quan|thời gian ký|email|"
    r"e-mail|người ký)\b|@|^\W*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*\.?$")
_FLAT_STACK = re.compile(r"\s+[-–]\s+(?=[A-ZÀ-ỸĐ ]{3,}$)")


def is_person_name(text: str) -> bool:
    """ "Nguyễn Mạnh Hùng": 2–6 capitalised words, letters only."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(_NAME_WORD.match(w) for w in words) and not text.isupper()


@dataclass
class SignatureBlock:
    signatory: Signatory | None = None
    segments: list[Segment] = field(default_factory=list)


def read_signature(lines: list[Segment]) -> SignatureBlock:
    """Read authority lines, position lines and the name, top to bottom."""
    authority: list[str] = []
    prefixes: list[str] = []
    position: list[str] = []
    used: list[Segment] = []
    for segment in lines:
        text = segment.text.strip()
        if _NOISE.search(text):
            continue
        if is_person_name(text) and (authority or position):
            used.append(segment)
            return SignatureBlock(_signatory(authority, prefixes, position, text), used)
        if not is_upper_line(text):
            continue
        if position and not vocab.signatory_prefix(text):
            position.append(text)
        else:
            _add_title_line(text, authority, prefixes, position)
        used.append(segment)
    if authority or position:
        return SignatureBlock(_signatory(authority, prefixes, position, None), used)
    return SignatureBlock(None, [])


def _split_flat_stack(text: str) -> tuple[str, str]:
    """ "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH" (a flattened text layer) → authority, position."""
    match = _FLAT_STACK.search(text)
    if not match:
        return text, ""
    return text[: match.start()], text[match.end() :]


def _add_title_line(text: str, authority: list[str], prefixes: list[str], position: list[str]) -> None:
    head, tail = _split_flat_stack(text)
    found = vocab.signatory_prefix(head)
    if found:
        prefixes.append(found[0])
        authority.append(head)
        if tail:
            position.append(tail)
    elif authority and not position and vocab.starts_place_unit(text):
        authority[-1] = f"{authority[-1]} {text}"  # "TM. ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"
    else:
        position.append(text)


def _signatory(authority: list[str], prefixes: list[str], position: list[str], name: str | None) -> Signatory:
    return Signatory(
        authority="\n".join(authority) or None,
        position=" ".join(position) or None,
        name=name,
        prefix=prefixes[0] if prefixes else None,
        prefixes=prefixes,
    )
