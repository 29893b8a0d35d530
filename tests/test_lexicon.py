"""Marks put back in OCR'd words from the word list (vbadmin.lexicon)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocr_pages import as_ocr_pages
from vbadmin.lexicon import change_cost, repair_page_marks, restore_marks
from vbadmin.pages import Line, Page, Word


def _restored(text: str) -> str:
    syllables = text.split()
    for repair in restore_marks(syllables):
        syllables[repair.index] = repair.repaired
    return " ".join(syllables)


# OCR's reading → what was printed. Misreadings seen on real scans: the stacked marks of a
# vowel with ^ or ˘ lost or swapped, mostly in capitals.
REPAIRED = [
    # a syllable Vietnamese cannot have (a c-final one with a tilde): any one vowel's marks misread
    ("khó khăn, vướng mãc trong kiểm tra", "khó khăn, vướng mắc trong kiểm tra"),
    # a syllable in no word of the list, read with another tone than its own
    # both syllables' tones under their hats lost or swapped, in a word letters use often
    ("thuộc thâm quyên quản lý của Bộ", "thuộc thẩm quyền quản lý của Bộ"),
    ("hồ sơ của Công ty Cô phân đầu tư", "hồ sơ của Công ty Cổ phần đầu tư"),
    ("hoản thiện thể chế", "hoàn thiện thể chế"),  # not "thiên thể": OCR rarely adds a tone under a hat
    ("nghiệm thu hoản thành công trình", "nghiệm thu hoàn thành công trình"),
    ("CỤC HÓA CHÁT", "CỤC HÓA CHẤT"),
    ("CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐÔNG THỜI", "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ ĐỒNG THỜI"),
    ("VẬN CHUYÊN HÀNG HÓA NGUY HIẾM", "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM"),
    ("Luật Tổ chức chính quyên địa phương", "Luật Tổ chức chính quyền địa phương"),
    ("các cơ quan có liên quan triên khai thực hiện", "các cơ quan có liên quan triển khai thực hiện"),
    ("Đông thời báo cáo", "Đồng thời báo cáo"),
    ("tổ chức đảng và đẳng viên", "tổ chức đảng và đảng viên"),  # a breve that is not there
    ("BỘ NÔNG NGHIỆP VÀ MỒÔI TRƯỜNG", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),  # a vowel read twice
    ("CHẤÁP THUẬN", "CHẤP THUẬN"),
    ("xuúc tiến đầu tư", "xúc tiến đầu tư"),
    ("coó thể tóm tắt", "có thể tóm tắt"),  # a double o only before a final c or ng
    # "câp" cannot be Vietnamese (a final p takes the rising or heavy tone): the far likelier
    # syllable of the same letters.
    ("thủ tục câp Giấy phép", "thủ tục cấp Giấy phép"),
    ("CÂP GIẤY PHÉP", "CẤP GIẤY PHÉP"),
    # in capitals, a hat and the tone on it read as one acute
    ("SỬ DỤNG VẬT LIỆU NÓ CÔNG NGHIỆP", "SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP"),
    ("TÓ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
    # nor can "ie", "ye" or "uo" go without the hat: it was lost, the tone kept
    ("CHUYỂN ĐỔI XANH VÀ KHUYÉN CÔNG", "CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG"),
    ("kế hoạch tiép theo", "kế hoạch tiếp theo"),
    ("hộ gia đình muón chuyển", "hộ gia đình muốn chuyển"),
    # in capitals, two misread syllables in one word
    ("CỤC ĐỔI MỚI SÁNG TẠO, CHUYÊN ĐỎI XANH", "CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH"),
    # the dot of an i read as a hook or a grave
    ("sinh hoạt chỉ bộ", "sinh hoạt chi bộ"),
    ("Quy định chỉ tiết", "Quy định chi tiết"),
    ("báo cáo khả thì", "báo cáo khả thi"),
    # a word read as printed may be taken whole into a longer term ("vật liệu" → "vật liệu nổ")
    ("vật liệu nỗ và công cụ hỗ trợ", "vật liệu nổ và công cụ hỗ trợ"),
    ("sử dụng vật liệu nô công nghiệp", "sử dụng vật liệu nổ công nghiệp"),
    ("phương án nỗ mìn và biện pháp", "phương án nổ mìn và biện pháp"),
    ("chuyển sinh hoạt đẳng sau sắp xếp", "chuyển sinh hoạt đảng sau sắp xếp"),  # a Party term
    # a small tilde read as a hat and an acute
    ("phối hợp chặt chế giữa các cơ quan", "phối hợp chặt chẽ giữa các cơ quan"),
    # in a syllable (almost) in no word: a đ's bar misread, a tone added, a horn lost in capitals
    ("chia sẻ đữ liệu", "chia sẻ dữ liệu"),
    ("dự án đầu tư xây đựng", "dự án đầu tư xây dựng"),
    ("tắng cường kiểm tra", "tăng cường kiểm tra"),
    ("TỔ CHÚC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
    ("KIÊN NGHỊ ĐỀ XUẤT", "KIẾN NGHỊ ĐỀ XUẤT"),  # "kiên nghị" is a word, but no letter's
    ("CHUYỂN ĐỔI XANH VÀ KHUYÊN CÔNG", "CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG"),  # a term the list lacks
]

# Left as read: printed right, or a name, or no word of the list to tell.
KEPT = [
    "Cục Hóa chất",
    "đoàn xe tiến về phía trước",  # "tiền vệ" is a word of the list, but no word of letters
    "Công ty TNHH Đại Đồng Tiến về việc",
    # two tones swapped make another common word of correct text: only lost tones are believed
    "một số địa phương vẫn để xảy ra tình trạng", "tổ chức phân luồng, đổi chiều lưu thông",
    "Tại phần đầu của dự thảo", "vụ án về tội thiếu trách nhiệm", "còn thiếu sổ theo dõi tài sản",
    "cổng các chợ vẫn đông người họp chợ", "quan sát bằng mắt trần",
    "noi dung tom tat cua du an",  # typed without marks: "tat" is no mark misread
    "CHÁNH VĂN PHÒNG",
    "nỗ lực hoàn thành kế hoạch",  # "nổ mìn" is a term: "nỗ" before another word stays
    "Phạm Huy Nam Sơn",
    "PCT UBND tỉnh Nguyễn Thành Sinh",  # "tình nguyện" is a word, but not of a name
    "Trương Thanh Hoài",
    "các cơ quan đơn vị có liên quan triển khai thực hiện",
    "Như Điêu 3",  # no neighbour word to tell Điêu from Điều
    "Quyết định này có hiệu lực kể từ ngày ký",
    "vốn góp của nhà đầu tư",  # "cửa nhà" is a word too; OCR rarely drops a horn
    "xây dựng bảng giá đất",
    "Ủy ban nhân dân cấp tỉnh",  # "cấp tính" is a word too, but OCR rarely swaps a plain tone
    "zzz",
    "ông Hmông",  # a name that is in no word: left as read
    "Nguyễn Tuấn Anh",  # names are in no word list: "Nguyên" is commoner there, not here
    "hiêm loại 1",  # possible Vietnamese, though in no word: nothing to go on
    "sử dụng vật liệu nó công nghiệp",  # in lower case the two marks stand apart: not misread so
    # function words are in few words of the list, yet common: their marks are not doubted
    "không được tính vào", "giấy phép đã cấp", "số tiền còn nợ", "xe chở người", "bảo đảm giãn cách",
    "cong vẹo cột sống", "THÀNH PHỐ PHAN RANG", "không để xảy ra",
    "cấp học vẫn chưa được",  # not "học vấn": "vẫn chưa" is kept as read
    "ĐỒNG CHÍ NGUYỄN VĂN TOÀN", "ÔNG ĐẶNG QUANG HUY",  # names are in no word, yet printed right
    # capitals printed right whose acute syllable is a common word: not a merged hat and tone
    "NÓI TIẾNG VIỆT", "TÌNH HÌNH CÓ PHẦN KHÓ KHĂN", "BÁN TÍNH PHÍ", "CÁC ĐỘI BÓNG KHÔNG CHUYÊN",
    "ông NGUYÉN VĂN A",  # "nguyến" is no syllable either: the hat and the tone both misread
    "tieng Viet", "tuyen dung", "KHUYEN CONG",  # no marks at all: typed without them, no hat lost
    "tom tat tai lieu",  # no tone is added where none was read, even to a syllable in no word
    "thiết kế mỏ đã Đồng Khê",  # "đã" is in words: its tone is not believed misread
    "Hà Nội, ngày 02 tháng 4 măm 2026",
    "UBND HĐND VT KT",
    "Lưu: VT, cứu hộ, nghỉ hưu, xoong nồi",
    # a double o with a tone on the second: printed so, not one o read twice
    "xe đầu kéo và sơ mi rơ moóc", "KCN Tằng Loỏng", "thôn Toòng Già", "BOÓNG TÀU",
    # two words the list lacks as a phrase, a mark away from a word it has ("Điệu này" was in
    # the list, "hộp số", "nước mắt" are words)
    "quy định tại khoản 1 Điều này",
    "Tại điểm cầu Phòng họp số 2",
    "sử dụng nước mặt",
    "chỉ đạo", "chỉ số",  # words as read: the i's hook is no misreading there
    "căn cứ để cấp giấy phép",  # "đề cập" is two marks away: in lower case one only is believed
    "",
]


@pytest.mark.parametrize(("read", "printed"), REPAIRED)
def test_lost_marks_are_put_back(read: str, printed: str) -> None:
    assert _restored(read) == printed


@pytest.mark.parametrize("text", KEPT)
def test_text_without_evidence_is_kept(text: str) -> None:
    assert _restored(text) == text


def test_a_number_or_symbol_breaks_the_run() -> None:
    # "HÓA" and "CHÁT" are not neighbours here: nothing to go on.
    assert restore_marks(["HÓA", None, "CHÁT"]) == []


@pytest.mark.parametrize(
    ("read", "meant", "cheap"),
    [("chát", "chất", True), ("đông", "đồng", True), ("hiếm", "hiểm", True), ("luu", "lưu", False),
     ("cục", "cực", False), ("của", "cửa", False), ("đẳng", "đảng", True), ("ệ", "ê", False), ("tỉnh", "tính", False), ("chát", "chật", False), ("đồng", "dồng", False),
     ("bảng", "băng", False), ("vẻ", "về", False)],
)
def test_only_the_marks_of_a_hat_are_believed_misread(read: str, meant: str, cheap: bool) -> None:
    assert (change_cost(read, meant) < 1) == cheap


@pytest.mark.parametrize(("read", "meant", "cheap"), [
    ("hoản", "hoàn", True), ("hoãn", "hoàn", True), ("tat", "tát", False), ("hoàn", "hoan", False),
    ("hoản", "hoẳn", True),  # a hat lost, as before
    ("hoản", "huàn", False),
])
def test_a_syllable_in_no_word_may_have_been_read_with_another_tone(read, meant, cheap) -> None:
    assert (change_cost(read, meant, unknown=True) < 1) == cheap


def test_other_letters_are_not_a_misreading() -> None:
    assert change_cost("chat", "chan") == float("inf")
    assert change_cost("chát", "chấtt") == float("inf")


def _ocr_page(words: list[tuple[str, float, float]]) -> Page:
    line = Line([Word(text, x0, 100.0, x1, 130.0, confidence=0.9) for text, x0, x1 in words])
    return Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[line], dpi=300)


def test_page_words_are_repaired_in_place_keeping_punctuation() -> None:
    page = _ocr_page([("(CỤC", 100, 200), ("HÓA", 210, 300), ("CHÁT),", 310, 420)])
    repairs = repair_page_marks(page)
    assert [w.text for w in page.lines[0].words] == ["(CỤC", "HÓA", "CHẤT),"]
    assert [(r.read, r.repaired) for r in repairs] == [("CHÁT", "CHẤT")]


def test_words_far_apart_on_a_line_are_not_one_run() -> None:
    # The left column ends in "HÓA", the right column starts with "CHÁT": a wide gap.
    page = _ocr_page([("HÓA", 100, 200), ("CHÁT", 1400, 1500)])
    assert repair_page_marks(page) == []
    assert page.lines[0].words[1].text == "CHÁT"


LETTER = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc

Số: 2336/QĐ-UBND                  Lào Cai, ngày 02 tháng 7 năm 2026

QUYẾT ĐỊNH
CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Điều 1. Chấp thuận chủ trương đầu tư dự án.
Điều 2. Quyết định này có hiệu lực từ ngày ký.

Nơi nhận:                                     CHỦ TỊCH
- Như Điều 2;
- Lưu: VT.                                    Nguyễn Văn An
"""


