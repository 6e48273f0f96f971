"""The applicant list: every foreign national on file, searched by name or passport number."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCollator, QLocale, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.countries import country, nationalities
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permit_lists import APPLICANT_LIST, ApplicantListRow
from talentdesk.gui.models.paged_table import PagedColumn, PagedTableModel, sortable_as
from talentdesk.gui.texts.workflow import chinese_ui
from talentdesk.gui.widgets.list_view import FilterChoice, ListView
from talentdesk.services.lists import ListService


@functools.cache
def nationality_name(code: str) -> str:
    """The nationality in the interface language; the code when it is not a known one."""
    found = country(code)
    if found is None:
        return code
    return found.name_zh if chinese_ui() else found.name_en


def nationality_filter(label: str, all_text: str) -> FilterChoice:
    """A nationality filter listing every nationality, by name in the interface language."""
    # In the interface's order: pinyin for Chinese names, where Qt has the collation data.
    key = QCollator(QLocale()).sortKey
    choices = sorted(
        ((nationality_name(c.code), c.code) for c in nationalities()),
        key=lambda choice: key(choice[0]),
    )
    return FilterChoice("nationality", label, choices, all_text)


class ApplicantsView(QWidget):
    """Signals:
    open_requested(applicant_id): the user opened an applicant (Enter or double click).
    """

    open_requested = Signal(int)

    def __init__(self, lists: ListService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As the passport's MRZ says: M, F, or X for unspecified.
        sexes = {"M": self.tr("Male"), "F": self.tr("Female"), "X": self.tr("Unspecified")}
        columns = [
            PagedColumn("name", self.tr("Full name"), _name, 26),
            PagedColumn("chinese_name", self.tr("Chinese name"), lambda r: r.chinese_name, 10),
            PagedColumn("nationality", self.tr("Nationality"), _nationality, 14),
            PagedColumn("birth_date", self.tr("Date of birth"), lambda r: str(r.birth_date), 12),
            PagedColumn("sex", self.tr("Sex"), lambda r: sexes.get(r.sex, r.sex), 5),
            PagedColumn(
                "passport_number", self.tr("Passport number"), lambda r: r.passport_number, 12
            ),
        ]
        model = PagedTableModel(
            lambda query: lists.list_applicants(actor, query),
            sortable_as(APPLICANT_LIST, columns),
            query=ListQuery(sort_key=APPLICANT_LIST.default_sort),
            parent=self,
        )
        self.list = ListView(
            model,
            [nationality_filter(self.tr("&Nationality:"), self.tr("All"))],
            self.tr("Search name, Chinese name or passport number (Ctrl+F)"),
        )
        self.list.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)


def _name(row: ApplicantListRow) -> str:
    return f"{row.surname} {row.given_names}"


def _nationality(row: ApplicantListRow) -> str:
    return nationality_name(row.nationality)
