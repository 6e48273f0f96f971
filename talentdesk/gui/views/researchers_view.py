"""The young-researcher area: the list (paged in SQL) beside the selected researcher's detail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.researchers.programs import Sex
from talentdesk.domain.researchers.records import RESEARCHER_LIST, ResearcherListRow
from talentdesk.gui.dialogs.programs_dialog import ProgramsDialog
from talentdesk.gui.dialogs.researcher_dialog import ResearcherDialog
from talentdesk.gui.models.paged_table import PagedColumn, PagedTableModel, sortable_as
from talentdesk.gui.texts.researchers import discipline_text, label
from talentdesk.gui.views.researcher_detail import ResearcherDetail
from talentdesk.gui.widgets.list_view import FilterChoice, ListView
from talentdesk.services.researcher_services import ResearcherServices


class ResearchersView(QWidget):
    def __init__(
        self,
        services: ResearcherServices,
        actor: Actor,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        columns = [
            PagedColumn("name", self.tr("Full name"), lambda r: r.name, 9),
            PagedColumn("sex", self.tr("Sex"), lambda r: label("sex", str(r.sex)), 6),
            PagedColumn("birth_date", self.tr("Date of birth"), lambda r: str(r.birth_date), 14),
            PagedColumn("id_number", self.tr("ID number"), lambda r: r.id_number, 26),
            PagedColumn("unit", self.tr("Unit"), lambda r: r.unit, 22),
            PagedColumn("department", self.tr("Department"), lambda r: r.department, 18),
            PagedColumn("discipline_code", self.tr("Discipline"), _discipline, 16),
            PagedColumn("title", self.tr("Professional title"), lambda r: r.title, 10),
        ]
        self.model = PagedTableModel(
            lambda query: services.researchers.page(actor, query),
            sortable_as(RESEARCHER_LIST, columns),
            query=ListQuery(sort_key=RESEARCHER_LIST.default_sort),
            parent=self,
        )
        sexes = [(label("sex", str(s)), str(s)) for s in Sex]
        self.list = ListView(
            self.model,
            [FilterChoice("sex", self.tr("&Sex:"), sexes, self.tr("All"))],
            self.tr("Search name, ID number, unit or department (Ctrl+F)"),
        )
        self.detail = ResearcherDetail(services, actor, today)
        self.new_button = QPushButton(self.tr("&New researcher…"))
        self.new_button.setObjectName("new_researcher")
        self.new_button.setEnabled(allowed(actor.role, Action.EDIT_RESEARCHERS))
        self.new_button.clicked.connect(self.new_researcher)
        self.programs_button = QPushButton(self.tr("Talent pro&grams…"))
        self.programs_button.setObjectName("programs")
        self.programs_button.clicked.connect(self.open_programs)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.programs_button)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        # Scrolls rather than widening the main window to its row of buttons.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.list.open_requested.connect(self.detail.show_researcher)
        self.list.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.changed.connect(lambda _id: self.list.reload())

    def _current_changed(self) -> None:
        researcher_id = self.list.current_id()
        if researcher_id is not None:
            self.detail.show_researcher(researcher_id)

    def new_researcher(self) -> None:
        dialog = ResearcherDialog(self._services.researchers, self._actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.list.reload()
            self.detail.show_researcher(dialog.result_record.id)

    def open_programs(self) -> None:
        ProgramsDialog(self._services.programs, self._actor, self).exec()


def _discipline(row: ResearcherListRow) -> str:
    return discipline_text(row.discipline_code)
