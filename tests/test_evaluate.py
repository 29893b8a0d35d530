"""Known answers for the scorer itself (issue #4)."""

import pytest

from vbadmin.evaluate import char_error_rate, evaluate, norm, score_document

GOLD = {
    "identifier": "1272-CV/TU",
    "issuer": "TỈNH ỦY TÂY NINH",
    "date": "2024-11-22",
    "subject": "tăng cường lãnh đạo",
    "signatory": {"authority": "T/M BAN THƯỜNG VỤ", "position": "PHÓ BÍ THƯ", "name": "Nguyễn Mạnh Hùng"},
    "recipients": ["A", "B", "C", "D"],
    "directives": [{"label": "1", "text": "Một", "children": [{"label": "a", "text": "Điểm a"}]}],
    "references": [{"identifier": "30/2020/NĐ-CP"}, {"identifier": None, "name": "Nghị quyết Đại hội XIII của Đảng"}],
}


def test_a_perfect_prediction_scores_one():
    report = evaluate([GOLD], [GOLD])
    overall = report.overall()
    assert (overall["field_accuracy"], overall["micro_f1"], overall["all_correct_rate"]) == (1.0, 1.0, 1.0)


def test_normalisation_ignores_tone_placement_spacing_and_dashes_only():
    assert norm("TỈNH UỶ  TÂY\nNINH") == norm("TỈNH ỦY TÂY NINH")
    assert norm("2020 – 2025") == norm("2020 - 2025")
    assert norm("Tỉnh ủy") != norm("TỈNH ỦY")  # case is kept
    assert norm("HĐ") != norm("HD")  # diacritics are kept


def test_a_known_set_of_mistakes_scores_exactly():
    predicted = dict(GOLD)
    predicted["date"] = "2024-11-23"  # 1 of 7 scalars wrong
    predicted["recipients"] = ["A", "B", "X"]  # tp 2, predicted 3, expected 4
    predicted["signatory"] = dict(GOLD["signatory"], name=None)  # 2nd scalar wrong
    score = score_document("d", predicted, GOLD)
    assert sum(score.scalars.values()) == 5 and len(score.scalars) == 7
    recipients = score.lists["recipients"]
    assert (recipients.precision, recipients.recall) == (2 / 3, 2 / 4)
    assert recipients.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
    report = evaluate([predicted], [GOLD])
    # micro F1 over lists: tp = 2 + 2 + 2, predicted = 3 + 2 + 2, expected = 4 + 2 + 2
    assert report.overall()["micro_f1"] == pytest.approx(2 * (6 / 7) * (6 / 8) / (6 / 7 + 6 / 8))
    assert report.overall()["field_accuracy"] == pytest.approx(5 / 7)
    assert report.overall()["all_correct_rate"] == 0.0


def test_absent_gold_keys_are_not_scored():
    score = score_document("d", {"identifier": "x"}, {"date": "2024-01-01"})
    assert set(score.scalars) == {"date"} and score.lists == {}


def test_character_error_rate():
    assert char_error_rate("abcd", "abcd") == 0.0
    assert char_error_rate("abcd", "abed") == 0.25
    assert char_error_rate("abcd", "") == 1.0
