"""Recipients, distribution lists and personal names."""

from __future__ import annotations

import random

from .bank import GIVEN, MIDDLE, SURNAMES
from .issuers import Issuer


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _state_pool(issuer: Issuer, post_reform: bool) -> list[str]:
    if issuer.level == "central":
        return [
            "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            "Bộ Tài chính", "Bộ Nội vụ", "Bộ Y tế", "Bộ Xây dựng", "Bộ Công an", "Bộ Quốc phòng",
            "Bộ Giáo dục và Đào tạo", "Bộ Khoa học và Công nghệ", "Văn phòng Chính phủ",
            "Kiểm toán nhà nước", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ",
            "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
        ]
    local = ("Ủy ban nhân dân các xã, phường, đặc khu" if post_reform
             else "Ủy ban nhân dân các huyện, thị xã, thành phố")
    return [
        "Các sở, ban, ngành tỉnh", local, "Sở Tài chính", "Sở Y tế", "Sở Xây dựng",
        "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Công Thương", "Công an tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh", "Thuế tỉnh", "Kho bạc Nhà nước khu vực",
        "Bảo hiểm xã hội tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh",
        "Các doanh nghiệp nhà nước trên địa bàn tỉnh", "Ban Quản lý các khu công nghiệp tỉnh",
    ]


def _party_pool(issuer: Issuer, post_reform: bool) -> list[str]:
    if issuer.level == "central":
        return [
            "Các tỉnh ủy, thành ủy", "Các ban đảng, đảng ủy khối trực thuộc Trung ương",
            "Các đảng ủy trực thuộc Trung ương", "Các ban cán sự đảng, đảng đoàn",
            "Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương",
            "Ban Tuyên giáo và Dân vận Trung ương", "Ban Nội chính Trung ương",
            "Ban Chính sách, chiến lược Trung ương", "Đảng ủy Chính phủ", "Đảng ủy Quốc hội",
            "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Các đồng chí Ủy viên Trung ương Đảng",
            "Quân ủy Trung ương", "Đảng ủy Công an Trung ương",
        ]
    if issuer.level == "commune":
        return [
            "Các chi bộ, đảng bộ trực thuộc", "Các đồng chí đảng ủy viên",
            "Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Đoàn Thanh niên xã",
            "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã",
            "Văn phòng Đảng ủy", "Ban Xây dựng Đảng", "Ủy ban Kiểm tra Đảng ủy",
            "Trung tâm Chính trị", "Công an xã", "Ban Chỉ huy Quân sự xã", "Đảng ủy các trường học",
        ]
    lower = ("Các đảng ủy xã, phường, đặc khu" if post_reform
             else "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy")
    return [
        lower, "Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Các đảng đoàn, ban cán sự đảng",
        "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy các cơ quan Đảng tỉnh", "Ban Tổ chức Tỉnh ủy",
        "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy", "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh",
        "Ban Thường vụ Tỉnh đoàn", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Trường Chính trị tỉnh",
        "Báo và Phát thanh, Truyền hình tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
        "Liên đoàn Lao động tỉnh",
    ]


def recipients(rng: random.Random, issuer: Issuer, post_reform: bool, k: int) -> list[str]:
    pool = (_party_pool if issuer.system == "party" else _state_pool)(issuer, post_reform)
    pool = [p for p in pool if issuer.self_name not in p]
    return rng.sample(pool, min(k, len(pool)))


def upward(issuer: Issuer) -> str:
    """The body a report or a submission is sent up to."""
    if issuer.system == "party":
        if issuer.level == "central":
            return "Ban Bí thư"
        if issuer.parent:
            city = issuer.province is not None and issuer.province.is_city
            return "Ban Thường vụ " + ("Thành ủy" if city else "Tỉnh ủy")
        return "Ban Chấp hành Trung ương"
    if issuer.level == "central":
        return "Thủ tướng Chính phủ"
    if issuer.code in ("UBND",) and issuer.level == "province":
        return "Hội đồng nhân dân " + (issuer.province.unit_lower if issuer.province else "tỉnh")
    if issuer.level in ("district", "commune"):
        return "Ủy ban nhân dân " + (issuer.province.unit_lower if issuer.province else "tỉnh")
    return "Ủy ban nhân dân " + (issuer.province.unit_lower if issuer.province else "tỉnh")


def distribution(rng: random.Random, issuer: Issuer, first: str | None, post_reform: bool,
                 unit: str) -> list[str]:
    items = [first] if first else []
    extras = rng.sample(_extras(issuer, post_reform), rng.randint(1, 5))
    notes = ["", "", "", " (để b/c)", " (b/c)", " (để p/h)", " (để biết)"]
    items += [e + rng.choice(notes) for e in extras]
    if issuer.system == "party":
        items.append(f"Lưu {issuer.archive}" if rng.random() < 0.8 else "Lưu VT")
    else:
        items.append(f"Lưu: VT, {unit}" + (f" ({rng.randint(2, 5)}b)" if rng.random() < 0.15 else ""))
    return items


def _extras(issuer: Issuer, post_reform: bool) -> list[str]:
    if issuer.system == "party":
        return ["Thường trực Tỉnh ủy", "TT. Tỉnh ủy", "Các đồng chí Tỉnh ủy viên",
                "Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương", "Các ban đảng Tỉnh ủy",
                "Lãnh đạo Văn phòng", "Đảng ủy Ủy ban nhân dân tỉnh", "Ủy ban Kiểm tra Tỉnh ủy"]
    if issuer.level == "central":
        return ["Thủ tướng, các Phó Thủ tướng", "Văn phòng Chính phủ", "Bộ trưởng",
                "Các Thứ trưởng", "Cổng Thông tin điện tử", "Các Vụ, Cục thuộc Bộ",
                "Văn phòng Trung ương Đảng", "Văn phòng Quốc hội"]
    return ["TT. Tỉnh ủy", "TT. HĐND tỉnh", "CT, các PCT UBND tỉnh", "Chủ tịch UBND tỉnh",
            "Giám đốc Sở", "Các Phó Giám đốc Sở", "Cổng thông tin điện tử tỉnh",
            "Văn phòng UBND tỉnh", "Các phòng chuyên môn",
            "UBND các xã, phường" if post_reform else "UBND các huyện, thị xã, thành phố"]

