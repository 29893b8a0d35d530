"""Phrase bank: administrative sentences by topic, and people's names.

Every sentence is written with the tone mark on the first vowel (hòa, ủy); the generator may
move it afterwards. No sentence here cites a numbered document: citations are added by the
generator so that each one is recorded in the gold references.
Slots: {year} {next_year} {pct} {num} {area} {lead} {deadline}.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    key: str
    lead: str  # the body that usually leads the work (sentence case)
    subjects: tuple[str, ...]
    context: tuple[str, ...]
    actions: tuple[str, ...]
    results: tuple[str, ...]
    limits: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "tax",
        "Sở Tài chính",
        (
            "tăng cường công tác quản lý thu ngân sách nhà nước năm {year}",
            "đôn đốc thu hồi nợ đọng thuế trên địa bàn {area}",
            "triển khai hóa đơn điện tử khởi tạo từ máy tính tiền",
            "thực hiện các giải pháp chống thất thu thuế trong lĩnh vực thương mại điện tử",
            "lập dự toán ngân sách nhà nước năm {next_year}",
            "rà soát, điều chỉnh giá đất tính thu tiền sử dụng đất",
        ),
        (
            "Trong những tháng đầu năm {year}, tổng thu ngân sách nhà nước trên địa bàn ước đạt {pct}% dự toán được giao, tăng so với cùng kỳ năm trước.",
            "Tình trạng nợ đọng thuế vẫn còn phát sinh ở một số lĩnh vực, nhất là tiền sử dụng đất, tiền thuê đất và thuế của các hộ kinh doanh.",
            "Việc quản lý thuế đối với hoạt động kinh doanh trên nền tảng số còn nhiều khó khăn do đối tượng phân tán, giao dịch khó kiểm soát.",
            "Công tác lập và giao dự toán phải bảo đảm đúng quy định, công khai, minh bạch, tiết kiệm, hiệu quả.",
            "Nhiều khoản thu lớn phụ thuộc vào tiến độ đấu giá quyền sử dụng đất, trong khi thị trường bất động sản phục hồi chậm.",
        ),
        (
            "Tập trung rà soát, đánh giá sát tình hình thực hiện dự toán thu ngân sách nhà nước, xác định cụ thể các nguồn thu còn tiềm năng để có giải pháp khai thác kịp thời.",
            "Chủ trì, phối hợp với cơ quan thuế đẩy mạnh thu hồi nợ đọng, phân loại các khoản nợ theo từng nhóm, công khai thông tin người nộp thuế chây ỳ theo quy định.",
            "Tăng cường kiểm tra, giám sát việc sử dụng hóa đơn điện tử; xử lý nghiêm các trường hợp vi phạm, không để xảy ra thất thu.",
            "Thực hiện nghiêm các biện pháp tiết kiệm chi thường xuyên, cắt giảm các nhiệm vụ chi chưa thật sự cần thiết.",
            "Hướng dẫn các đơn vị dự toán lập dự toán chi ngân sách bảo đảm đúng định mức, tiêu chuẩn, chế độ và gửi về trước ngày {deadline}.",
            "Phối hợp với Ngân hàng Nhà nước khu vực và các ngân hàng thương mại tháo gỡ khó khăn về vốn cho doanh nghiệp, hộ kinh doanh.",
            "Đẩy mạnh tuyên truyền, hỗ trợ người nộp thuế thực hiện thủ tục kê khai, nộp thuế điện tử trên Cổng dịch vụ công quốc gia.",
            "Định kỳ hằng tháng báo cáo kết quả thu ngân sách, những khó khăn, vướng mắc và đề xuất giải pháp xử lý.",
        ),
        (
            "Tổng thu ngân sách nhà nước trên địa bàn đạt {pct}% dự toán, trong đó thu nội địa đạt kết quả khá.",
            "Đã thu hồi được {num} tỷ đồng tiền nợ thuế, giảm đáng kể số nợ có khả năng thu so với đầu năm.",
            "Có {num} doanh nghiệp và hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
            "Công tác quyết toán ngân sách được thực hiện đúng thời hạn, bảo đảm chất lượng.",
        ),
        (
            "Một số khoản thu đạt thấp so với dự toán, nhất là thu tiền sử dụng đất.",
            "Việc phối hợp giữa các cơ quan trong quản lý thu ở một số địa phương còn chưa chặt chẽ.",
        ),
    ),
    Topic(
        "health",
        "Sở Y tế",
        (
            "tăng cường công tác phòng, chống dịch bệnh mùa mưa năm {year}",
            "bảo đảm cung ứng thuốc, vật tư y tế tại các cơ sở khám bệnh, chữa bệnh",
            "đẩy mạnh phát triển bảo hiểm y tế toàn dân",
            "triển khai tiêm chủng mở rộng năm {year}",
            "nâng cao chất lượng khám bệnh, chữa bệnh tại tuyến y tế cơ sở",
            "bảo đảm an toàn thực phẩm dịp Tết Nguyên đán và mùa lễ hội xuân {next_year}",
        ),
        (
            "Tình hình dịch sốt xuất huyết, tay chân miệng có chiều hướng gia tăng, số ca mắc tăng {pct}% so với cùng kỳ năm trước.",
            "Một số cơ sở khám bệnh, chữa bệnh còn thiếu thuốc, vật tư y tế do vướng mắc trong công tác đấu thầu, mua sắm.",
            "Tỷ lệ bao phủ bảo hiểm y tế trên địa bàn đạt {pct}% dân số, chưa đạt chỉ tiêu đề ra.",
            "Mạng lưới y tế cơ sở đã được củng cố nhưng chất lượng dịch vụ còn hạn chế, nhân lực còn thiếu.",
            "Nguy cơ ngộ độc thực phẩm tăng cao trong dịp lễ, Tết do nhu cầu tiêu dùng lớn.",
        ),
        (
            "Tăng cường giám sát chặt chẽ tình hình dịch bệnh, phát hiện sớm, khoanh vùng và xử lý triệt để ổ dịch, không để dịch lây lan rộng.",
            "Chỉ đạo các cơ sở khám bệnh, chữa bệnh chủ động xây dựng kế hoạch mua sắm, bảo đảm đủ thuốc, hóa chất, vật tư y tế phục vụ người bệnh.",
            "Phối hợp với cơ quan bảo hiểm xã hội vận động người dân tham gia bảo hiểm y tế, nhất là hộ cận nghèo, học sinh, sinh viên.",
            "Tổ chức tiêm chủng đầy đủ, đúng lịch cho trẻ em trong độ tuổi, bảo đảm an toàn tiêm chủng.",
            "Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý hồ sơ sức khỏe điện tử và thanh toán viện phí không dùng tiền mặt.",
            "Tăng cường thanh tra, kiểm tra an toàn thực phẩm, xử lý nghiêm các cơ sở vi phạm và công khai trên phương tiện thông tin đại chúng.",
            "Chủ động chuẩn bị nhân lực, phương tiện, cơ số thuốc sẵn sàng ứng phó với các tình huống khẩn cấp về y tế.",
            "Tuyên truyền, hướng dẫn người dân thực hiện các biện pháp phòng bệnh, vệ sinh môi trường, diệt lăng quăng, bọ gậy.",
        ),
        (
            "Đã tổ chức {num} đợt giám sát, kiểm tra công tác phòng, chống dịch tại các địa phương.",
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt {pct}%.",
            "Các trạm y tế xã, phường đã thực hiện khám, chữa bệnh bảo hiểm y tế cho {num} lượt người.",
            "Không để xảy ra vụ ngộ độc thực phẩm đông người trên địa bàn.",
        ),
        (
            "Một số trạm y tế còn thiếu bác sĩ, trang thiết bị xuống cấp.",
            "Công tác tuyên truyền ở vùng sâu, vùng xa chưa thật sự hiệu quả.",
        ),
    ),
    Topic(
        "education",
        "Sở Giáo dục và Đào tạo",
        (
            "tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {year}",
            "chuẩn bị các điều kiện cho năm học {year}-{next_year}",
            "tăng cường công tác bảo đảm an toàn trường học",
            "thực hiện chương trình giáo dục phổ thông mới",
            "tuyển sinh vào lớp 10 trung học phổ thông năm học {year}-{next_year}",
            "sắp xếp, tinh gọn mạng lưới trường, lớp học",
        ),
        (
            "Năm học vừa qua, ngành giáo dục đã hoàn thành cơ bản các mục tiêu, nhiệm vụ đề ra; chất lượng giáo dục đại trà tiếp tục được nâng lên.",
            "Tình trạng thiếu giáo viên ở một số môn học, cấp học vẫn chưa được khắc phục triệt để.",
            "Cơ sở vật chất của nhiều trường học ở vùng khó khăn còn thiếu, phòng học tạm, phòng học mượn vẫn còn.",
            "Toàn tỉnh có {num} thí sinh đăng ký dự thi, tăng so với năm trước.",
            "Việc triển khai sách giáo khoa mới cơ bản bảo đảm tiến độ nhưng còn lúng túng ở một số đơn vị.",
        ),
        (
            "Rà soát, bố trí đủ giáo viên theo định mức, ưu tiên các môn học còn thiếu và các trường ở vùng đặc biệt khó khăn.",
            "Chỉ đạo các trường học kiểm tra, sửa chữa cơ sở vật chất, bảo đảm đủ phòng học, bàn ghế, thiết bị dạy học trước ngày khai giảng.",
            "Tổ chức Kỳ thi nghiêm túc, an toàn, đúng quy chế; bảo đảm quyền lợi chính đáng của thí sinh.",
            "Phối hợp với cơ quan công an, y tế, điện lực bảo đảm an ninh, trật tự, y tế và điện lực trong thời gian diễn ra Kỳ thi.",
            "Tăng cường giáo dục kỹ năng sống, phòng, chống bạo lực học đường và đuối nước cho học sinh.",
            "Đẩy mạnh chuyển đổi số trong quản lý giáo dục, sử dụng học bạ số và cơ sở dữ liệu ngành.",
            "Xây dựng phương án tuyển sinh phù hợp với quy mô dân số và điều kiện thực tế của từng địa phương.",
            "Tổng hợp kết quả, báo cáo về Sở trước ngày {deadline} để tổng hợp, báo cáo cấp có thẩm quyền.",
        ),
        (
            "Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {pct}%.",
            "Đã đầu tư xây dựng mới và sửa chữa {num} phòng học, phòng chức năng.",
            "Có thêm {num} trường đạt chuẩn quốc gia trong năm.",
            "Công tác tuyển dụng giáo viên được thực hiện công khai, minh bạch.",
        ),
        (
            "Chất lượng giáo dục giữa các vùng còn chênh lệch.",
            "Kinh phí mua sắm thiết bị dạy học còn hạn chế.",
        ),
    ),
    Topic(
        "land",
        "Sở Nông nghiệp và Môi trường",
        (
            "tăng cường quản lý nhà nước về đất đai trên địa bàn {area}",
            "đẩy nhanh tiến độ cấp Giấy chứng nhận quyền sử dụng đất",
            "xây dựng bảng giá đất áp dụng từ ngày 01 tháng 01 năm {next_year}",
            "kiểm tra việc chấp hành pháp luật về khoáng sản",
            "xử lý dứt điểm các vướng mắc trong công tác bồi thường, giải phóng mặt bằng",
            "thống kê, kiểm kê đất đai năm {year}",
        ),
        (
            "Công tác quản lý đất đai trên địa bàn đã có chuyển biến tích cực, song tình trạng lấn chiếm, sử dụng đất sai mục đích vẫn còn xảy ra.",
            "Tiến độ bồi thường, giải phóng mặt bằng một số dự án trọng điểm còn chậm, ảnh hưởng đến kế hoạch giải ngân vốn đầu tư công.",
            "Hồ sơ đề nghị cấp Giấy chứng nhận còn tồn đọng nhiều, chủ yếu do thiếu giấy tờ về nguồn gốc sử dụng đất.",
            "Hoạt động khai thác khoáng sản trái phép ở một số khu vực chưa được ngăn chặn kịp thời.",
            "Việc thi hành pháp luật đất đai mới đặt ra yêu cầu phải rà soát, sửa đổi nhiều quy định của địa phương.",
        ),
        (
            "Rà soát, phân loại các hồ sơ tồn đọng, giải quyết dứt điểm các trường hợp đủ điều kiện cấp Giấy chứng nhận.",
            "Tăng cường kiểm tra, phát hiện và xử lý kịp thời các trường hợp lấn chiếm, sử dụng đất sai mục đích.",
            "Phối hợp với Ủy ban nhân dân cấp xã công khai phương án bồi thường, hỗ trợ, tái định cư; đối thoại, giải quyết kiến nghị của người dân.",
            "Xây dựng, hoàn thiện cơ sở dữ liệu đất đai, kết nối, chia sẻ với cơ sở dữ liệu quốc gia về dân cư.",
            "Tổ chức điều tra, khảo sát giá đất thị trường làm cơ sở xây dựng bảng giá đất bảo đảm phù hợp thực tế.",
            "Kiểm tra các điểm mỏ đã cấp phép, xử lý nghiêm các tổ chức, cá nhân khai thác vượt công suất, ngoài phạm vi cấp phép.",
            "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày {deadline}.",
        ),
        (
            "Đã cấp {num} Giấy chứng nhận quyền sử dụng đất lần đầu, đạt {pct}% kế hoạch.",
            "Hoàn thành bàn giao mặt bằng cho {num} dự án.",
            "Phát hiện, xử lý {num} trường hợp vi phạm pháp luật về đất đai.",
        ),
        (
            "Hồ sơ địa chính ở một số địa phương chưa được cập nhật, chỉnh lý kịp thời.",
            "Nhân lực làm công tác địa chính cấp xã còn thiếu và yếu.",
        ),
    ),
    Topic(
        "construction",
        "Sở Xây dựng",
        (
            "tăng cường quản lý chất lượng công trình xây dựng",
            "đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {year}",
            "phát triển nhà ở xã hội trên địa bàn {area}",
            "bảo đảm trật tự an toàn giao thông dịp cuối năm",
            "quản lý trật tự xây dựng đô thị",
            "sửa chữa, bảo trì hệ thống đường giao thông",
        ),
        (
            "Tỷ lệ giải ngân vốn đầu tư công đến nay mới đạt {pct}% kế hoạch vốn được giao, thấp hơn mức bình quân chung.",
            "Một số công trình chậm tiến độ do vướng mặt bằng, giá vật liệu tăng cao và năng lực nhà thầu hạn chế.",
            "Nhu cầu nhà ở của công nhân, người lao động có thu nhập thấp rất lớn nhưng nguồn cung còn hạn chế.",
            "Tình trạng xây dựng không phép, sai phép vẫn còn diễn ra ở một số khu vực đô thị.",
            "Nhiều tuyến đường tỉnh đã xuống cấp, tiềm ẩn nguy cơ mất an toàn giao thông.",
        ),
        (
            "Yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ, thủ tục thanh toán khối lượng hoàn thành, không để dồn vào cuối năm.",
            "Kiểm tra công tác nghiệm thu, quản lý chất lượng tại các công trình trọng điểm; xử lý nghiêm các nhà thầu vi phạm.",
            "Rà soát quỹ đất để bố trí phát triển nhà ở xã hội, tạo điều kiện thuận lợi cho doanh nghiệp tham gia đầu tư.",
            "Tăng cường kiểm tra trật tự xây dựng, kiên quyết xử lý các công trình xây dựng không phép, sai phép.",
            "Tổ chức sửa chữa kịp thời các vị trí hư hỏng, bổ sung hệ thống biển báo, bảo đảm giao thông thông suốt.",
            "Điều chuyển kế hoạch vốn từ các dự án giải ngân chậm sang các dự án có khả năng giải ngân tốt.",
            "Tổng hợp khó khăn, vướng mắc vượt thẩm quyền, báo cáo Ủy ban nhân dân tỉnh trước ngày {deadline}.",
        ),
        (
            "Đã giải ngân {num} tỷ đồng, đạt {pct}% kế hoạch vốn.",
            "Khởi công mới {num} công trình, hoàn thành đưa vào sử dụng nhiều công trình quan trọng.",
            "Kiểm tra {num} công trình, phát hiện và yêu cầu khắc phục các tồn tại về chất lượng.",
        ),
        (
            "Công tác lập, thẩm định hồ sơ dự án ở một số đơn vị còn chậm.",
            "Năng lực của một số chủ đầu tư, ban quản lý dự án còn hạn chế.",
        ),
    ),
    Topic(
        "party",
        "Ban Tổ chức Tỉnh ủy",
        (
            "tăng cường công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
            "tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030",
            "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm {year}",
            "nâng cao chất lượng sinh hoạt chi bộ",
            "công tác phát triển đảng viên năm {year}",
            "quy hoạch cán bộ lãnh đạo, quản lý",
        ),
        (
            "Công tác xây dựng Đảng và hệ thống chính trị tiếp tục được quan tâm lãnh đạo, chỉ đạo và đạt nhiều kết quả quan trọng.",
            "Năng lực lãnh đạo, sức chiến đấu của nhiều tổ chức cơ sở đảng được nâng lên; đội ngũ cán bộ, đảng viên cơ bản đáp ứng yêu cầu nhiệm vụ.",
            "Chất lượng sinh hoạt chi bộ ở một số nơi chưa cao, nội dung còn đơn điệu, chưa thu hút được đảng viên.",
            "Việc kết nạp đảng viên ở khu vực doanh nghiệp ngoài nhà nước còn gặp nhiều khó khăn.",
            "Một số cấp ủy chưa thật sự chủ động trong việc rà soát, bổ sung quy hoạch cán bộ.",
        ),
        (
            "Các cấp ủy, tổ chức đảng quán triệt sâu sắc, triển khai nghiêm túc các chủ trương của Đảng về công tác xây dựng Đảng.",
            "Tăng cường giáo dục chính trị tư tưởng, đạo đức, lối sống cho cán bộ, đảng viên; phát huy vai trò nêu gương của người đứng đầu.",
            "Đổi mới nội dung, hình thức sinh hoạt chi bộ; mỗi kỳ sinh hoạt chọn một chuyên đề sát với tình hình thực tế của đơn vị.",
            "Chuẩn bị chu đáo nhân sự cấp ủy bảo đảm đúng tiêu chuẩn, cơ cấu, quy trình và thời gian quy định.",
            "Thực hiện nghiêm túc việc kiểm điểm tự phê bình và phê bình, gắn với đánh giá kết quả thực hiện nhiệm vụ được giao.",
            "Quan tâm tạo nguồn phát triển đảng viên trong đoàn viên thanh niên, người lao động tại doanh nghiệp.",
            "Tăng cường kiểm tra, giám sát việc thực hiện nguyên tắc tập trung dân chủ và quy chế làm việc của cấp ủy.",
            "Báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) trước ngày {deadline}.",
        ),
        (
            "Toàn Đảng bộ đã kết nạp {num} đảng viên mới, đạt {pct}% chỉ tiêu.",
            "Có {pct}% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
            "Đã tổ chức {num} hội nghị quán triệt, học tập các nghị quyết, chỉ thị của Đảng.",
        ),
        (
            "Một số chi bộ chưa thực hiện nghiêm chế độ sinh hoạt định kỳ.",
            "Công tác kiểm tra, giám sát ở một số nơi còn hình thức.",
        ),
    ),
    Topic(
        "digital",
        "Sở Khoa học và Công nghệ",
        (
            "đẩy mạnh chuyển đổi số trong các cơ quan nhà nước",
            "triển khai ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử",
            "nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình",
            "bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan, đơn vị",
            "phát triển hạ tầng số, kinh tế số và xã hội số năm {year}",
            "đẩy mạnh phát triển khoa học, công nghệ, đổi mới sáng tạo",
        ),
        (
            "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt {pct}%, chưa đạt chỉ tiêu đề ra.",
            "Hạ tầng công nghệ thông tin của nhiều cơ quan, đơn vị đã lạc hậu, chưa bảo đảm kết nối, chia sẻ dữ liệu.",
            "Nguy cơ mất an toàn thông tin ngày càng gia tăng, nhiều hệ thống thông tin bị tấn công, dò quét lỗ hổng.",
            "Kinh tế số đóng góp khoảng {pct}% vào tổng sản phẩm trên địa bàn.",
            "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở một số đơn vị còn chậm.",
        ),
        (
            "Rà soát, cắt giảm, đơn giản hóa thủ tục hành chính; tái cấu trúc quy trình để cung cấp dịch vụ công trực tuyến toàn trình.",
            "Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định; bảo đảm dữ liệu đúng, đủ, sạch, sống.",
            "Triển khai các biện pháp bảo đảm an toàn thông tin theo cấp độ; kiểm tra, đánh giá định kỳ các hệ thống thông tin.",
            "Đẩy mạnh thanh toán không dùng tiền mặt trong thực hiện thủ tục hành chính và cung cấp dịch vụ công.",
            "Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người dân.",
            "Phát huy vai trò của tổ công nghệ số cộng đồng trong hướng dẫn người dân sử dụng các ứng dụng số.",
            "Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính.",
            "Gửi báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày {deadline} để tổng hợp.",
        ),
        (
            "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt {pct}%.",
            "Đã số hóa {num} hồ sơ, kết quả giải quyết thủ tục hành chính.",
            "Hoàn thành phê duyệt cấp độ an toàn cho {num} hệ thống thông tin.",
        ),
        (
            "Một số dịch vụ công trực tuyến có tỷ lệ phát sinh hồ sơ thấp.",
            "Nhân lực chuyên trách về công nghệ thông tin còn thiếu.",
        ),
    ),
    Topic(
        "disaster",
        "Ban Chỉ huy Phòng thủ dân sự tỉnh",
        (
            "chủ động ứng phó với bão số {num} và mưa lũ",
            "triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}",
            "khắc phục hậu quả mưa lũ, sạt lở đất",
            "bảo đảm an toàn hồ đập, công trình thủy lợi trong mùa mưa lũ",
            "phòng cháy, chữa cháy rừng mùa khô năm {year}",
        ),
        (
            "Theo dự báo của cơ quan khí tượng thủy văn, bão có khả năng gây mưa rất to, nguy cơ cao xảy ra lũ quét, sạt lở đất ở khu vực miền núi.",
            "Đợt mưa lũ vừa qua đã làm {num} ngôi nhà bị hư hỏng, nhiều tuyến đường bị sạt lở, chia cắt.",
            "Nhiều hồ chứa đã tích nước đầy, tiềm ẩn nguy cơ mất an toàn nếu tiếp tục có mưa lớn.",
            "Thời tiết nắng nóng kéo dài, cấp dự báo cháy rừng nhiều nơi ở mức nguy hiểm.",
            "Công tác phòng, chống thiên tai đã được các cấp, các ngành quan tâm, hạn chế được thiệt hại về người và tài sản.",
        ),
        (
            "Theo dõi chặt chẽ diễn biến thời tiết, kịp thời thông báo, hướng dẫn người dân chủ động phòng, tránh.",
            "Tổ chức kiểm tra, rà soát các khu dân cư ở vùng có nguy cơ sạt lở, lũ quét; sẵn sàng sơ tán người dân đến nơi an toàn.",
            "Bố trí lực lượng, phương tiện ứng trực tại các vị trí xung yếu, các ngầm tràn; kiên quyết không để người và phương tiện qua lại khi không bảo đảm an toàn.",
            "Vận hành hồ chứa theo đúng quy trình, bảo đảm an toàn công trình và vùng hạ du.",
            "Huy động lực lượng giúp người dân khắc phục hậu quả, sửa chữa nhà cửa, ổn định đời sống.",
            "Chuẩn bị đầy đủ lương thực, thuốc men, nhu yếu phẩm tại các khu vực có nguy cơ bị chia cắt.",
            "Tăng cường tuần tra, canh gác lửa rừng; xử lý nghiêm các hành vi đốt nương làm rẫy không đúng quy định.",
            "Tổ chức trực ban nghiêm túc 24/24 giờ, báo cáo kịp thời tình hình về Ban Chỉ huy.",
        ),
        (
            "Đã sơ tán {num} hộ dân ra khỏi khu vực nguy hiểm.",
            "Không có thiệt hại về người; thiệt hại về tài sản ước tính {num} tỷ đồng.",
            "Hoàn thành sửa chữa {num} công trình thủy lợi bị hư hỏng.",
        ),
        (
            "Một số địa phương còn chủ quan trong công tác phòng, tránh.",
            "Phương tiện, trang thiết bị cứu hộ, cứu nạn còn thiếu.",
        ),
    ),
    Topic(
        "agriculture",
        "Sở Nông nghiệp và Môi trường",
        (
            "phòng, chống bệnh dịch tả lợn châu Phi",
            "chỉ đạo sản xuất vụ Đông Xuân {year}-{next_year}",
            "xây dựng nông thôn mới giai đoạn 2021-2025",
            "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
            "phát triển sản phẩm OCOP trên địa bàn {area}",
        ),
        (
            "Bệnh dịch tả lợn châu Phi đã xuất hiện tại {num} xã, có nguy cơ lây lan ra diện rộng.",
            "Diện tích gieo trồng vụ Đông Xuân đạt {pct}% kế hoạch; cơ cấu giống được chuyển đổi theo hướng nâng cao chất lượng.",
            "Toàn tỉnh có {num} xã đạt chuẩn nông thôn mới, trong đó nhiều xã đạt chuẩn nông thôn mới nâng cao.",
            "Một số tiêu chí nông thôn mới về môi trường, thu nhập chưa thật sự bền vững.",
        ),
        (
            "Tổ chức tiêm phòng vắc xin cho đàn vật nuôi, bảo đảm tỷ lệ tiêm phòng theo yêu cầu.",
            "Kiểm soát chặt chẽ việc vận chuyển, buôn bán, giết mổ gia súc, gia cầm trên địa bàn.",
            "Hướng dẫn nông dân gieo cấy đúng khung thời vụ, sử dụng giống có năng suất, chất lượng cao.",
            "Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới; tập trung nguồn lực cho các xã gần đạt chuẩn.",
            "Quản lý chặt chẽ tàu cá, duy trì thiết bị giám sát hành trình; xử lý nghiêm các vi phạm.",
            "Hỗ trợ các chủ thể hoàn thiện hồ sơ sản phẩm OCOP, xây dựng nhãn hiệu, mở rộng thị trường tiêu thụ.",
        ),
        (
            "Đã tiêm phòng cho {num} con gia súc, gia cầm.",
            "Có thêm {num} sản phẩm được công nhận đạt chuẩn OCOP.",
            "Năng suất lúa bình quân tăng so với cùng kỳ.",
        ),
        (
            "Việc liên kết sản xuất theo chuỗi giá trị còn hạn chế.",
            "Nguồn lực đầu tư cho nông thôn mới còn phân tán.",
        ),
    ),
)

SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lò", "Hà", "Trịnh", "Mai", "Lương",
)
MIDDLE = (
    "Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Thị Thu", "Ngọc", "Mạnh", "Xuân",
    "Công", "Thị Hồng", "Trọng", "Anh", "Chí", "Đình", "Thế",
)
GIVEN = (
    "Hùng", "Dũng", "Hải", "Hà", "Lan", "Hương", "Tuấn", "Sơn", "Thắng", "Bình", "Cường",
    "Hiền", "Thủy", "Hoa", "Long", "Nam", "Phương", "Trung", "Quang", "Tâm", "Thảo", "Khoa",
    "Huy", "Vinh", "Thuận", "Hòa", "Thành", "Nghĩa", "Toàn", "Linh", "Hạnh", "Khánh",
)

OPENERS = (
    "Thời gian qua, dưới sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp, công tác này đã đạt được những kết quả nhất định.",
    "Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế cần được khắc phục trong thời gian tới.",
    "Nguyên nhân chủ yếu là do một số cơ quan, đơn vị chưa quan tâm đúng mức, việc phối hợp chưa chặt chẽ, đồng bộ.",
    "Nhằm khắc phục những tồn tại, hạn chế nêu trên, bảo đảm hoàn thành thắng lợi các mục tiêu, nhiệm vụ đề ra,",
)

CLOSINGS_STATE = (
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về {lead} để được hướng dẫn, giải quyết./.",
    "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
    "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
    "Trân trọng./.",
)
CLOSINGS_PARTY = (
    "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị nghiêm túc triển khai thực hiện.",
    "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo về Thường trực Tỉnh ủy (qua Văn phòng Tỉnh ủy) để chỉ đạo.",
    "Ban Thường vụ yêu cầu các cấp ủy, tổ chức đảng quán triệt và tổ chức thực hiện nghiêm túc.",
)
