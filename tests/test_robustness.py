"""parse_text never raises anything but vbadmin's own errors; bad input gets typed errors (issue #2)."""

import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vbadmin
from vbadmin.errors import EmptyInputError, InputError, NotALetterError, TooLargeError, VbadminError
from vbadmin.parse import parse_text

LETTER_BITS = [
    "UBND TỈNH NAM ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/QĐ-UBND", "Số 45-CV/TU", "Nam Định, ngày 05 tháng 3 năm 2026", "QUYẾT ĐỊNH",
    "V/v tăng cường", "Kính gửi:", "- Sở Tài chính;", "1. Nội dung", "a) Điểm", "Điều 1. Ban hành",
    "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Nguyễn Văn An",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;", "\t", "   ", "\n\n", "./.",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LETTER_BITS), st.text(max_size=40)), max_size=40))
def test_parse_text_raises_only_library_errors(parts):
    text = "\n".join(parts)
    try:
        doc = parse_text(text)
    except VbadminError:
        return
    assert isinstance(doc, vbadmin.Document)
    for ref in doc.references:
        assert doc.text[ref.span[0] : ref.span[1]] == ref.text


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", EmptyInputError),
        ("   \n\t  \n", EmptyInputError),
        ("Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.", NotALetterError),
        ("The quick brown fox jumps over the lazy dog.\n" * 20, NotALetterError),
        ("\x00\x01\x02binary", InputError),
    ],
)
def test_bad_text_gets_a_typed_error(text, error):
    with pytest.raises(error):
        parse_text(text)


def test_no_page_files_get_a_typed_error():
    from vbadmin.parse import parse_files

    with pytest.raises(EmptyInputError):
        parse_files([])


def test_fifty_megabytes_is_refused_quickly():
    started = time.perf_counter()
    with pytest.raises(TooLargeError):
        parse_text("Số: 1/UBND-VP\n" * 4_000_000)
    assert time.perf_counter() - started < 5


def test_one_megabyte_letter_parses(shared):
    seed = (shared / "seed" / "1272-CV-TU.txt").read_text(encoding="utf-8")
    filler = "\n\n".join(["Tiếp tục triển khai thực hiện nghiêm túc các nhiệm vụ đã đề ra."] * 15000)
    doc = parse_text(seed.replace("Các cấp ủy, tổ chức đảng", filler + "\n\nCác cấp ủy, tổ chức đảng"))
    assert doc.identifier == "1272-CV/TU"
    assert doc.signatory is not None and doc.signatory.name == "Nguyễn Mạnh Hùng"


def _cli(*args, input_bytes=None):
    return subprocess.run([sys.executable, "-m", "vbadmin.cli", *args], capture_output=True, timeout=120)


def test_cli_parse_json_and_text(shared):
    path = shared / "seed" / "1272-CV-TU.txt"
    result = _cli("parse", str(path))
    assert result.returncode == 0, result.stderr
    assert b'"identifier": "1272-CV/TU"' in result.stdout
    result = _cli("parse", str(path), "--format", "text")
    assert result.returncode == 0
    assert "1272-CV/TU" in result.stdout.decode() and "Nguyễn Mạnh Hùng" in result.stdout.decode()
    # a cited resolution named by its type is not preceded by it once more
    assert "cites: Nghị quyết Đại hội XIII của Đảng" in result.stdout.decode()


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "EMPTY_INPUT"), (b"\xff\xfe\x00\x00garbage\x00\x9f" * 50, ""), (b"Hello world, not a letter.\n", "NOT_A_LETTER")],
)
def test_cli_bad_files_give_one_line_and_nonzero_exit(tmp_path, content, code):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = _cli("parse", str(path))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vbadmin: ")
    assert code in lines[0]
    assert b"Traceback" not in result.stderr


def test_cli_missing_file(tmp_path):
    result = _cli("parse", str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and b"no such file" in result.stderr
