"""Bulk conversion on real files: one outcome per input, whatever breaks, and resume after a kill."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from vbadmin.batch import BatchError, ConversionResult, convert, discover
from vbadmin.parse import parse_file

HERE = Path(__file__).resolve().parent
HOOKS = "test_batch"  # this module, importable in the workers (its folder is on sys.path)

ISSUERS = [
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "UBND-VP", "Quảng Trị", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    ("BỘ CÔNG THƯƠNG", "BCT-ATMT", "Hà Nội", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "UBND-TH", "Lào Cai", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
    ("SỞ Y TẾ TỈNH ĐẮK LẮK", "SYT-NVY", "Đắk Lắk", "GIÁM ĐỐC"),
]
SUBJECTS = ["tăng cường phòng, chống dịch bệnh", "báo cáo kết quả thực hiện nhiệm vụ năm 2024",
            "triển khai chuyển đổi số trong cơ quan", "kiểm tra an toàn thực phẩm dịp Tết"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Minh Dũng"]


def letter(n: int) -> str:
    """A short State công văn; n varies its number, date, issuer and body."""
    issuer, symbol, place, authority = ISSUERS[n % len(ISSUERS)]
    return f"""{issuer}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: {100 + n}/{symbol}
{place}, ngày {1 + n % 28} tháng {1 + n % 12} năm 2024

V/v {SUBJECTS[n % len(SUBJECTS)]}

Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các huyện, thị xã, thành phố.

Để thực hiện tốt nhiệm vụ được giao (văn bản {n}), yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:

1. Tổ chức quán triệt, triển khai thực hiện nghiêm túc, hiệu quả.

2. Báo cáo kết quả thực hiện trước ngày {1 + n % 28} tháng 12 năm 2024.

{authority}


{NAMES[n % len(NAMES)]}

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


# --- hooks run inside the workers (by dotted path) --------------------------------------------

def hang_or_parse(path: Path, ocr: str = "auto") -> object:
    if "hang" in path.name:
        time.sleep(3600)
    return parse_file(path, ocr=ocr)  # type: ignore[arg-type]


def crash_or_parse(path: Path, ocr: str = "auto") -> object:
    if "crash" in path.name:
        os._exit(3)
    return parse_file(path, ocr=ocr)  # type: ignore[arg-type]


def delete_victim_then_parse(path: Path, ocr: str = "auto") -> object:
    """The first file removes a later one: it vanishes after discovery, before its turn."""
    victim = path.parent / "z_victim.txt"
    if path.name.startswith("a_") and victim.exists():
        victim.unlink()
    return parse_file(path, ocr=ocr)  # type: ignore[arg-type]


def slow_parse(path: Path, ocr: str = "auto") -> object:
    time.sleep(0.1)  # wide enough a window to kill the run half-way
    return parse_file(path, ocr=ocr)  # type: ignore[arg-type]


# --- fixtures ------------------------------------------------------------------------------------

