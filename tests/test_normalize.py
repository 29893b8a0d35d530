"""normalize.edit_distance (bit-parallel) against the textbook dynamic programme."""

from __future__ import annotations

import random

import pytest

from vbadmin.normalize import edit_distance, is_vietnamese_word


def _table_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("conghoaxahoichunghiavietnam", "conghoaxahoichunghiavietnam", 0),
        ("conghoaxahoichunghiavietnam", "cönghoaxahoichunghiaxietnarn", 4),
        ("ỦV BAN NHÂN", "ỦY BAN NHÂN", 1),
    ],
)
def test_edit_distance_examples(a: str, b: str, expected: int) -> None:
    assert edit_distance(a, b) == expected


def test_edit_distance_matches_the_table_on_random_strings() -> None:
    rng = random.Random(7)
    alphabet = "abcđộ -\n"
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert edit_distance(a, b) == _table_distance(a, b), (a, b)
    for _ in range(20):  # longer than a machine word: the bit vectors are big integers
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(70, 200)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(70, 200)))
        assert edit_distance(a, b) == _table_distance(a, b)


@pytest.mark.parametrize(("word", "vietnamese"), [
    ("Sơn", True), ("Nguyễn", True), ("ĐỖ", True), ("Trường", True), ("quỳnh", True),
    ("Hmông", True), ("Phan", True), ("Jrai", True),  # f j w z: loan words and minorities' names
    ("Ŏ", True), ("Ŭn", True),  # Ê-đê letters
    ("Äơn", False), ("Øst", False), ("façade", False), ("Ñam", False),  # marks of other languages
    ("Sơn2", False), ("Sơn.", False), ("", False),
])
def test_vietnamese_letters(word: str, vietnamese: bool) -> None:
    assert is_vietnamese_word(word) is vietnamese


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cyrillic twins of Latin capitals typed into codes: read as Latin
        ("ВСТ-ВТC-VKSNDTC-TANDTC", "BCT-BTC-VKSNDTC-TANDTC"),
        ("Lưu: VT (BCA, BYТ, ВСТ), C04-ВСА.", "Lưu: VT (BCA, BYT, BCT), C04-BCA."),
        # a word with a Cyrillic letter that has no Latin twin is left as it is
        ("Москва", "Москва"),
        ("UBND 7ӌ1+ LÀO CAI", "UBND 7ӌ1+ LÀO CAI"),
        ("Số: 24/HDLN", "Số: 24/HDLN"),
    ],
)
def test_cyrillic_twins_of_latin_letters_are_read_as_latin(text: str, expected: str) -> None:
    from vbadmin.normalize import clean_text

    assert clean_text(text) == expected
