"""The employer list: every employer on file, searched by name or unified social credit code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.jiangsu import jiangsu_cities, jiangsu_city
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permit_lists import EMPLOYER_LIST, EmployerListRow
from talentdesk.gui.models.paged_table import PagedColumn, PagedTableModel, sortable_as
from talentdesk.gui.texts.workflow import chinese_ui
from talentdesk.gui.widgets.list_view import FilterChoice, ListView
from talentdesk.services.lists import ListService


def city_name(code: str) -> str:
    """A Jiangsu city by name in the interface language; what is stored when not one."""
    city = jiangsu_city(code) if code else None
    if city is None:
        return code
    return city.name_zh if chinese_ui() else city.name_en


class EmployersView(QWidget):
    """Signals:
    open_requested(employer_id): the user opened an employer (Enter or double click).
    """

    open_requested = Signal(int)

    def __init__(self, lists: ListService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            PagedColumn("name", self.tr("Name"), lambda r: r.name, 36),
            PagedColumn("uscc", self.tr("Unified social credit code"), lambda r: r.uscc, 20),
            PagedColumn("case_count", self.tr("Case count"), lambda r: str(r.case_count), 6, True),
            PagedColumn("city", self.tr("City"), _city, 10),
            PagedColumn("district", self.tr("District"), lambda r: r.district, 12),
        ]
        model = PagedTableModel(
            lambda query: lists.list_employers(actor, query),
            sortable_as(EMPLOYER_LIST, columns),
            query=ListQuery(sort_key=EMPLOYER_LIST.default_sort),
            parent=self,
        )
        cities = [(city_name(c.code), c.code) for c in jiangsu_cities()]
        self.list = ListView(
            model,
            [FilterChoice("city", self.tr("&City:"), cities, self.tr("All"))],
            self.tr("Search name or unified social credit code (Ctrl+F)"),
        )
        self.list.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)


def _city(row: EmployerListRow) -> str:
    return city_name(row.city)