def test_only_ocr_pages_are_repaired_and_the_record_says_so() -> None:
    from vbadmin.parse import parse_pages

    scanned = parse_pages(as_ocr_pages(LETTER))
    assert scanned.subject == "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ"
    assert any(i.code == "OCR_REPAIRED" and "CHÁP→CHẤP" in i.message for i in scanned.issues)
    typed = parse_pages(as_ocr_pages(LETTER, origin="text"))  # printed text keeps its errors
    assert typed.subject == "CHÁP THUẬN CHỦ TRƯƠNG ĐẦU TƯ"


def test_the_shipped_word_list_is_in_comparison_form() -> None:
    from importlib.resources import files

    from vbadmin.normalize import match_key

    lines = files("vbadmin.vocab").joinpath("words.txt").read_text(encoding="utf-8").splitlines()
    words = [line for line in lines if line and not line.startswith("#")]
    assert len(words) > 20_000
    assert all(match_key(word) == word and 2 <= len(word.split()) <= 4 for word in words)


def test_the_common_words_are_two_syllable_words_of_the_list() -> None:
    from importlib.resources import files

    from vbadmin.lexicon import is_word

    lines = files("vbadmin.vocab").joinpath("words_common.txt").read_text(encoding="utf-8").splitlines()
    words = [line.split() for line in lines if line and not line.startswith("#")]
    assert len(words) > 500
    assert all(len(word) == 2 and is_word(word) for word in words)
    assert ["tiền", "vệ"] not in words and ["thẩm", "quyền"] in words


