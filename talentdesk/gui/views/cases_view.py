"""The case list: search and filter every case; overdue and at-risk rows stand out in colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.deadlines import ClockStatus
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permit_lists import CASE_LIST, CaseListRow, DeadlineFilter
from talentdesk.domain.tracks import TrackState
from talentdesk.gui.models.paged_table import PagedColumn, PagedTableModel, RowStyle, sortable_as
from talentdesk.gui.printing import DocumentPrinter
from talentdesk.gui.texts.workflow import clock_text, value_label
from talentdesk.gui.views.applicants_view import nationality_filter, nationality_name
from talentdesk.gui.widgets.case_bulk_actions import CaseBulkActions
from talentdesk.gui.widgets.list_view import FilterChoice, ListView
from talentdesk.services.lists import ListService
from talentdesk.services.workflow import WorkflowService

# Dark text on a light tint, so the row stays readable when it is not selected: red for
# overdue (the error red of the other views), amber for at risk.
_STYLES = {
    ClockStatus.OVERDUE: (QColor("#b00020"), QColor("#fde7e9")),
    ClockStatus.AT_RISK: (QColor("#8a5a00"), QColor("#fff4ce")),
}


class CasesView(QWidget):
    """Every case, newest first; the queue of issue 4 grows from the same list.

    Signals:
        open_requested(case_id): the user opened a case (Enter or double click).
    """

    open_requested = Signal(int)

    def __init__(
        self,
        lists: ListService,
        actor: Actor,
        workflow: WorkflowService | None = None,
        printer: DocumentPrinter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        columns = case_columns()
        model = PagedTableModel(
            lambda query: lists.list_cases(actor, query),
            sortable_as(CASE_LIST, columns),
            query=ListQuery(
                sort_key=CASE_LIST.default_sort, descending=CASE_LIST.default_descending
            ),
            row_style=_row_style,
            parent=self,
        )
        every = self.tr("All")
        filters = [
            FilterChoice(
                "assigned_to",
                self.tr("&Show:"),
                [(self.tr("My cases"), actor.username)],
                self.tr("All cases"),
            ),
            FilterChoice(
                "window",
                self.tr("&Window:"),
                [(self.tr("My window"), actor.workstation)],
                self.tr("All windows"),
            ),
            FilterChoice("track", self.tr("&Track:"), _choices("track", Track), every),
            FilterChoice("state", self.tr("St&ate:"), _choices("track_state", TrackState), every),
            FilterChoice(
                "business_type",
                self.tr("&Business type:"),
                _choices("business_type", BusinessType),
                every,
            ),
            FilterChoice(
                "category", self.tr("Cate&gory:"), [(str(c), str(c)) for c in Category], every
            ),
            nationality_filter(self.tr("&Nationality:"), every),
            FilterChoice(
                "deadline",
                self.tr("&Deadline:"),
                [
                    (self.tr("Overdue"), str(DeadlineFilter.OVERDUE)),
                    (self.tr("Due this week"), str(DeadlineFilter.DUE_THIS_WEEK)),
                ],
                every,
            ),
        ]
        self.list = ListView(
            model,
            filters,
            self.tr("Search case number, name, passport number or employer (Ctrl+F)"),
        )
        self.list.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        # Bulk assign and bulk print act on the selected rows (issue 4's queue).
        self.bulk: CaseBulkActions | None = None
        if workflow is not None and printer is not None:
            self.list.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.bulk = CaseBulkActions(workflow, printer, actor, self.list)
            self.bulk.changed.connect(self.list.reload)
            layout.addWidget(self.bulk)


def case_columns() -> list[PagedColumn]:
    """The case list's columns; a window listing one applicant's or employer's cases picks
    some of them by key."""
    # Spelled out: lupdate finds translate("CasesView", …), the list's own context.
    translate = QCoreApplication.translate
    spec = [
        ("case_number", translate("CasesView", "Case number"), lambda r: r.case_number, 11),
        ("received_on", translate("CasesView", "Received on"), lambda r: str(r.received_on), 10),
        ("applicant", translate("CasesView", "Applicant"), _applicant, 18),
        ("chinese_name", translate("CasesView", "Chinese name"), lambda r: r.chinese_name, 6),
        ("nationality", translate("CasesView", "Nationality"), _nationality, 6),
        ("employer", translate("CasesView", "Employer"), lambda r: r.employer_name, 22),
        ("business_type", translate("CasesView", "Business type"), _business_type, 10),
        ("category", translate("CasesView", "Category"), lambda r: r.category, 2),
        ("work_state", translate("CasesView", "Work permit"), _work_state, 6),
        ("residence_state", translate("CasesView", "Residence permit"), _residence_state, 6),
        ("due_on", translate("CasesView", "Due date"), _due, 10),
        ("working_days_left", translate("CasesView", "Deadline"), _days_left, 12),
    ]
    return [PagedColumn(*column) for column in spec]


def _choices(group: str, values: type) -> list[tuple[str, str]]:
    return [(value_label(group, str(v)), str(v)) for v in values]


def _applicant(row: CaseListRow) -> str:
    return f"{row.surname} {row.given_names}"


def _nationality(row: CaseListRow) -> str:
    return nationality_name(row.nationality)


def _business_type(row: CaseListRow) -> str:
    return value_label("business_type", row.business_type)


def _state(state: TrackState | None) -> str:
    return "—" if state is None else value_label("track_state", str(state))


def _work_state(row: CaseListRow) -> str:
    return _state(row.work_state)


def _residence_state(row: CaseListRow) -> str:
    return _state(row.residence_state)


def _due(row: CaseListRow) -> str:
    return "" if row.deadline is None else str(row.deadline.due)


def _days_left(row: CaseListRow) -> str:
    mark = row.deadline
    if mark is None:
        return ""
    return clock_text(str(mark.status), mark.working_days_left, mark.provisional)


def _row_style(row: CaseListRow) -> RowStyle | None:
    mark = row.deadline
    colours = _STYLES.get(mark.status) if mark is not None else None
    if colours is None:
        return None
    foreground, background = colours
    return RowStyle(foreground, background, _days_left(row))