def _write_letters(folder: Path, count: int, first: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(first, first + count):
        path = folder / f"letter-{n:03d}.txt"
        path.write_text(letter(n), encoding="utf-8")
        paths.append(path)
    return paths


def _encrypted_pdf(folder: Path) -> Path:
    import pypdfium2 as pdfium

    plain, locked = folder / "plain.tmp", folder / "locked.pdf"
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(200, 200)
    pdf.save(plain)
    subprocess.run(["qpdf", "--encrypt", "u", "o", "256", "--", str(plain), str(locked)], check=True)
    plain.unlink()
    return locked


@pytest.fixture
def mixed(tmp_path: Path, shared: Path) -> tuple[Path, dict[str, tuple[str, set[str]]]]:
    """A folder of good and bad inputs → expected (status, allowed codes) by file name."""
    root = tmp_path / "inbox"
    nested = root / "2024" / "thang-11"
    nested.mkdir(parents=True)
    (root / "1272-CV-TU.txt").write_bytes((shared / "seed" / "1272-CV-TU.txt").read_bytes())
    _write_letters(root, 2)
    (nested / "letter-009.TXT").write_text(letter(9), encoding="utf-8")  # suffix case does not matter
    (nested / "letter-010.txt").write_text(letter(10), encoding="utf-8")
    rng = random.Random(6)
    (root / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + rng.randbytes(2000))
    _encrypted_pdf(root)
    (root / "empty.txt").write_bytes(b"")
    Image.frombytes("L", (160, 120), rng.randbytes(160 * 120)).save(nested / "noise.png")
    (root / "notes.md").write_text("not an input")  # unknown suffix inside a folder: not discovered
    os.symlink(root, nested / "loop")  # a symlink loop must not make discovery run forever
    good = {"1272-CV-TU.txt", "letter-000.txt", "letter-001.txt", "letter-009.TXT", "letter-010.txt"}
    expected = {name: ("success", set()) for name in good}
    expected.update({
        "corrupt.pdf": ("failure", {"UNREADABLE"}),
        "locked.pdf": ("failure", {"ENCRYPTED"}),
        "empty.txt": ("failure", {"EMPTY_INPUT"}),
        "noise.png": ("failure", {"EMPTY_INPUT", "NOT_A_LETTER"}),
    })
    return root, expected


def _by_name(results: list[ConversionResult]) -> dict[str, ConversionResult]:
    names = [r.path.name for r in results]
    assert len(names) == len(set(names)), f"more than one outcome for an input: {names}"
    return {r.path.name: r for r in results}


# --- tests ---------------------------------------------------------------------------------------

def test_discovery_is_recursive_sorted_and_survives_a_symlink_loop(mixed: tuple[Path, dict]) -> None:
    root, expected = mixed
    found = discover([root])
    assert sorted(p.name for p in found) == sorted(expected)
    assert found == sorted(found, key=str)
    assert discover([root, root / "2024"]) == found  # each real file once


def test_every_input_gets_exactly_one_right_outcome(mixed: tuple[Path, dict]) -> None:
    root, expected = mixed
    results = _by_name(list(convert([root], workers=2, timeout=60)))
    assert set(results) == set(expected)
    for name, (status, codes) in expected.items():
        result = results[name]
        assert result.status == status, (name, result.errors)
        if status == "failure":
            assert result.document is None and result.code in codes, (name, result.errors)
        else:
            assert result.document is not None and result.document.identifier and result.pages == 1
            assert result.sha256 == result.document.source.sha256
    assert results["1272-CV-TU.txt"].document.identifier == "1272-CV/TU"  # type: ignore[union-attr]


def test_a_file_deleted_after_discovery_is_file_missing(tmp_path: Path) -> None:
    (tmp_path / "a_first.txt").write_text(letter(1), encoding="utf-8")
    (tmp_path / "z_victim.txt").write_text(letter(2), encoding="utf-8")
    results = _by_name(list(convert([tmp_path], workers=1, parse_fn=f"{HOOKS}.delete_victim_then_parse")))
    assert results["a_first.txt"].status == "success"
    assert (results["z_victim.txt"].status, results["z_victim.txt"].code) == ("failure", "FILE_MISSING")


def test_a_hanging_file_times_out_and_the_batch_goes_on(tmp_path: Path) -> None:
    _write_letters(tmp_path, 5)
    (tmp_path / "hang.txt").write_text(letter(7), encoding="utf-8")
    start = time.monotonic()
    results = _by_name(list(convert([tmp_path], workers=2, timeout=2, parse_fn=f"{HOOKS}.hang_or_parse")))
    assert time.monotonic() - start < 30
    assert (results["hang.txt"].status, results["hang.txt"].code) == ("failure", "TIMEOUT")
    assert [r.status for n, r in results.items() if n != "hang.txt"] == ["success"] * 5


def test_a_crashing_worker_is_replaced(tmp_path: Path) -> None:
    _write_letters(tmp_path, 5)
    (tmp_path / "crash.txt").write_text(letter(7), encoding="utf-8")
    results = _by_name(list(convert([tmp_path], workers=2, parse_fn=f"{HOOKS}.crash_or_parse")))
    assert (results["crash.txt"].status, results["crash.txt"].code) == ("failure", "WORKER_CRASHED")
    assert [r.status for n, r in results.items() if n != "crash.txt"] == ["success"] * 5


def test_raise_on_error_raises_the_first_failure(tmp_path: Path) -> None:
    _write_letters(tmp_path, 2)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(BatchError) as caught:
        list(convert([tmp_path], workers=1, raise_on_error=True))
    assert caught.value.code == "EMPTY_INPUT"


def test_a_missing_explicit_path_is_one_failure(tmp_path: Path) -> None:
    results = list(convert([tmp_path / "nowhere.pdf"], workers=1))
    assert [(r.status, r.code) for r in results] == [("failure", "FILE_MISSING")]


def test_dask_gives_the_same_records_as_local(tmp_path: Path) -> None:
    _write_letters(tmp_path, 6)
    (tmp_path / "empty.txt").write_bytes(b"")

    def summary(results: list[ConversionResult]) -> dict[str, tuple[str, str | None, str | None]]:
        return {r.path.name: (r.status, r.code, r.document.identifier if r.document else None) for r in results}

    local = summary(list(convert([tmp_path], workers=2)))
    dask = summary(list(convert([tmp_path], engine="dask", timeout=60)))
    assert dask == local and len(local) == 7


# --- the command line ------------------------------------------------------------------------------

def _cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "vbadmin.cli_batch", "convert", *map(str, args)]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}