def test_the_common_words_file_is_what_the_script_makes_of_the_dev_split() -> None:
    import importlib.util
    from importlib.resources import files

    script = Path(__file__).parent.parent / "scripts" / "common_words.py"
    spec = importlib.util.spec_from_file_location("common_words", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = files("vbadmin.vocab").joinpath("words_common.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line and not line.startswith("#")] == module.common_words()


def _line(words: str, x: float, y: float) -> Line:
    return Line([Word(t, x + 100 * i, y, x + 100 * i + 90, y + 30) for i, t in enumerate(words.split())])


def test_a_word_cut_by_the_end_of_a_line() -> None:
    first, second = _line("VẬN CHUYỂN HÀNG HÓA NGUY", 100, 100), _line("HIÊM LOẠI 1", 100, 140)
    far = _line("HIÊM", 100, 400)  # a paragraph further down: not the same word
    page = Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[first, second, far])
    repair_page_marks(page)
    assert (second.words[0].text, far.words[0].text) == ("HIỂM", "HIÊM")


def test_a_run_after_a_comma_goes_on_in_the_next_line() -> None:
    # "cần kiểm" / "soát": the run after the comma starts mid-line, its stretch at the margin;
    # read alone, "cần kiểm" would be "cần kiệm"
    first = _line("4. Về thẩm quyền cấp Giấy phép xuất khẩu, nhập khẩu hóa chất cần kiểm", 100, 100)
    second = _line("soát đặc biệt", 100, 140)
    page = Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[first, second])
    repair_page_marks(page)
    assert first.words[-1].text == "kiểm"


