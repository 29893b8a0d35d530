"""The store: identity, links in any order, follow-ups, search, concurrency, bad files.

Runs on a SQLite file always and on PostgreSQL too when VBADMIN_TEST_PG_URL is set
(`export VBADMIN_TEST_PG_URL="$(bash scripts/start_postgres.sh)"`).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

import vbadmin
from vbadmin import resolve
from vbadmin.cli_store import register
from vbadmin.store import Store

DATA = Path(__file__).parent / "data" / "store"
REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs" / "text"
PG_URL = os.environ.get("VBADMIN_TEST_PG_URL")

CHAIN = [
    "01-tu-cv-318-2025.txt",  # Party dispatch: 4 points, 3 recipients
    "02-btg-bc-45.txt",  # report from Ban Tuyên giáo, points in the same order
    "03-duk-bc-112.txt",  # report from Đảng ủy Khối, points renumbered
    "04-tu-tb-27.txt",  # notice acknowledging both reports
    "05-tu-cv-402.txt",  # later dispatch citing the first
    "06-ubnd-cv-1520.txt",  # State công văn implementing the Party dispatch
]
OLD_318 = "07-tu-cv-318-2024.txt"  # same number, a year earlier


def letter(name: str) -> vbadmin.Document:
    return vbadmin.parse_text((DATA / name).read_text(encoding="utf-8"))


# --- backends ----------------------------------------------------------------------------------


def _fresh_pg_schema(url: str) -> str:
    """A private schema per test on the CI database, so tests never see each other's rows."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return schema


