"""Citations found in running text: input text → the references expected (table-driven)."""

from __future__ import annotations

import pytest

from vbadmin.extract.references import find_references

CASES = [
    # national technical regulations and standards
    ("đúng Quy chuẩn QCVN 01:2019/BCT của Bộ Công Thương", ["QCVN 01:2019/BCT"]),
    ("theo QCVN 01: 2019/BCT và QCVN122:2024/BGTVT3; QCVN 05A:2020/BCT",
     ["QCVN 01:2019/BCT", "QCVN 122:2024/BGTVT", "QCVN 05A:2020/BCT"]),
    ("phông chữ theo TCVN 6909:2001.", ["TCVN 6909:2001"]),
    # a law's name ends where the sentence goes on
    ("theo Luật Ban hành văn bản quy phạm pháp luật như sau: “3. Văn bản",
     ["name:Luật Ban hành văn bản quy phạm pháp luật"]),
    ("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ quy định: “Trường hợp",
     ["name:Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"]),
    ("Luật Thủy lợi và hướng dẫn thi hành", ["name:Luật Thủy lợi"]),
    ("hướng dẫn Luật Hóa chất nêu tại Công văn", ["name:Luật Hóa chất"]),
    # a law's year printed after its name is part of it; the same law named later without it,
    # or with its number, is the same reference; the law of another year is another
    ("Luật Hợp tác xã năm 2023 quy định", ["name:Luật Hợp tác xã năm 2023"]),
    ("Luật Hóa chất vẻ quản lý hoạt động hóa chất", ["name:Luật Hóa chất"]),  # "về" as OCR reads it
    ("Luật Bảo vệ môi trường quy định", ["name:Luật Bảo vệ môi trường"]),
    # a Party committee's working rules by its term; a cell's congress by its term; a
    # "Tiểu ban Văn kiện Đại hội" is a body
    ("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030,",
     ["name:Quy chế làm việc của Ban Chấp hành Đảng bộ phường khóa I"]),
    ("ban hành Quy chế làm việc của UBND tỉnh Lào Cai, nhiệm kỳ 2026-2031;", []),
    ("Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 - 2027 và Kế hoạch",
     ["name:Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 - 2027"]),
    ("thành lập Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ Quốc hội lần thứ I, nhiệm kỳ 2025 - 2030", []),
    ("xây dựng Văn kiện Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025-2030 với các chỉ tiêu", []),  # to come
    ("chuẩn bị dự thảo Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 - 2027", []),
    ("thành lập các tiểu ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", []),
    # two bodies' documents of one term are two
    ("Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 và Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030",
     ["name:Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030", "name:Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030"]),
    ("Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV và Quy chế làm việc của Ban Thường vụ Đảng bộ tỉnh khóa XV",
     ["name:Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV",
      "name:Quy chế làm việc của Ban Thường vụ Đảng bộ tỉnh khóa XV"]),
    ("Luật Hóa chất năm 2025; Luật Hoá chất quy định", ["name:Luật Hóa chất năm 2025"]),  # old tone placement
    ("Căn cứ Luật Đất đai năm 2024 hiện hành", ["name:Luật Đất đai năm 2024"]),
    ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định thi hành Điều lệ Đảng;",
     ["name:Điều lệ Đảng Cộng sản Việt Nam"]),
    ("đề nghị khi sửa Luật Đất đai\ncần bảo đảm quyền lợi của người dân", ["name:Luật Đất đai"]),
    ("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Trường nhiệm kỳ 2020 - 2025;",
     ["name:Quy chế làm việc của Ban Chấp hành Đảng bộ Trường nhiệm kỳ 2020 - 2025"]),
    ("và Quy chế làm việc của Ủy ban nhân dân tỉnh Lào Cai nhiệm kỳ 2026-2031.", []),  # a decision's
    ("V/v hướng dẫn thi hành Luật Đất đai\nKính gửi: Sở Nông nghiệp và Môi trường", ["name:Luật Đất đai"]),
    ("theo Luật Hóa chất năm 2025. Luật Hóa chất quy định", ["name:Luật Hóa chất năm 2025"]),
    ("Bộ luật Hình sự năm 2015 (sửa đổi)", ["name:Bộ luật Hình sự năm 2015"]),
    ("Điều 39 Luật Quản lý ngoại thương năm\n2024, được sửa đổi", ["name:Luật Quản lý ngoại thương năm 2024"]),
    ("Luật Đất đai năm 2024; Luật Đất đai số 31/2024/QH15", ["31/2024/QH15"]),
    ("Luật Đất đai năm 2013; Luật Đất đai số 31/2024/QH15", ["name:Luật Đất đai năm 2013", "31/2024/QH15"]),
    ("Luật Đất đai năm 2013, Luật Đất đai năm 2024; Luật Đất đai quy định",
     ["name:Luật Đất đai năm 2013", "name:Luật Đất đai năm 2024", "name:Luật Đất đai"]),
    ("theo Luật Hoá chất\n3. Về việc tra cứu", ["name:Luật Hoá chất"]),  # the next item's number
    ("theo Luật Đất đai 2024;", ["name:Luật Đất đai 2024"]),  # a year is part of the name
    # a firm's own numbering: a dotted number, a symbol of three parts, a single code
    ("tại Giấy đề nghị cấp giấy phép sử dụng VLNCN số 26.06/GĐN-MB ngày 10/6/2026 của Công ty", ["26.06/GĐN-MB"]),
    ("tại Văn bản số 02/2026/VLN/CV-TA ngày 15/4/2026; văn bản số 21.4/GĐN ngày 21/4/2026",
     ["02/2026/VLN/CV-TA", "21.4/GĐN"]),
    # eight lower-case words between the type and "số"
    ("Giấy phép sử dụng vật liệu nổ công nghiệp số 23/GP-ATMT ngày 19/4/2021", ["23/GP-ATMT"]),
    # a number whose type word is too far back counts when its symbol names a type; the
    # letter's own "Số:" line is no citation, nor a number whose symbol names no type
    ("Nghị định số 11/2025/NĐ-CP ngày 12/06/2025 và số 67/2026/NĐ-CP ngày 4/3/2026",
     ["11/2025/NĐ-CP", "67/2026/NĐ-CP"]),
    ("Số: 12/QĐ-UBND\nCăn cứ Luật Đất đai;", ["name:Luật Đất đai"]),
    ("đủ điều kiện về phòng cháy, chữa cháy số 839/ĐK-PCCC ngày 29/12/2011", []),
    # a law typed in lower case is cited when it opens like a known law; "Luật này", a lawyer
    # and a law's short name are not
    ("theo Luật tổ chức chính quyền địa phương; Bộ luật hình sự quy định",
     ["name:Luật tổ chức chính quyền địa phương", "name:Bộ luật hình sự"]),
    ("Luật này quy định; Luật sư Nguyễn Văn An đề nghị", []),
    ("Luật số 46/2014/QH13 (sau đây gọi là Luật BHYT); Điều 22 Luật BHYT", ["46/2014/QH13"]),
    ("Luật Khám bệnh, chữa bệnh năm 2023 quy định; theo Luật KBCB", ["name:Luật Khám bệnh, chữa bệnh năm 2023"]),
    # a law named in a cited decree's title: the decree is cited
    ("Căn cứ Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết một số điều của"
     " Luật Xử lý vi phạm hành chính về thẩm quyền", ["189/2025/NĐ-CP"]),
    # a year without "năm" is kept too, and the law named later without it is the same
    ("Điều 162 Luật Doanh nghiệp 2014; Điều 16 Luật Doanh nghiệp;", ["name:Luật Doanh nghiệp 2014"]),
    # review: "Luật này" or a lawyer before a law hides it not; a one-word law with its year
    ("Luật này thay thế Luật Đất đai năm 2013 kể từ ngày có hiệu lực.", ["name:Luật Đất đai năm 2013"]),
    ("Luật sư tư vấn Luật Hôn nhân và gia đình cho người dân.", ["name:Luật Hôn nhân và gia đình"]),
    ("Căn cứ Luật giá năm 2023; Luật dược năm 2016;", ["name:Luật giá năm 2023", "name:Luật dược năm 2016"]),
    ("cấp CCHN theo quy định của Luật KBCB; Luật khám bệnh, chữa bệnh quy định",
     ["name:Luật khám bệnh, chữa bệnh"]),  # in lower case, its comma kept; its initials aside
    # a form's number is no citation; nor is a number a verb's sentence reaches
    ("nhận thông báo theo Mẫu số 01/TB-TNĐT, Mẫu số 01/TB-KTDL ban hành kèm theo Nghị định số 123/2020/NĐ-CP.",
     ["123/2020/NĐ-CP"]),
    ("Đề nghị Công ty báo cáo tình hình sử dụng VLNCN tại mỏ đá số 12/GP-UBND.", []),
    ("Các xã báo cáo số liệu về UBND huyện theo biểu mẫu số 03/TK-UBND.", []),
    ("Theo Thông báo số 15/T ngày 3/4/2025 của Công ty.", []),  # one letter is no symbol
    # a law the letter itself cites after a decree is cited
    ("Căn cứ Nghị định số 30/2020/NĐ-CP về công tác văn thư, để tổ chức thi hành Luật Đất đai năm 2024, UBND",
     ["30/2020/NĐ-CP", "name:Luật Đất đai năm 2024"]),
    ("Thực hiện Nghị định số 45/2020/NĐ-CP, Sở hướng dẫn thi hành Luật Đất đai như sau.",
     ["45/2020/NĐ-CP", "name:Luật Đất đai"]),
    # a plenum's resolution named and numbered at once is one; two named side by side are two
    ("Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII (Nghị quyết số 44-NQ/TW"
     " ngày 24/11/2023) về", ["44-NQ/TW"]),
    ("Nghị quyết số 44-NQ/TW ngày 24/11/2023 (Nghị quyết Hội nghị Trung ương 8 khóa XIII) về", ["44-NQ/TW"]),
    ("Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII số 44-NQ/TW ngày 24/11/2023",
     ["44-NQ/TW"]),
    ("Nghị quyết Đại hội XIII của Đảng, Nghị quyết số 44-NQ/TW", ["name:Nghị quyết Đại hội XIII của Đảng", "44-NQ/TW"]),
    ("Kết luận Hội nghị Trung ương 10 khóa XIII (Nghị quyết số 44-NQ/TW)",
     ["name:Kết luận Hội nghị Trung ương 10 khóa XIII", "44-NQ/TW"]),
    ("theo Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII về",
     ["name:Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII"]),
    # a law whose enacted name holds a word that ends other names ("của", "theo", "tại")
    ("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015; Luật Đất đai của",
     ["name:Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015", "name:Luật Đất đai"]),
    ("theo Luật Trách nhiệm bồi thường của Nhà nước số 10/2017/QH14", ["10/2017/QH14"]),
    ("Luật Đầu tư theo phương thức đối tác công tư quy định", ["name:Luật Đầu tư theo phương thức đối tác công tư"]),
    # cited with its number (with or without "số") and without: one reference
    ("theo Luật Hóa chất 69/2025/QH15; Luật Hóa chất quy định", ["69/2025/QH15"]),
    ("Căn cứ Quyết định số 464/QĐ-BCT ngày 16 tháng 3 năm 2026 của Bộ trưởng", ["464/QĐ-BCT"]),
    ("không có văn bản nào được dẫn ở đây: 3:2019", []),
    # the Government's resolutions of 2017-2018 put the year after a hyphen
    ("thực hiện Nghị quyết số 19-2017/NQ-CP ngày 06/02/2017 của Chính phủ", ["19-2017/NQ-CP"]),
    ("Nghị quyết số 19-NQ/TW ngày 1/1/2020", ["19-NQ/TW"]),
    # lower-case words between the type and "số"; OCR's doubled slash
    ("theo Giấy phép khai thác khoáng sản điều chỉnh số 815/QĐ-UBND ngày 20/4/2022, Giấy phép số "
     "131/QĐ-UBND", ["815/QĐ-UBND", "131/QĐ-UBND"]),
    ("Căn cứ Biên bản vi phạm hành chính số 23//BB-VPHC lập ngày 26", ["23/BB-VPHC"]),
    # a printed form's series number: seven figures, leading zeros kept
    ("Căn cứ Biên bản vi phạm hành chính số 0028416/BB-VPHC lập ngày 04/3/2024;", ["0028416/BB-VPHC"]),
    ("gọi số 0912345678/ để được hướng dẫn", []),
    # "số" with its hook or its acute lost
    ("nêu tại Công văn sô 13821/CHQ-GSQL ngày 16 tháng 3 năm 2026", ["13821/CHQ-GSQL"]),
    ("theo Thông tư SÔ 01/2026/TT-BCT", ["01/2026/TT-BCT"]),
    # one document, one mention misread: the symbol mentioned more often is kept
    ("tại Văn bản số 873/SXD-QLGTT ngày 27/02/2026; Văn bản số 873/SXD-QLGT; "
     "theo Văn bản số 873/SXD-QLGT", ["873/SXD-QLGT"]),
    ("Nghị định số 105/2025/NĐ-CP ngày 15/5/2025; Điều 44 Nghị định số 105/2025/NĐ-\ncủa",
     ["105/2025/NĐ-CP"]),
    # … but not two documents: other days, or two known issuers one letter apart
    ("Văn bản số 873/SXD-QLGTT ngày 27/02/2026 và Văn bản số 873/SXD-QLGT ngày 28/02/2026",
     ["873/SXD-QLGTT", "873/SXD-QLGT"]),
    ("Thông tư số 01/2024/TT-BYT và Thông tư số 01/2024/TT-BCT", ["01/2024/TT-BYT", "01/2024/TT-BCT"]),
    ("Kế hoạch số 05/KH-SXD và Kế hoạch số 05/KH-SGD", ["05/KH-SXD", "05/KH-SGD"]),  # two departments
    ("Báo cáo số 15/BC-TTHC và Biên bản số 15/BB-TTHC", ["15/BC-TTHC", "15/BB-TTHC"]),
    ("Công văn số 10/UBND-KT và Công văn số 10/UBND-KTN", ["10/UBND-KT", "10/UBND-KTN"]),
    # a congress's resolution wrapped onto the next line; a heading there is not its numeral
    ("thực hiện Nghị quyết Đại hội Đảng toàn\nquốc lần thứ XII; Nghị quyết Đại hội Đảng bộ tỉnh "
     "Hưng Yên lần thứ XVIII.", ["name:Nghị quyết Đại hội Đảng toàn quốc lần thứ XII",
                                  "name:Nghị quyết Đại hội Đảng bộ tỉnh Hưng Yên lần thứ XVIII"]),
    ("quán triệt Nghị quyết Hội nghị Trung ương\nI. MỤC ĐÍCH, YÊU CẦU", []),
    ("theo quy định của các Luật ở trên, đề nghị", []),  # no law's name: a small letter after "Luật"
    # where a law's name ends: a date line below it, a colon, a dangling "và", ", cụ thể"
    ("theo Luật BHYT\nHà Nội, ngày 5 tháng 3 năm 2021", ["name:Luật BHYT"]),
    ("theo Luật BHYT: 2. Về thủ tục", ["name:Luật BHYT"]),
    ("Luật Quản lý ngoại thương và\ncác văn bản hướng dẫn", ["name:Luật Quản lý ngoại thương"]),
    ("Luật Quản lý ngoại thương, cụ thể: a)", ["name:Luật Quản lý ngoại thương"]),
    # "số" without a number after it is a word of the name
    ("Luật Công nghiệp công nghệ số; Luật Đầu tư", ["name:Luật Công nghiệp công nghệ số", "name:Luật Đầu tư"]),
    ("Luật Công nghiệp công nghệ số 71/2025/QH15", ["71/2025/QH15"]),
    # a footnote's number glued to the symbol before it; a legislature's two digits and a
    # unit's code keep theirs
    ("theo Nghị định số 105/2025/NĐ-CP2 ngày 15/5/2025; Luật số 42/2024/QH151 và Thông tư số "
     "47/2024/TT-BGTVT4", ["105/2025/NĐ-CP", "42/2024/QH15", "47/2024/TT-BGTVT"]),
    ("Nghị quyết số 24/2016/QH14 ngày 08/11/2016; Công văn số 125/BCA-C04",
     ["24/2016/QH14", "125/BCA-C04"]),
    ("tại Tờ trình số 01/TTr-CT05 ngày 07/5/2026", ["01/TTr-CT05"]),  # a unit's number, "05": no footnote
    # a mass organisation's charter; a type word misspelt before a number ("Mẫu số …" is no
    # citation); a court's documents; "Luât" with its dot lost
    ("- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;\n- Căn cứ Điều lệ Công đoàn Việt Nam;",
     ["name:Điều lệ Đoàn TNCS Hồ Chí Minh", "name:Điều lệ Công đoàn Việt Nam"]),
    ("Căn cứ Quyết dinh số 1286/QĐ-TKV ngày 29/6/2022 của Hội đồng thành viên;", ["1286/QĐ-TKV"]),
    ("theo Cáo trạng số 12/CT-VKSKV2 ngày 20/01/2026. Tại Bản án hình sự sơ thẩm số 15/2026/HS-ST",
     ["12/CT-VKSKV2", "15/2026/HS-ST"]),
    ("Căn cứ Luât Tiếp công dân năm 2013;", ["name:Luật Tiếp công dân năm 2013"]),
    # a charter's name ends where the organisation's name does; "Hội đồng" is none
    ("Căn cứ Điều lệ Đoàn quy định về tổ chức", ["name:Điều lệ Đoàn"]),
    ("Điều lệ Hội được Đại hội đại biểu toàn quốc lần thứ VIII thông qua", ["name:Điều lệ Hội"]),
    ("Căn cứ Điều lệ Hội Liên hiệp Phụ nữ Việt Nam;", ["name:Điều lệ Hội Liên hiệp Phụ nữ Việt Nam"]),
    ("theo Điều lệ Hội đồng quản trị Công ty;", []),
    # a decree's title wrapped, its "điều" as OCR reads it ("điểu"): the law it details is no citation
    ("Nghị định số 105/2025/NĐ-CP của\nChính phủ quy định chi tiết một số điểu và biện pháp thi hành Luật Phòng\n"
     "cháy, chữa cháy và cứu nạn, cứu hộ.", ["105/2025/NĐ-CP"]),
    # a decree's title does not reach past its sentence
    ("Thực hiện Thông tư số 10/2024/TT-BTNMT ngày 31/7/2024 của Bộ.\nUBND tỉnh ban hành văn bản quy "
     "định chi tiết thi hành Luật Đất đai năm 2024 về", ["10/2024/TT-BTNMT", "name:Luật Đất đai năm 2024"]),
    # two congresses of one numeral: the later is no fuller name of the first
    ("Quán triệt Nghị quyết Đại hội XIII; thực hiện Nghị quyết Đại hội Hội Nông dân Việt Nam lần thứ XIII.",
     ["name:Nghị quyết Đại hội XIII"]),
    # a decree's title wrapped before the law it details: the law is no citation
    ("Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính\nphủ quy định chi tiết một số điều của "
     "Luật Tiếp công dân;", ["64/2014/NĐ-CP"]),
    # a later, fuller name of one congress's resolution names it
    ("thực hiện Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI, nhiệm kỳ 2025 - 2030. "
     "Căn cứ Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Ninh Bình lần thứ XI;",
     ["name:Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Ninh Bình lần thứ XI"]),
    # a speck OCR read after a name
    ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ `\n\nĐề nghị",
     ["name:Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"]),
    # a known law joined by "và" printed with a capital after it; "và" before another law ends one
    ("Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;", ["name:Luật Khoa học và Công nghệ"]),
    ("theo Luật Đất đai và Luật Xây dựng", ["name:Luật Đất đai", "name:Luật Xây dựng"]),
    # a department numbered in Roman after a dot, a region's number printed apart; a sentence
    # run on after a symbol's full stop is no part of it
    ("theo Công văn số 7/TTCP-C.II ngày 2/3/2022", ["7/TTCP-C.II"]),
    ("Công văn số 198/KV XII-TH ngày 20/8/2023 của Kiểm toán", ["198/KVXII-TH"]),
    ("Công văn số 45/UBND-KT.Việc này", ["45/UBND-KT"]),
    # the Government's and the Prime Minister's numbering before 1997
    ("Thi hành Nghị định số 64-CP ngày 27/9/1993 và Chỉ thị 406-TTg ngày 8/8/1994", ["64-CP", "406-TTg"]),
    ("Nghị định số 64-CPX", []),
    # laws whose names hold "và" before lower case; a known name with its commas left out; a
    # known "và" law named by an amending law
    ("Luật Giáo dục quốc phòng và an ninh; Pháp lệnh Khai thác và bảo vệ công trình thủy lợi;",
     ["name:Luật Giáo dục quốc phòng và an ninh", "name:Pháp lệnh Khai thác và bảo vệ công trình thủy lợi"]),
    ("theo Luật Phòng cháy chữa cháy và cứu nạn, cứu hộ;", ["name:Luật Phòng cháy chữa cháy và cứu nạn, cứu hộ"]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản năm 2025;",
     ["name:Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản năm 2025"]),
    # the number after the second law an amending law names is the amending law's
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều số\n"
     "60/2020/QH14 ngày 17/6/2020;", ["60/2020/QH14"]),
    # "và" ends a law's name unless the name is known with it, in either tone placement
    ("triển khai thi hành Luật Đất đai và giao đất nông nghiệp", ["name:Luật Đất đai"]),
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 21 tháng 6 năm 1994;",
     ["name:Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân"]),
    # a congress named short, then in full: one reference, by its full name
    ("V/v học tập Nghị quyết Đại hội VIII của Đảng. Tổ chức học tập Nghị quyết Đại hội đại biểu toàn "
     "quốc lần thứ VIII của Đảng.", ["name:Nghị quyết Đại hội đại biểu toàn quốc lần thứ VIII của Đảng"]),
    # "đến" ends a law's name; a known law's whole name stands whatever word follows it
    ("phổ biến Luật Đất đai đến toàn thể cán bộ.", ["name:Luật Đất đai"]),
    ("quán triệt Luật Hòa giải, đối thoại tại Tòa án nhằm nâng cao", ["name:Luật Hòa giải, đối thoại tại Tòa án"]),
    # two laws a cited decree's title names, the second after "và": no references of their own
    ("Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định chi tiết thi\n"
     "hành một số điều của Luật Phòng, chống thiên tai và Luật sửa đổi, bổ sung một số điều của Luật Phòng,\n"
     "chống thiên tai và Luật Đê điều;\nCăn cứ Luật Đất đai và Luật Xây dựng;",
     ["66/2021/NĐ-CP", "name:Luật Đất đai", "name:Luật Xây dựng"]),
    # the laws a cited decree's title names apart by a comma: none of them a reference
    ("Căn cứ Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ quy định chi tiết một số\n"
     "điều của Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính về cai nghiện ma túy;",
     ["116/2021/NĐ-CP"]),
    # a law in a decree's title after "… chi tiết và hướng dẫn thi hành", "sửa đổi, bổ sung … quy định
    # chi tiết thi hành" (probes h23, d28, b10)
    ("Căn cứ Nghị định số 28/2012/NĐ-CP ngày 10/4/2012 của Chính phủ quy định chi tiết và hướng dẫn thi hành"
     " một số điều của Luật Người khuyết tật;", ["28/2012/NĐ-CP"]),
    ("Nghị định số 01/2017/NĐ-CP ngày 06/01/2017 của Chính phủ sửa đổi, bổ sung một số nghị định quy định"
     " chi tiết thi hành Luật Đất đai;", ["01/2017/NĐ-CP"]),
    # an amending law after the law it amends: "vi" of "vi phạm" is no congress's numeral (probe d21)
    ("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của"
     " Luật Xử lý vi phạm hành chính ngày 13 tháng 11 năm 2020;",
     ["name:Luật Xử lý vi phạm hành chính",
      "name:Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính"]),
    # a law's name ends before "vào", and before a sentence the next row opens (probe m42)
    ("lồng ghép nội dung tuyên truyền Luật Thủy sản vào các lớp tập huấn kỹ thuật.", ["name:Luật Thủy sản"]),
    ("Tuyên truyền, phổ biến và triển khai thi hành Luật Thủy sản\nThực hiện Luật Thủy sản ngày 26 tháng 11 năm"
     " 2003, Sở xây dựng kế hoạch.", ["name:Luật Thủy sản"]),
    # an amending law naming four laws, apart by commas (probe f22)
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật"
     " Thanh niên và Luật Thực hiện dân chủ ở cơ sở ngày 27 tháng 6 năm 2025;",
     ["name:Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật"
      " Thanh niên và Luật Thực hiện dân chủ ở cơ sở"]),
]


def _keys(text: str) -> list[str]:
    return [r.identifier or f"name:{r.name}" for r in find_references(text)]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_references_found(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected


def test_a_misread_mention_gives_its_date_to_the_reference_kept() -> None:
    text = "tại Văn bản số 873/SXD-QLGTT ngày 27/02/2026; Văn bản số 873/SXD-QLGT; Văn bản số 873/SXD-QLGT"
    assert [(r.identifier, r.date) for r in find_references(text)] == [("873/SXD-QLGT", "2026-02-27")]


def test_a_standard_is_typed_as_a_regulation() -> None:
    (ref,) = find_references("QCVN 40:2011/BTNMT (đã hết hiệu lực)")
    assert (ref.doc_type, ref.number, ref.span) == ("Quy chuẩn kỹ thuật quốc gia", "40", (0, 18))


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [("Kế hoạch này thay thế công văn số 12/UBND-VX", "Công văn"),  # the cited type is the nearer
     ("Thông báo này thay cho văn bản số 100/UBND-TH", "Văn bản"),
     ("Quyết định thay thế công văn số 12/UBND-VX ngày 1/2/2020", "Công văn"),
     ("theo Giấy phép khai thác khoáng sản điều chỉnh số 815/QĐ-UBND", "Giấy phép")],
)
def test_the_type_of_a_citation_is_the_one_before_its_number(text: str, doc_type: str) -> None:
    (ref,) = find_references(text)
    assert ref.doc_type == doc_type


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a paragraph's line wraps inside the issuer's name: it goes on
        ("Thực hiện Kế hoạch số 42/KH-SVHTT ngày 5/3/2025 của Sở Văn hóa và\nThể thao về việc tổ chức",
         "Sở Văn hóa và Thể thao"),
        ("theo Kết luận số 21-KL/TW ngày 16/10/2021 của Ban Chấp hành\nTrung ương Đảng khóa XIII về đẩy mạnh",
         "Ban Chấp hành Trung ương Đảng khóa XIII"),
        ("Căn cứ Thông tư số 36/2025/TT-BNNMT của Bộ trưởng Bộ Nông nghiệp và Môi\ntrường hướng dẫn",
         "Bộ trưởng Bộ Nông nghiệp và Môi trường"),
        # a normative document's name in sentence case after its issuer is no part of it
        ("Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ Quy định chi tiết một số nội dung",
         "Chính phủ"),
        # a line break before a list item, a blank line or a date line ends it
        ("Căn cứ Công văn số 12/UBND-KT ngày 3/4/2025 của UBND tỉnh\n- Lưu: VT", "UBND tỉnh"),
        ("Công văn số 12/UBND-KT của UBND tỉnh\n\nSở Xây dựng đề nghị", "UBND tỉnh"),
        # and so does a sentence's opening on the next line (OCR lost the ";" at the line's end)
        ("Căn cứ Công văn số 12/UBND-KT ngày 3/4/2025 của UBND tỉnh\nCăn cứ Nghị định số 30/2020/NĐ-CP",
         "UBND tỉnh"),
        ("Công văn số 15/SNV-TCBC của Sở Nội vụ\nTrên cơ sở đó, Sở đề nghị", "Sở Nội vụ"),
        # "thực hiện" ends the issuer, but for a steering committee named by what it carries out
        ("Kế hoạch số 200/KH-UBND của UBND tỉnh thực hiện Chương trình hành động", "UBND tỉnh"),
        ("Kế hoạch số 5/KH-BCĐ của Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh;",
         "Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh"),
    ],
)
def test_a_references_issuer_runs_to_its_end(text: str, issuer: str) -> None:
    assert find_references(text)[0].issuer == issuer


@pytest.mark.parametrize(("text", "names"), [
    # a firm's own charter, by its name
    ("Căn cứ Điều lệ tổ chức và hoạt động của Tổng công ty Sông Đà - CTCP;",
     ["Điều lệ tổ chức và hoạt động của Tổng công ty Sông Đà - CTCP"]),
    ("thực hiện đúng Điều lệ của Hội.", []),  # "the association's": no name, no document
    # a local congress's resolution named in full, then short: one document
    ("kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Tổng công ty lần thứ VIII, nhiệm kỳ 2020 - 2025;"
     " đạt 104% chỉ tiêu Nghị quyết Đại hội lần thứ VIII.",
     ["Nghị quyết Đại hội đại biểu Đảng bộ Tổng công ty lần thứ VIII"]),
    # another body's congress of the same numeral is another resolution
    ("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ XVI.",
     ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ XVI"]),
    # the Party organisation of the Front and the mass organisations (since 2025): a comma in its name
    ("về thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Mặt trận Tổ quốc, các đoàn thể tỉnh lần thứ I, nhiệm kỳ"
     " 2025 - 2030;", ["Nghị quyết Đại hội đại biểu Đảng bộ Mặt trận Tổ quốc, các đoàn thể tỉnh lần thứ I"]),
    ("theo Nghị quyết Đại hội, các nghị quyết chuyên đề lần thứ I", []),  # no other comma goes on
    # the charter named in the title of the Party's rules on carrying it out is theirs (probe-u22)
    ("căn cứ Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Ban",
     [None]),
    ("Căn cứ Hướng dẫn số 06-HD/TW ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ"
     " Đảng;", [None]),
    ("Căn cứ Điều lệ Đảng; Quy định số 294-QĐ/TW về thi hành Điều lệ Đảng;", ["Điều lệ Đảng", None]),
    # a known law's name ends at a comma that no known law's name goes on after (probe-s31)
    ("Tuyên truyền Luật Người khuyết tật, chính sách trợ giúp xã hội đối với người mù;",
     ["Luật Người khuyết tật"]),
    ("thực hiện Luật Cán bộ, công chức và các văn bản hướng dẫn;", ["Luật Cán bộ, công chức"]),
    # a national association's name runs to its "Việt Nam" (probe-x31)
    ("Căn cứ Điều lệ Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam; thực hiện",
     ["Điều lệ Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam"]),
    ("Căn cứ Điều lệ Liên hiệp các Hội Văn học nghệ thuật tỉnh Thái Nguyên; xét đề nghị",  # probe-w30
     ["Điều lệ Liên hiệp các Hội Văn học nghệ thuật tỉnh Thái Nguyên"]),
    ("Căn cứ Điều lệ Liên đoàn Luật sư Việt Nam,", ["Điều lệ Liên đoàn Luật sư Việt Nam"]),  # probe-m47
    # the working rules a decision issues are no citation, nor those in a cited decision's title (probe-k43)
    ("Căn cứ Quyết định số 03-QĐ/TU ngày 10/11/2015 của Ban Chấp hành Đảng bộ tỉnh khóa XIX ban hành Quy chế"
     " làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX; Ban hành kèm theo Quyết định này Quy chế làm việc"
     " của Ban Chấp hành Đảng bộ tỉnh khóa XX.", [None]),  # only the numbered decision: no name
])
def test_charters_and_congress_resolutions_by_name(text: str, names: list[str]) -> None:
    assert [ref.name for ref in find_references(text)] == names


@pytest.mark.parametrize(("text", "cited"), [
    # the Constitution by its name; a number issued between two others has a letter after it
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", [("Hiến pháp nước Cộng hòa xã hội chủ nghĩa"
                                                                   " Việt Nam", "Hiến pháp")]),
    ("Căn cứ Hiến pháp năm 2013;", [("Hiến pháp năm 2013", "Hiến pháp")]),
    ("sửa đổi theo Nghị quyết số 27a/2022/UBTVQH15;", [("27a/2022/UBTVQH15", "Nghị quyết")]),
    ("bảo vệ quyền con người theo hiến pháp và pháp luật", []),  # the word in lower case: no document
    # an ordinance whose name holds a word that ends other names ("có")
    ("theo Pháp lệnh Ưu đãi người có công với cách mạng và các văn bản hướng dẫn.",
     [("Pháp lệnh Ưu đãi người có công với cách mạng", "Pháp lệnh")]),
])
def test_the_constitution_and_a_lettered_number_are_cited(text: str, cited: list[tuple[str, str]]) -> None:
    assert [(ref.identifier or ref.name, ref.doc_type) for ref in find_references(text)] == cited


@pytest.mark.parametrize(("text", "cited"), [
    # more numbers listed after a cited one, of its type; the last one's date and issuer are all of theirs
    ("theo các Nghị quyết số 197/2025/QH15, 198/2025/QH15 ngày 17/5/2025 của Quốc hội về cơ chế",
     [("197/2025/QH15", "Nghị quyết", "2025-05-17", "Quốc hội"), ("198/2025/QH15", "Nghị quyết", "2025-05-17", "Quốc hội")]),
    ("Quyết định số 104/1999/QĐ-TTg, 170/2008/QĐ-TTg và 40/2011/QĐ-TTg của Thủ tướng Chính phủ.",
     [("104/1999/QĐ-TTg", "Quyết định", None, "Thủ tướng Chính phủ"),
      ("170/2008/QĐ-TTg", "Quyết định", None, "Thủ tướng Chính phủ"),
      ("40/2011/QĐ-TTg", "Quyết định", None, "Thủ tướng Chính phủ")]),
    # a number with its own date ends the list; a count after a comma is no number
    ("Quyết định số 12/QĐ-UBND ngày 5/1/2025, 15 cán bộ được cử đi học.", [("12/QĐ-UBND", "Quyết định", "2025-01-05", None)]),
    # an ordinance cited by its name and number (probe-y27)
    ("theo Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020;",
     [("02/2020/UBTVQH14", "Pháp lệnh", "2020-12-09", None)]),
])
def test_numbers_listed_after_a_citation(text: str, cited: list[tuple]) -> None:
    assert [(r.identifier, r.doc_type, r.date, r.issuer) for r in find_references(text)] == cited


def test_two_laws_of_one_name_on_other_days_are_two() -> None:
    """probe-y30: the heritage law of 2001 by its date, that of 2024 by its number and date."""
    text = ("Căn cứ Luật Di sản văn hóa ngày 29 tháng 6 năm 2001; Luật Đầu tư công số 39/2019/QH14;\n"
            "theo Luật Di sản văn hóa số 45/2024/QH15 ngày 23/11/2024.")
    found = [(r.identifier, r.name, r.date) for r in find_references(text) if "Di sản" in (r.name or "")]
    assert found == [(None, "Luật Di sản văn hóa", "2001-06-29"), ("45/2024/QH15", "Luật Di sản văn hóa", "2024-11-23")]


def test_numbers_listed_after_their_type_and_issuer_are_each_cited() -> None:
    # "các Nghị định của Chính phủ: số …; số …" (probe d31): each number, with the list's issuer
    text = ("Căn cứ các Nghị định của Chính phủ: số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 quy định chi tiết"
            " thi hành một số điều của Luật Đất đai; số 45/2014/NĐ-CP ngày 15 tháng 5 năm 2014 quy định về"
            " thu tiền sử dụng đất; số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 sửa đổi, bổ sung;\n"
            "Xét đề nghị của Trưởng phòng; Mẫu số 01/TB-TNĐT kèm theo.")
    cited = [(r.identifier, r.issuer) for r in find_references(text)]
    assert cited == [("43/2014/NĐ-CP", "Chính phủ"), ("45/2014/NĐ-CP", "Chính phủ"), ("01/2017/NĐ-CP", "Chính phủ")]
