"""Letters that look like what a rule repairs, and are not: a review of the rules of stop 22
built each from a real letter's form (tests/data/lookalikes/). Each must read as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from vbadmin import parse_text
from vbadmin.model import Document

DATA = Path(__file__).parent / "data" / "lookalikes"


def _labels(doc: Document) -> list[str]:
    return [d.label for d in doc.directives]


CASES = [
    # "- Nơi nhận phiếu: …" in the body is no footer: the body on page 2 stays the body
    ("tb_noinhan_body", lambda d: (d.distribution, _labels(d)[-1]),
     (["UBND tỉnh (b/c)", "Cổng TTĐT Sở", "Lưu: VT, CCVC"], "5")),
    # a Quy chế attached after the signature gives no co-signer, nor its title to the signer's
    ("qd_quyche", lambda d: (d.co_signatories, d.signatory.position, d.signatory.name),
     ([], "CHỦ TỊCH", "Nguyễn Tuấn Anh")),
    ("qd_quyche_noname", lambda d: (d.co_signatories, d.signatory.position, d.signatory.name),
     ([], "CHỦ TỊCH", None)),
    # a sentence ended at the margin after an indented first line: the next paragraph is its own
    ("tab_indent", lambda d: d.closing, ["Ủy ban nhân dân tỉnh yêu cầu các đơn vị nghiêm túc thực hiện./."]),
    # a justified line stretched by a break is no table's row
    ("stretched", lambda d: (_labels(d), d.directives[0].text.endswith("Tết Nguyên đán Bính Ngọ năm 2026.")),
     (["1", "2"], True)),
    # a heading set in after a table is no cell's wrap
    ("table_then_heading", lambda d: (_labels(d), d.directives[1].text.split(" Sở")[0]),
     (["1", "2"], "Tổ chức thực hiện")),
    # "XÃ GIAO MINH": a commune whose name makes a word with XÃ ("xã giao") is still a place
    ("web_giaominh", lambda d: (d.parent_issuer, d.issuer), ("UBND XÃ GIAO MINH", "TRƯỜNG MẦM NON GIAO MINH")),
    # a centred subject's second line is no paragraph after it
    ("qd_subject", lambda d: d.subject, "thành lập Hội đồng thẩm định bảng giá đất tỉnh Lào Cai năm 2026"),
    # "thông báo cho các hộ dân được biết để …", "kính trình … phê duyệt" inside a point: no closing
    ("thongbao_biet", lambda d: d.closing, []),
    ("kinhtrinh", lambda d: d.closing, []),
    # a contact row on the date line's row in a firm's header is no page furniture
    ("contact_hdr", lambda d: (str(d.date), d.place), ("2026-03-12", "Lào Cai")),
    # "Số: 12      / UBND-VP": the number and its symbol set apart
    ("num_slash_gap", lambda d: d.identifier, "12/UBND-VP"),
]


@pytest.mark.parametrize(("name", "read", "expected"), CASES, ids=[case[0] for case in CASES])
def test_a_lookalike_reads_as_printed(name, read, expected) -> None:
    doc = parse_text((DATA / f"{name}.txt").read_text(encoding="utf-8"))
    assert read(doc) == expected