def _records(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def _kill_when_lines(process: subprocess.Popen[bytes], out: Path, lines: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            os.killpg(process.pid, signal.SIGKILL)  # the whole run: parent and its workers
            break
        time.sleep(0.02)
    process.wait(timeout=30)


def test_killed_run_resumes_to_the_same_records(tmp_path: Path) -> None:
    letters = _write_letters(tmp_path / "in", 30)
    whole, part, errors = tmp_path / "whole.jsonl", tmp_path / "part.jsonl", tmp_path / "errors.jsonl"
    subprocess.run(_cli(tmp_path / "in", "--out", whole, "--workers", "2", "--quiet"), env=_env(), check=True)

    slow = ["--parse-fn", f"{HOOKS}.slow_parse"]
    run = subprocess.Popen(_cli(tmp_path / "in", "--out", part, "--workers", "2", "--quiet", *slow),
                           env=_env(), start_new_session=True, stderr=subprocess.DEVNULL)
    _kill_when_lines(run, part, 5)
    assert run.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    killed_at = len(_records(part))
    assert 5 <= killed_at < 30
    with part.open("ab") as handle:
        handle.write(b'{"path": "torn", "sha256": "dead')  # a line a kill cut in half

    refused = subprocess.run(_cli(tmp_path / "in", "--out", part), env=_env(), capture_output=True)
    assert refused.returncode == 2 and b"--resume" in refused.stderr
    subprocess.run(_cli(tmp_path / "in", "--out", part, "--workers", "2", "--resume", "--errors", errors),
                   env=_env(), check=True, capture_output=True)

    resumed, complete = _records(part), _records(whole)
    hashes = [r["sha256"] for r in resumed]
    assert len(hashes) == len(set(hashes)) == len(letters)
    assert set(hashes) == {r["sha256"] for r in complete}
    assert {r["document"]["identifier"] for r in resumed} == {r["document"]["identifier"] for r in complete}
    assert errors.read_text() == ""  # successes never go to the errors file


def test_cli_writes_records_errors_and_the_store(mixed: tuple[Path, dict], tmp_path: Path) -> None:
    from vbadmin.store import Store

    root, expected = mixed
    out, errors, db = tmp_path / "out.jsonl", tmp_path / "errors.jsonl", tmp_path / "letters.db"
    done = subprocess.run(_cli(root, "--out", out, "--errors", errors, "--workers", "2", "--db", f"sqlite:///{db}"),
                          env=_env(), capture_output=True, text=True)
    assert done.returncode == 1  # finished, with failures
    assert "5 success" in done.stderr and "4 failure" in done.stderr
    failed = {Path(e["path"]).name: e["code"] for e in _records(errors)}
    assert failed.keys() == {n for n, (status, _) in expected.items() if status == "failure"}
    assert all(failed[n] in expected[n][1] for n in failed)
    assert {Path(r["path"]).name for r in _records(out)} == {n for n, (s, _) in expected.items() if s == "success"}
    with Store(f"sqlite:///{db}") as store:
        assert store.count() == 5


def test_dask_applies_the_timeout(tmp_path: Path) -> None:
    _write_letters(tmp_path, 3)
    (tmp_path / "hang.txt").write_text(letter(7), encoding="utf-8")
    # a worker's first letter pays for its imports: on a loaded machine more than 2 s (a letter
    # timed out at stop 30 while the accuracy report ran beside the tests)
    results = _by_name(list(convert([tmp_path], engine="dask", timeout=8, parse_fn=f"{HOOKS}.hang_or_parse")))
    assert (results["hang.txt"].status, results["hang.txt"].code) == ("failure", "TIMEOUT")
    assert [r.status for n, r in results.items() if n != "hang.txt"] == ["success"] * 3