def test_a_run_after_a_comma_in_the_next_line_goes_on_from_nothing() -> None:
    # "quy" / "định …; đổi với": the run after the ";" inside the next line is no head of the
    # line above's run ("quy đổi"), so "đổi với" is read as "đối với"
    first = _line("thẩm quyền Ủy ban nhân dân cấp xã phê duyệt), tuân thủ theo quy", 100, 100)
    second = _line("định của pháp luật về giá; đổi với các dịch vụ công cộng", 100, 140)
    page = Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[first, second])
    repair_page_marks(page)
    assert second.words[6].text == "đối"


def test_header_lines_are_not_one_paragraph() -> None:
    # The national header's last words and the issuer's next line: "NAM" / "CỤC" is no "nam cực".
    header = Line([*_line("BỘ CÔNG THƯƠNG", 100, 100).words, *_line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1200, 100).words])
    issuer = _line("CỤC HÓA CHẤT", 130, 140)
    page = Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[header, issuer])
    repair_page_marks(page)
    assert issuer.words[0].text == "CỤC"


def test_each_column_goes_on_in_its_own_column() -> None:
    # Left: a subject wrapped at "NGUY"; right: other text on the same rows.
    first = Line([*_line("GIẤY PHÉP VẬN CHUYỂN HÀNG HÓA NGUY", 100, 100).words, *_line("Ký bởi: Bộ Công Thương", 1500, 100).words])
    second = Line([*_line("HIÊM LOẠI 1", 100, 140).words, *_line("Cơ quan: Bộ Công Thương", 1500, 140).words])
    page = Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[first, second])
    repair_page_marks(page)
    assert second.words[0].text == "HIỂM"


def test_a_centred_line_goes_on_under_the_middle_of_the_one_above() -> None:
    first, second = _line("GIẤY PHÉP VẬN CHUYỂN HÀNG HÓA NGUY", 100, 100), _line("HIÊM LOẠI 1", 290, 140)
    right_half = _line("HIÊM LOẠI 1", 600, 180)  # under the right half of the line above: not its continuation
    page = Page(number=1, width=2480, height=3508, unit="px", origin="ocr", lines=[first, second])
    repair_page_marks(page)
    other = Page(number=1, width=2480, height=3508, unit="px", origin="ocr",
                 lines=[_line("GIẤY PHÉP VẬN CHUYỂN HÀNG HÓA NGUY", 100, 140), right_half])
    repair_page_marks(other)
    assert (second.words[0].text, right_half.words[0].text) == ("HIỂM", "HIÊM")


@pytest.mark.parametrize(
    ("token", "halves"),
    [("phổthông", ("phổ", "thông")), ("HƯNGYÊN", ("HƯNG", "YÊN")), ("xâydựng", ("xây", "dựng")),
     ("nghiêng", None), ("Nguyễn", None), ("quyết", None), ("khuyến", None),  # syllables
     ("chỉbộ", None),  # no word of the list as read
     ("Phổthông", None), ("ab", None)],
)
def test_glued_syllables_are_split_at_the_one_cut_that_makes_a_word(token, halves):
    from vbadmin.lexicon import split_glued

    assert split_glued(token) == halves
