"""Letters that look like what a rule repairs, and are not: reviews of the rules of stops 22
to 29 built each from a real letter's form (tests/data/lookalikes/). Each must read as printed."""

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
    # stop 23: a hanging indent's wrapped row "- xã hội" (of "kinh tế - xã hội") opens no point
    ("r23_setin2", lambda d: [len(p.children) for p in d.directives], [0, 2]),
    # a paragraph set in right under a table's wrapped cells is the text's
    ("r23_table1", lambda d: d.directives[0].text.split("sau: ")[1].startswith("Các sở, ngành chủ động"), True),
    # the issuer's own words under a title that go on with it: the title's second line
    ("r23_front1", lambda d: d.signatory.position, "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
    # ", các đoàn thể" after another word than the Front's is the sentence's
    ("r23_congress1", lambda d: [r.name for r in d.references if r.name and "đoàn thể" in r.name], []),
    # "Hiến pháp" the word, and the Constitution in the title of a resolution amending it
    ("r23_hienphap_bare", lambda d: [r.doc_type for r in d.references if r.doc_type == "Hiến pháp"], []),
    ("r23_hienphap_title", lambda d: [r.doc_type for r in d.references if r.doc_type == "Hiến pháp"], []),
    # a subject wrapped before "V. I. Lênin": no point's number
    ("r23_lenin", lambda d: d.subject.endswith("V. I. Lênin (22/4/1870 - 22/4/2025)"), True),
    # a second review: a page's number with no rule above it is no footnote's mark
    ("r23b_fn_pagetop", lambda d: (d.signatory.name, len(d.distribution)), ("Nguyễn Văn Bình", 3)),
    ("r23b_fn_pagefoot2", lambda d: (d.signatory.name, len(d.distribution)), ("Nguyễn Văn Bình", 3)),
    # a contract's "Ngày ký:" and a quoted "Số văn bản:" in the body are no stamp's
    ("r23b_ngayky_content", lambda d: d.date, None),
    ("r23b_sovanban_content", lambda d: (d.identifier, [r.identifier for r in d.references][:1]),
     (None, ["1150/UBND-KT"])),
    # a guide to the stamp's lines: its items are the point's text
    ("r23b_nguoiky_content2", lambda d: "Người ký: họ và tên" in d.directives[0].text, True),
    # a value on its own row after a lead-in's ":" is no page's number
    ("r23b_lone2", lambda d: d.directives[0].children[0].text.endswith("số lượng: 2"), True),
    # "LẦN THỨ 12, NGÀY …" in a subject in capitals, "Đợt 1, ngày …" in the body: no place's number
    ("r23b_caps_subj_date", lambda d: d.subject.endswith("LẦN THỨ 12, NGÀY 15 THÁNG 10 NĂM 2025"), True),
    ("r23b_dot1", lambda d: (d.place, d.date), (None, None)),
    # a body's name wrapped before "HỢP TÁC XÃ", "NHÀ MÁY": one name
    ("r23b_lmhtx_wrap", lambda d: (d.parent_issuer, d.issuer), (None, "LIÊN MINH HỢP TÁC XÃ TỈNH BẮC GIANG")),
    ("r23b_bqlda_wrap", lambda d: d.issuer, "BAN QUẢN LÝ DỰ ÁN NHÀ MÁY THỦY ĐIỆN SƠN LA"),
    # stop 24: "ĐẠI DIỆN ĐOÀN KIỂM TRA:", "ĐẠI DIỆN BÊN GIAO: …" head who took part in minutes:
    # no signature there, the body goes on; the issuer's party signs, not "CƠ SỞ Y TẾ" for "SỞ Y TẾ"
    ("r24_bb_participants", lambda d: (_labels(d), d.signatory.name, len(d.preamble)),
     (["1", "2", "3"], "Nguyễn Văn Hải", 7)),
    ("r24_bb_handover", lambda d: (_labels(d), d.signatory.name), (["1", "2"], "Nguyễn Văn Minh")),
    ("r24_bb_coso", lambda d: (d.signatory.name, [c.name for c in d.co_signatories]), ("Phạm Văn Quang", ["Võ Minh Tâm"])),
    # a sentence wrapped before a bracketed abbreviation goes on: "(VLNCN), tiền chất …"
    ("r24_bracket_wrap", lambda d: len(d.preamble), 1),
    # "MÔI TRƯỜNG" of a joint header's first body keeps its "TRƯỜNG"
    ("r24_joint_moitruong", lambda d: d.issuer, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG - CÔNG AN TỈNH BÌNH PHƯỚC"),
    # a cited "Thông cáo báo chí" is a Thông cáo
    ("r24_thongcao_cited", lambda d: [r.doc_type for r in d.references], ["Thông cáo"]),
    # a point after a bracketed note ending the point above opens its own
    ("r24_bracket_note_point", lambda d: _labels(d), ["1", "2", "3"]),
    # a second review: words in capitals under a title are no name in capitals when a name
    # follows (a title's second line, a seal's district, "HỒ CHÍ MINH" of the Youth Union's seal)
    ("r24b_title_wrap", lambda d: (d.signatory.position, d.signatory.name),
     ("TRƯỞNG PHÒNG QUẢN LÝ CÔNG NGHIỆP", "Nguyễn Văn Tuấn")),
    ("r24b_seal_district", lambda d: d.signatory.name, "Nguyễn Văn Hải"),
    ("r24b_seal_hcm", lambda d: d.signatory.name, "Nguyễn Thị Hoa"),
    # an appendix's heading after the signature is no co-signer
    ("r24b_appendix_heading", lambda d: d.co_signatories, []),
    # "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG … VỀ VIỆC …" on one line has its subject
    ("r24b_qd_cua_ve", lambda d: "BAN HÀNH" in (d.subject or ""), True),
    # a party's block with the note where the signature goes under it signs
    ("r24b_bb_ky_note", lambda d: (d.signatory.name, [c.name for c in d.co_signatories]),
     ("Nguyễn Văn Thành", ["Lò Văn Dũng"])),
    # a school's code skips "TRƯỜNG" before any school's words
    ("r24b_joint_ptdtnt", lambda d: d.issuer.split(" - ")[0], "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH PHƯỚC"),
    # ink before a State symbol is no Party type code: the number is unsure, the symbol stays
    ("r24b_number_ink", lambda d: (d.identifier, d.symbol, d.issuer_code), (None, "UBND-VP", "UBND")),
    # a subject run on after the type's name in capitals keeps it, whatever is printed under it
    ("r25_qd_pheduyet_goithau", lambda d: d.subject,
     "PHÊ DUYỆT KẾ HOẠCH LỰA CHỌN NHÀ THẦU Gói thầu số 05: Xây lắp công trình đường giao thông liên xã"),
    ("r25_qd_pheduyet_congtrinh", lambda d: (d.subject or "").split(" Công trình")[0],
     "PHÊ DUYỆT BÁO CÁO KINH TẾ - KỸ THUẬT"),
    ("r25_kh_body_sentence", lambda d: d.subject, "TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2025"),
    ("r25_bc_body_sentence", lambda d: (d.subject or "").startswith("TÌNH HÌNH KINH TẾ - XÃ HỘI"), True),
    # a Xí nghiệp's own code "XN" over a V/v subject: a công văn, no Giấy xác nhận
    ("r25_xinghiep_xn", lambda d: (d.doc_type, d.issuer_code), ("Công văn", "XN")),
    # stop 26: a law after a comma in a decree's title with its own number is cited
    ("r26_nd_title_numbered_law", lambda d: [r.identifier for r in d.references], ["08/2022/NĐ-CP", "28/2023/QH15"]),
    # a point whose date holds the letter's own number at page 2's top is no running header
    ("r26_page2_point_day", lambda d: [len(p.children) for p in d.directives], [2, 2, 2, 2]),
    ("r26_page2_point_day_noff", lambda d: [len(p.children) for p in d.directives], [2, 2, 2, 2]),
    # the signer's name alone at the last page's top, over the footer's rule
    ("r26_signer_over_footer_rule", lambda d: d.signatory.name, "Lê Văn Bình"),
    # a heading's words at page 2's top, a point under them: no running header
    ("r26_page2_heading_cut_point", lambda d: [r.issuer for r in d.references if r.identifier == "57-NQ/TW"],
     ["Bộ Chính trị"]),
    # a row ending in "-" or "VÀ" goes on below, whatever head the next row opens with
    ("r26_ttttv_dash", lambda d: (d.parent_issuer, d.issuer), ("TRƯỜNG ĐẠI HỌC VINH", "TRUNG TÂM THÔNG TIN - THƯ VIỆN")),
    ("r26_ditich_va_baotang", lambda d: (d.parent_issuer, d.issuer),
     ("UBND TỈNH BẠC LIÊU", "BAN QUẢN LÝ DI TÍCH VÀ BẢO TÀNG TỈNH")),
    # "THƯỜNG TRỰC" opens a body only under a council's or a Front's name
    ("r26_vp_thuongtruc", lambda d: (d.parent_issuer, d.issuer), ("BAN CHỈ ĐẠO TỈNH", "VĂN PHÒNG THƯỜNG TRỰC")),
    # stop 27's review: lookalikes of the new rules, where they must not fire
    ("r27_khlt_ubnd_mttq", lambda d: d.issuer_code, "UBND-MTTQ"),  # a co-issuer, no drafting unit
    ("r27_dieule_hoi_sentence", lambda d: [r.name for r in d.references], ["Điều lệ Hội"]),
    ("r27_gm_blank_form", lambda d: d.recipients, []),  # "Ông (Bà): ……": a blank, no invitee
    ("r27_bc_nhanh_caps_subject", lambda d: d.subject, "TÌNH HÌNH THIỆT HẠI DO BÃO SỐ 4 GÂY RA"),
    ("r27_subject_wraps_after_colon", lambda d: (d.subject or "").endswith("95 năm vẻ vang của Đảng”"), True),
    ("r27_kinhgui_dashed_items_stops", lambda d: d.recipients,
     ["Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân các xã, phường"]),
    ("r27_recipient_wrapped_can_cu", lambda d: d.recipients[1],
     "Ban Quản lý Khu di tích lịch sử Căn cứ Trung ương Cục miền Nam"),
    ("r27_recipient_open_bracket_stop", lambda d: d.recipients,
     ["Ủy ban nhân dân các xã, thị trấn", "Các cơ quan, đơn vị trực thuộc (trừ Trung tâm Y tế huyện"]),
    ("r27_qd294_va_dieule", lambda d: [r.name or r.identifier for r in d.references], ["294-QĐ/TW", "Điều lệ Đảng"]),
    ("r27_luat_khieunai_tocao_1998", lambda d: "Luật Khiếu nại, tố cáo năm 1998" in [r.name for r in d.references],
     True),
    ("r27_cuc_quanly_thads", lambda d: (d.parent_issuer, d.issuer), ("BỘ TƯ PHÁP", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ")),
    ("r27_tongcuc_thads", lambda d: (d.parent_issuer, d.issuer), ("BỘ TƯ PHÁP", "TỔNG CỤC THI HÀNH ÁN DÂN SỰ")),
    ("r27_hoidong_doi", lambda d: (d.parent_issuer, d.issuer),
     ("TỈNH ĐOÀN ĐỒNG THÁP", "HỘI ĐỒNG ĐỘI TNTP HỒ CHÍ MINH TỈNH")),
    ("r27_bc_kiemdiem_run_on", lambda d: d.subject, "KIỂM ĐIỂM tập thể Ban Thường vụ Huyện ủy năm 2024"),
    ("r27_so_laodong_emdash", lambda d: d.issuer, "SỞ LAO ĐỘNG — THƯƠNG BINH VÀ XÃ HỘI"),
    # an amending law's list of laws ends at its "và": the laws after it are cited apart
    ("r28_amending_va_then_laws", lambda d: [r.name for r in d.references if r.name][1:],
     ["Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều", "Luật Thủy lợi",
      "Luật Lâm nghiệp"]),
    ("r28_amending_va_then_laws_2", lambda d: [r.name for r in d.references if r.name][1:],
     ["Luật Cán bộ, công chức", "Luật Viên chức"]),
    # numbers listed after "các Nghị quyết của …:" end at an item naming its own type and issuer
    ("r28_list_opener_stops", lambda d: [r.issuer for r in d.references if r.identifier == "21/NQ-HĐND"],
     ["Hội đồng nhân dân huyện Sơn Tịnh"]),
    # "ĐIỆN LỰC" opens a unit only right under its power company's row
    ("r28_dienluc_wrapped_unit", lambda d: (d.parent_issuer, d.issuer),
     ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "CÔNG TY CÔNG NGHỆ THÔNG TIN ĐIỆN LỰC MIỀN BẮC")),
    # a subject in capitals wrapped before a title and a body: no authority line
    ("r28_subject_wraps_dienluc", lambda d: d.subject, "BỔ NHIỆM ÔNG NGUYỄN VĂN AN GIỮ CHỨC VỤ GIÁM ĐỐC ĐIỆN LỰC LONG HỒ"),
    ("r28_subject_wraps_tobaucu", lambda d: d.subject, "THAY ĐỔI TỔ TRƯỞNG TỔ BẦU CỬ SỐ 15"),
    # "VIỆN" as printed heads its own name: no "VIỄN THÔNG"
    ("r28_vien_thong_tin", lambda d: d.signatory.position, "VIỆN TRƯỞNG VIỆN THÔNG TIN KHOA HỌC XÃ HỘI"),
    # minutes' "Hôm nay, hồi …" under a bare title is no subject
    ("r28_bbvphc_no_subject", lambda d: (d.doc_type, d.subject), ("Biên bản", None)),
    # no web page around these letters: their own rows are no page's, nothing is cut
    ("r28b_01", lambda d: [r.identifier for r in d.references],  # an attachment's wrapped "lưu trữ …"
     ["50/2014/QH13", "10/2021/NĐ-CP", "175/2024/NĐ-CP"]),
    ("r28b_02", lambda d: (d.identifier, d.issuer), ("312-CV/TĐTN-TG", "BCH ĐOÀN TỈNH THANH HÓA")),  # "đăng ký …"
    ("r28b_03", lambda d: d.identifier, "87-CV/HNDT"),  # an attached form's national header below
    ("r28b_13", lambda d: d.identifier, "1520/UBND-KGVX"),
    ("r28b_14", lambda d: d.signatory.name, "Nguyễn Văn Sơn"),  # "Nơi nhận hồ sơ:", "Xem thêm …" in the body
    # a web copy whose left column comes first; a mark over the letterhead is the letter's
    ("r28b_04", lambda d: (d.identifier, d.subject), ("1520/UBND-KT", "ứng phó với bão số 3")),
    ("r28b_05", lambda d: d.urgency, "Hỏa tốc"),
    # a sound letter with "µg/m³", "Ø 110", "KH&CN" is no TCVN3 and holds no entities
    ("r28b_06", lambda d: (d.signatory.name, d.distribution[-2]), ("Nguyễn Văn Trãi", "Ban điều hành khóm 5")),
    ("r28b_07", lambda d: d.directives[0].text[:14], "Ống HDPE Ø 110"),
    ("r28b_08", lambda d: d.recipients, ["Trường Đại học Kỹ thuật - Khoa CNXD&GT"]),
    # THÔN and KHU PHỐ open a body only right under their commune's or ward's row
    ("r28b_09", lambda d: (d.parent_issuer, d.issuer), ("ĐẢNG BỘ XÃ HÒA TIẾN", "CHI BỘ THÔN LA BÔNG")),
    ("r28b_10", lambda d: d.issuer, "BAN CÔNG TÁC MẶT TRẬN THÔN LA BÔNG"),
    ("r28b_11", lambda d: d.issuer, "BAN ĐIỀU HÀNH KHU PHỐ 4"),
    # one " | " in a line is prose, no column gap
    ("r28b_12", lambda d: d.subject, "công bố đường dây nóng 1900 1234 | 0216 3852 111"),
    # stop 29: a former national header named in a subject's row is the subject's
    ("r29_01", lambda d: (d.national_header, d.subject),
     ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tổ chức kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội "
      "nước Việt Nam Dân chủ Cộng hòa")),
    ("r29_02", lambda d: (d.national_header, d.subject),
     ("ĐẢNG CỘNG SẢN VIỆT NAM", "sưu tầm tài liệu, hiện vật thời kỳ Đảng Lao động Việt Nam (1951 - 1976)")),
    ("r29_06", lambda d: (d.subject or "").endswith("DÂN CHỦ CỘNG HÒA (06/01/1946 - 06/01/2026)"), True),
    # "- Nơi gửi: …" among a notice's points, "Gửi: …" on a form in the body: no footer, no addressees
    ("r29_03", lambda d: (_labels(d), d.distribution), (["1", "2", "3"], ["Các cơ quan, đơn vị", "Lưu: VT, NV"])),
    ("r29_05", lambda d: (d.recipients, _labels(d)), ([], ["1", "2", "3"])),
    # a word after a title ending on a body's word is no body's name: ink ("TRƯỞNG PHÒNG VÀ")
    ("r29_04", lambda d: d.signatory.position, "TRƯỞNG PHÒNG"),
    # a former header over its motto on one row, or in title case, is still the header
    ("r29b_03", lambda d: (d.national_header, d.system), ("VIỆT NAM DÂN CHỦ CỘNG HÒA", "state")),
    ("r29b_03b", lambda d: d.system, "state"),
    # "Nguồn:", "Ghi chú:" under a table are the letter's rows, no archive sheet's
    ("r29b_04", lambda d: (d.issuer, d.identifier, d.date), ("SỞ XÂY DỰNG", "215/SXD-KTXD", "2025-03-10")),
    # "125-UB/CN" over "V/v": the committee's office, a công văn
    ("r29b_07", lambda d: (d.doc_type, d.doc_type_code), ("Công văn", None)),
    # the Party's charter on a row of its own, or with its "Khóa"
    ("r29b_08", lambda d: [r.name for r in d.references if r.doc_type == "Điều lệ"], ["Điều lệ Đảng Cộng sản Việt Nam"]),
    ("r29b_08b", lambda d: [r.name for r in d.references], ["Điều lệ Đảng Cộng sản Việt Nam"]),
    # "Sao gửi: X", "Nơi gửi: - Như trên" on the label's row
    ("r29b_10", lambda d: d.distribution, ["Văn phòng Phủ Thủ tướng (để báo cáo)"]),
    ("r29b_10b", lambda d: d.distribution, ["Như trên", "Lưu"]),
    # "Gửi: X." right under the number: one addressee (a form's "Gửi:" in the body is none: r29_05)
    ("r29b_09", lambda d: d.recipients, ["Ủy ban hành chính tỉnh Hà Đông"]),
    # "các nội dung sửa đổi, bổ sung của Hiến pháp" cites it (no article amended in a title)
    ("r29b_14", lambda d: [r.name for r in d.references], ["Hiến pháp năm 2013"]),
]


@pytest.mark.parametrize(("name", "read", "expected"), CASES, ids=[case[0] for case in CASES])
def test_a_lookalike_reads_as_printed(name, read, expected) -> None:
    doc = parse_text((DATA / f"{name}.txt").read_text(encoding="utf-8"))
    assert read(doc) == expected


@pytest.mark.parametrize(("name", "confidence", "expected"), [
    # two places a letter or a mark apart, the parent's and the issuer's: the issuer's is the
    # date line's, read alike; nothing is put right, however sure OCR was of either
    ("r23_ocr_halinh", {}, ("Hà Linh", "UBND XÃ HÀ LINH", "UBND TỈNH HÀ TĨNH")),
    ("r23_ocr_thanhhai", {"HÀ": 0.97, "Hải,": 0.84}, ("Thanh Hải", "UBND XÃ THANH HẢI", "UBND HUYỆN THANH HÀ")),
    ("r23_ocr_thanhhai", {"HÀ": 0.80, "Hải,": 0.93}, ("Thanh Hải", "UBND XÃ THANH HẢI", "UBND HUYỆN THANH HÀ")),
    ("r23_ocr_camgiang", {"GIÀNG": 0.8, "Giang,": 0.95}, ("Cẩm Giang", "UBND XÃ CẨM GIANG", "UBND HUYỆN CẨM GIÀNG")),
])
def test_an_ocrd_place_beside_another_of_a_letter_off_stays(name, confidence, expected) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    doc = parse_pages(as_ocr_pages((DATA / f"{name}.txt").read_text(encoding="utf-8"), confidence=confidence))
    assert (doc.place, doc.issuer, doc.parent_issuer) == expected


def test_a_family_name_of_the_list_read_as_printed_stays() -> None:
    """"Lữ Văn Hùng": a family name the list had no twin of ("Lù") is no misreading of one."""
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    doc = parse_pages(as_ocr_pages((DATA / "r23_ocr_lu.txt").read_text(encoding="utf-8")))
    assert doc.signatory is not None and doc.signatory.name == "Lữ Văn Hùng"


@pytest.mark.parametrize(("name", "read", "expected"), [
    # a row leading in to points with ":" after the addressees is no addressee whose dash was lost
    ("r24_ocr_leadin_colon", lambda d: d.recipients,
     ["Phòng Giáo dục và Đào tạo huyện", "Các trường Mầm non, Tiểu học, THCS trên địa bàn huyện"]),
    # a "~" opening a row a sentence goes on in is a speck, no dash
    ("r24_ocr_tilde_wrap", lambda d: "dịch ~" in d.directives[0].text, False),
    # an addressee whose dash was lost and whose ";" OCR read as ":" is one, however long
    ("r24b_ocr_addressee_colon", lambda d: len(d.recipients), 4),
    # stop 26: a body's name read right keeps its words ("QUẢN LÝ THI HÀNH ÁN" is no "QUẢN LÝ THỊ
    # TRƯỜNG"); an addressee read right keeps its words ("Hải quan khu vực", "học viện")
    ("r26_ocr_cuc_qlthads", lambda d: d.issuer, "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"),
    ("r26_ocr_kinhgui_haiquan", lambda d: d.recipients,
     ["Chi cục Hải quan khu vực VII", "Các trường đại học, học viện có đào tạo ngành hải quan"]),
    # stop 29: THÔN under a wrapped commune name whose first row OCR misread; "PHÓNG THANH TRA"
    # is PHÒNG's; a place's name as printed stays ("QUY ĐẠT" is no "QUỸ ĐẤT")
    ("r29b_ocr_01", lambda d: (d.parent_issuer, d.issuer), ("ỦY BAN NHÂN DÂN XÃ HÒA TIẾN", "THÔN LA BÔNG")),
    ("r29b_ocr_02", lambda d: (d.parent_issuer, d.issuer), ("CÔNG AN TỈNH BẮC NINH", "PHÒNG THANH TRA")),
    ("r29b_ocr_12", lambda d: d.issuer, "ỦY BAN NHÂN DÂN THỊ TRẤN QUY ĐẠT"),
    # stop 29: an item's dash read as a colon is still an item of the list
    ("r29_ocr_colon_dash", lambda d: d.distribution, ["Như trên", "Sở Giáo dục và Đào tạo (để b/c)", "Lưu: VT"]),
])
def test_an_ocrd_lookalike_reads_as_printed(name, read, expected) -> None:
    from ocr_pages import as_ocr_pages
    from vbadmin.parse import parse_pages

    assert read(parse_pages(as_ocr_pages((DATA / f"{name}.txt").read_text(encoding="utf-8")))) == expected