def _drop_pg_schema(url: str, schema: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # PostgreSQL cases exist only when CI provides a server; SQLite always runs.
    if "db_url" in metafunc.fixturenames:
        backends = ["sqlite"] + (["postgresql"] if PG_URL else [])
        metafunc.parametrize("backend", backends)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(tmp_path / "letters.db")
        return
    assert PG_URL
    schema = _fresh_pg_schema(PG_URL)
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    _drop_pg_schema(PG_URL, schema)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        yield opened


def links(store: Store) -> set[tuple[str, str, str]]:
    """(citing, cited, status) of every stored letter's numbered citations."""
    found = set()
    for name in CHAIN:
        doc = letter(name)
        for link in store.cites(doc):
            if link.document is not None or link.status != "unresolved":
                cited = link.document.identifier if link.document else link.identifier
                found.add((doc.identifier or "", cited or "", link.status))
    return found


EXPECTED_LINKS = {
    ("45-BC/BTGTU", "318-CV/TU", "resolved"),
    ("112-BC/ĐUK", "318-CV/TU", "resolved"),
    ("27-TB/TU", "45-BC/BTGTU", "resolved"),
    ("27-TB/TU", "112-BC/ĐUK", "resolved"),
    ("402-CV/TU", "318-CV/TU", "resolved"),
    ("1520/UBND-NC", "318-CV/TU", "resolved"),
}


# --- links, identity -----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_links_are_the_same_in_any_order(store: Store, seed: int) -> None:
    order = CHAIN[:]
    random.Random(seed).shuffle(order)
    if seed == 0:
        order.reverse()  # every citing letter before the one it cites
    for name in order:
        store.add(letter(name))
    assert links(store) == EXPECTED_LINKS
    cited_by = {link.identifier for link in store.cited_by("318-CV/TU")}
    assert cited_by == {"45-BC/BTGTU", "112-BC/ĐUK", "402-CV/TU", "1520/UBND-NC"}


def test_same_letter_twice_is_one_row(store: Store) -> None:
    first = store.add(letter(CHAIN[0]))
    again = store.add(letter(CHAIN[0]))
    reflowed = vbadmin.parse_text((DATA / CHAIN[0]).read_text(encoding="utf-8").replace("\n\n", "\n"))
    assert first == again == store.add(reflowed)
    assert store.count() == 1


def test_same_number_in_another_year_is_another_letter(store: Store) -> None:
    for name in CHAIN:
        store.add(letter(name))
    store.add(letter(OLD_318))
    assert store.count() == len(CHAIN) + 1
    assert store.get("318-CV/TU", 2024).date == "2024-02-14"  # type: ignore[union-attr]
    assert store.get("318 - CV/TU", 2025).date == "2025-03-05"  # type: ignore[union-attr]
    with pytest.raises(vbadmin.StoreError, match="give the year"):
        store.get("318-CV/TU")
    # Citations that print the date still pick the 2025 letter.
    cited = {link.identifier: link for link in store.cites(letter("02-btg-bc-45.txt"))}
    assert cited["318-CV/TU"].status == "resolved" and cited["318-CV/TU"].document.date == "2025-03-05"  # type: ignore[union-attr]


def test_undated_citation_with_two_candidates_is_ambiguous(store: Store) -> None:
    store.add(letter(CHAIN[0]))
    store.add(letter(OLD_318))
    doc = letter("05-tu-cv-402.txt")
    doc.references = [r.model_copy(update={"date": None}) for r in doc.references]
    store.add(doc)
    [link] = store.cites(doc)
    assert (link.status, link.document) == ("ambiguous", None)


def test_subject_citation_takes_the_body_date(store: Store) -> None:
    store.add(letter(CHAIN[0]))
    store.add(letter(OLD_318))
    doc = letter("05-tu-cv-402.txt")
    store.add(doc)
    assert [link.status for link in store.cites(doc)] == ["resolved"]


def test_unresolved_reference_resolves_when_the_cited_letter_arrives(store: Store) -> None:
    report = letter("02-btg-bc-45.txt")
    store.add(report)
    assert [link.status for link in store.cites(report)] == ["unresolved"]
    store.add(letter(CHAIN[0]))
    assert [link.status for link in store.cites(report)] == ["resolved"]


# --- follow-ups ----------------------------------------------------------------------------------


def test_followups_group_match_points_and_list_missing_reports(store: Store) -> None:
    for name in CHAIN:
        store.add(letter(name))
    result = store.followups("318-CV/TU")
    kinds = {kind: sorted(d.identifier or "" for d in docs) for kind, docs in result.by_kind.items()}
    assert kinds == {"report": ["112-BC/ĐUK", "45-BC/BTGTU"], "dispatch": ["1520/UBND-NC", "402-CV/TU"]}
    assert len(result.by_issuer) == 4
    matrix = {p.path: {(a.document, a.path) for a in p.addressed_by} for p in result.directives}
    assert matrix == GOLD_MATRIX
    assert result.not_reported == ["Ban Dân vận Tỉnh ủy"]
    assert set(result.reported) == {"Ban Tuyên giáo Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh"}


# Which follow-up point answers which point of 318-CV/TU, read by hand.
GOLD_MATRIX = {
    "1": {("45-BC/BTGTU", "1"), ("112-BC/ĐUK", "2"), ("1520/UBND-NC", "1")},
    "2": {("45-BC/BTGTU", "2"), ("112-BC/ĐUK", "1")},
    "3": {("112-BC/ĐUK", "3"), ("1520/UBND-NC", "2")},
    "4": {("112-BC/ĐUK", "4")},
}


def measure(label_threshold: float, similar_threshold: float) -> tuple[float, float]:
    """Precision and recall of `resolve.match_passages` against GOLD_MATRIX."""
    cited = letter(CHAIN[0])
    directives = [(d.label, d.text) for d in cited.directives]
    predicted, gold = set(), {(p, *a) for p, answers in GOLD_MATRIX.items() for a in answers}
    for name in ("02-btg-bc-45.txt", "03-duk-bc-112.txt", "05-tu-cv-402.txt", "06-ubnd-cv-1520.txt"):
        doc = letter(name)
        passages = [(d.label, d.text) for d in doc.directives] or [("", doc.text)]
        for m in resolve.match_passages(directives, passages, label_threshold, similar_threshold):
            predicted.add((directives[m.directive][0], doc.identifier, passages[m.passage][0]))
    hits = len(predicted & gold)
    return (hits / len(predicted) if predicted else 1.0), hits / len(gold)


def test_passage_matching_precision_and_recall() -> None:
    precision, recall = measure(resolve.LABEL_THRESHOLD, resolve.SIMILAR_THRESHOLD)
    assert (precision, recall) == (1.0, 1.0)
    label_only = measure(0.0, 2.0)  # any point with the same number
    assert label_only[0] < 1.0  # renumbered reports defeat numbering alone


def test_recipient_matching() -> None:
    assert resolve.same_body("Ban Tuyên giáo Tỉnh ủy", "BAN TUYÊN GIÁO")
    assert resolve.same_body("Đảng ủy Khối các cơ quan tỉnh", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")
    assert not resolve.same_body("Ban Dân vận Tỉnh ủy", "TỈNH ỦY BÌNH ĐỊNH")
    assert not resolve.same_body("Ban Dân vận Tỉnh ủy", "BAN TUYÊN GIÁO")


# --- search --------------------------------------------------------------------------------------


def test_search_folds_tone_placement_and_diacritics(store: Store) -> None:
    for name in CHAIN:
        store.add(letter(name))
    found = [{hit.document.identifier for hit in store.search(q)} for q in ("hoà giải", "hòa giải", "hoa giai")]
    assert found[0] == found[1] == found[2]
    assert {"318-CV/TU", "112-BC/ĐUK", "1520/UBND-NC"} <= found[0]  # "hoà" in 318, "hòa" in the others
    assert store.search('giai" OR "x') == store.search("giai x")  # quotes are words, not syntax
    assert store.search("   ") == []


# --- robustness ----------------------------------------------------------------------------------


def _add_in_process(args: tuple[str, list[str]]) -> int:
    url, names = args
    with Store(url) as store:
        return len([store.add(letter(name)) for name in names])


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    url = str(tmp_path / "shared.db")
    names = [*CHAIN, OLD_318]
    variants = [(url, names[i::4]) for i in range(4)]
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert sum(pool.map(_add_in_process, variants)) == len(names)
    with Store(url) as store:
        assert store.count() == len(names)
        assert {link.identifier for link in store.cited_by("45-BC/BTGTU")} == {"27-TB/TU"}


@pytest.mark.parametrize(
    "content", [b"this is not a database\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000], ids=["text", "torn"]
)
def test_garbage_file_is_a_store_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(content)
    with pytest.raises(vbadmin.StoreError):
        Store(path)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER)"))
    engine.dispose()
    with pytest.raises(vbadmin.StoreError, match="not a vbadmin store"):
        Store(path)


def test_graph_exports(store: Store, tmp_path: Path) -> None:
    for name in CHAIN:
        store.add(letter(name))
    graphml = store.export_graph(tmp_path / "g.graphml").read_text(encoding="utf-8")
    dot = store.export_graph(tmp_path / "g.dot", format="dot").read_text(encoding="utf-8")
    assert graphml.count("<edge ") == dot.count(" -> ") >= len(EXPECTED_LINKS)
    assert "318-CV/TU" in graphml and '"112-BC/ĐUK\\n2025-04-22"' in dot


# --- CLI -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    register(app)
    return app


def test_cli_add_refs_followups_search_graph(cli: typer.Typer, tmp_path: Path) -> None:
    runner, db = CliRunner(), str(tmp_path / "cli.db")
    added = runner.invoke(cli, ["add", *(str(DATA / n) for n in CHAIN), "--db", db])
    assert added.exit_code == 0, added.output
    refs = json.loads(runner.invoke(cli, ["refs", "318-CV/TU", "--db", db]).stdout)
    assert set(refs) == {"document", "cites", "cited_by"}
    assert {(i["identifier"], i["date"]) for i in refs["cited_by"]} >= {("45-BC/BTGTU", "2025-04-20")}
    follow = json.loads(runner.invoke(cli, ["followups", "318-CV/TU", "--db", db]).stdout)
    assert follow["not_reported"] == ["Ban Dân vận Tỉnh ủy"]
    assert "318-CV/TU" in runner.invoke(cli, ["search", "hoa giai", "--db", db]).stdout
    graph = runner.invoke(cli, ["graph", "--db", db, "--out", str(tmp_path / "g.dot"), "--format", "dot"])
    assert graph.exit_code == 0 and (tmp_path / "g.dot").exists()


def test_cli_errors_are_one_line_exit_2(cli: typer.Typer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 100)
    runner = CliRunner()
    for args in (["search", "x", "--db", str(bad)], ["refs", "1-CV/TU", "--db", str(tmp_path / "empty.db")]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


# --- real letters --------------------------------------------------------------------------------

REAL_CHAINS = [
    ("tvpl_byt_6087-BYT-KCB_2013_congvan.txt", "tvpl_byt_384-BYT-KCB_2014_congvan.txt"),
    ("tvpl_byt_627-BYT-BH_2021_congvan.txt", "tvpl_bhxh_296-BHXH-CSYT_2021_congvan.txt"),
    ("bxd_1074-QD-BXD_2026_quyetdinh_pdftotext.txt", "laocai_7432-UBND-XD_2026_congvan_pdftotext.txt"),
]


def real(name: str) -> vbadmin.Document:
    path = REAL / name
    if not path.exists():
        pytest.fail(f"{path} is missing: CI provides ../shared beside the checkout")
    return vbadmin.parse_text(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("cited", "citing"), REAL_CHAINS, ids=lambda n: n.split("_")[1])
def test_real_citation_pairs_link(store: Store, cited: str, citing: str) -> None:
    for doc in (real(citing), real(cited)):  # the citing letter first: resolved on arrival of the other
        store.add(doc)
    cited_doc = real(cited)
    assert {link.identifier for link in store.cited_by(cited_doc)} == {real(citing).identifier}


KH_1105 = "laocai-sct-dkt_1105-KH-DKT_2026_kehoach_transcript.txt"
TB_1894 = "laocai-sct_1894-TB-SCT_2026_thongbao_transcript.txt"
QD_1050 = "laocai-sct_1050-QD-SCT_2026_quyetdinh_transcript.txt"


def test_real_chain_1050_1105_1894(store: Store) -> None:
    for name in (TB_1894, KH_1105, QD_1050):
        store.add(real(name))
    assert {link.identifier for link in store.cited_by(real(QD_1050))} == {"1105/KH-ĐKT", "1894/TB-SCT"}


def test_real_chain_1894_cites_1105() -> None:
    assert "1105/KH-ĐKT" in {r.identifier for r in real(TB_1894).references}


def test_two_citations_on_one_line() -> None:
    body = (DATA / "04-tu-tb-27.txt").read_text(encoding="utf-8").replace("Tỉnh ủy\nvà Báo cáo", "Tỉnh ủy và Báo cáo")
    assert len(vbadmin.parse_text(body).references) == 2
