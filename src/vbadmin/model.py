"""The record: what a parsed letter looks like. Field names are a public contract."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

System = Literal["state", "party"]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in the page's own unit
Span = tuple[int, int]  # [start, end) character offsets into Document.text


class Evidence(BaseModel):
    """Where a field came from and how sure we are of it."""

    span: Span | None = None
    page: int | None = None  # 1-based
    box: Box | None = None
    unit: Literal["pt", "px", "char"] | None = None
    ocr_confidence: float | None = None  # tesseract's word confidence, 0..1
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    source: Literal["text", "pdf", "ocr", "docx", "handwriting"] = "text"


class Issue(BaseModel):
    """A coded finding: something unusual, repaired, or unreadable."""

    code: str  # e.g. MISSING_DATE, AMBIGUOUS_TYPE, OCR_REPAIRED
    field: str | None = None
    message: str = ""
    severity: Literal["info", "warning", "error"] = "warning"


class Directive(BaseModel):
    """One numbered point of the body; children are its sub-points."""

    label: str  # marker without punctuation: "1", "a", "I", "Điều 1"
    text: str
    children: list[Directive] = Field(default_factory=list)
    span: Span | None = None


class Signatory(BaseModel):
    authority: str | None = None  # "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    position: str | None = None  # "PHÓ BÍ THƯ"
    name: str | None = None  # "Nguyễn Mạnh Hùng"; a rank or degrees as printed: "Đại tá Lê Văn An"
    prefix: str | None = None  # canonical kind of the first authority line: TM, KT, Q, TL, TUQ
    prefixes: list[str] = Field(default_factory=list)  # every prefix of the stack, top to bottom


class Reference(BaseModel):
    """Another document that the text cites."""

    identifier: str | None = None  # "1272-CV/TU"; None for "Nghị quyết Đại hội XIII của Đảng"
    number: str | None = None
    symbol: str | None = None
    doc_type: str | None = None  # sentence case: "Công văn"
    doc_type_code: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    issuer: str | None = None  # "Ban Thường vụ Tỉnh ủy"
    name: str | None = None  # for citations without a number: "Nghị quyết Đại hội XIII của Đảng"
    text: str  # the cited text as printed
    span: Span


class Received(BaseModel):
    """The receiving office's "ĐẾN" stamp."""

    number: str | None = None
    date: str | None = None
    body: str | None = None


class SourceInfo(BaseModel):
    path: str | None = None
    sha256: str | None = None
    kind: Literal["text", "pdf", "image", "docx"] = "text"
    pages: int = 1
    ocr_pages: list[int] = Field(default_factory=list)  # pages that were read by OCR


class Document(BaseModel):
    """A parsed Vietnamese official letter."""

    model_config = ConfigDict(extra="forbid")

    system: System | None = None
    national_header: str | None = None  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "ĐẢNG CỘNG SẢN VIỆT NAM"
    motto: str | None = None  # "Độc lập - Tự do - Hạnh phúc" (State only)
    parent_issuer: str | None = None
    issuer: str | None = None
    identifier: str | None = None  # "1272-CV/TU", "2781/QĐ-UBND"
    number: str | None = None  # as printed: "09"
    symbol: str | None = None  # "CV/TU", "QĐ-UBND", "NĐ-CP"
    issuer_code: str | None = None  # "TU", "UBND", "CP"
    doc_type: str | None = None  # sentence case: "Công văn"
    doc_type_code: str | None = None  # "CV", "QĐ"; None for a State công văn
    place: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    subject: str | None = None
    urgency: str | None = None  # "Hỏa tốc", "Thượng khẩn", "Khẩn"
    secrecy: str | None = None  # "Tuyệt mật", "Tối mật", "Mật"
    recipients: list[str] = Field(default_factory=list)
    preamble: list[str] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)
    closing: list[str] = Field(default_factory=list)
    signatory: Signatory | None = None
    # a biên bản's second signer; a joint document's blocks other than its lead body's
    co_signatories: list[Signatory] = Field(default_factory=list)
    distribution: list[str] = Field(default_factory=list)
    drafter_mark: str | None = None  # "PL.(300)", "TYX-88"
    references: list[Reference] = Field(default_factory=list)
    received: Received | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    issues: list[Issue] = Field(default_factory=list)
    source: SourceInfo = Field(default_factory=SourceInfo)
    text: str = ""  # the normalised text every span points into

    def issue_codes(self) -> list[str]:
        return [issue.code for issue in self.issues]
