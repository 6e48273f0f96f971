"""Enumerations whose values are stored as text in the database: never rename a value."""

from __future__ import annotations

from enum import StrEnum


class BusinessType(StrEnum):
    """Work-permit business type (业务类型), foreign-permits.md §2.1."""

    NOTICE_FROM_ABROAD = "notice_from_abroad"  # 境外申请《外国人工作许可通知》, work > 90 days
    CARD_AFTER_ENTRY = "card_after_entry"  # 入境后申领《外国人工作许可证》
    NEW_IN_CHINA = "new_in_china"  # 境内申请
    SHORT_TERM = "short_term"  # 来华工作90日以下
    EXTENSION = "extension"  # 延期
    CHANGE = "change"  # 变更
    REISSUE = "reissue"  # 补办
    CANCELLATION = "cancellation"  # 注销


class Category(StrEnum):
    """外国人来华工作分类: A high-end talent, B professional, C other personnel."""

    A = "A"
    B = "B"
    C = "C"


class Track(StrEnum):
    """The two linked sub-applications of one window case (一窗受理、同时取证)."""

    WORK_PERMIT = "work_permit"
    RESIDENCE_PERMIT = "residence_permit"


class ChecklistStatus(StrEnum):
    """Where one checklist document stands; richer than done / not done on purpose."""

    PENDING = "pending"
    RECEIVED = "received"
    VERIFIED = "verified"
    NOT_APPLICABLE = "not_applicable"
    CANNOT_PROVIDE = "cannot_provide"  # needs a written reason


class Degree(StrEnum):
    """Highest degree; declared lowest first because routes compare by this order."""

    BELOW_BACHELOR = "below_bachelor"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"


class VocationalLevel(StrEnum):
    """Vocational qualification the points table treats as equivalent to a degree."""

    SENIOR_WORKER = "senior_worker"  # 高级工, scored like a bachelor's degree
    TECHNICIAN = "technician"  # 技师, like a master's
    SENIOR_TECHNICIAN = "senior_technician"  # 高级技师, like a doctorate
    TOP_INTERNATIONAL = "top_international"  # highest internationally recognised certificate
