"""Money for one researcher: funding tranches (paid, due, waiting, blocked) and contribution
rewards (人才贡献奖励) after per-person caps and 就高不重复."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.records import (
    EnrollmentRecord,
    ResearcherRecord,
    RewardRecord,
)
from talentdesk.domain.researchers.rewards import RewardClaim, RewardPolicy, TrancheStatus
from talentdesk.errors import TalentDeskError, ValidationError
from talentdesk.gui.messages import error_text, problem_text
from talentdesk.gui.texts.researchers import label
from talentdesk.gui.widgets.record_table import fill_row, record_table
from talentdesk.gui.widgets.researcher_inputs import message_label
from talentdesk.services.researcher_support import SupportService


def yuan(amount: Decimal) -> str:
    return f"{amount:,.2f}"


class SupportDialog(QDialog):
    """Tranches of every enrollment with their totals by status; reward claims as settled,
    each with the reason when it was capped or excluded, and a form to add a claim."""

    def __init__(self, support: SupportService, actor: Actor, researcher: ResearcherRecord,
                 enrollments: Sequence[EnrollmentRecord], today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = support
        self._actor = actor
        self._researcher = researcher
        self._today = today or date.today()
        self.policies: dict[str, RewardPolicy] = {
            p.code: p for p in support.reward_policies(actor)}
        self.rewards: list[RewardRecord] = support.rewards_of(actor, researcher.id)
        self.setWindowTitle(self.tr("Funding and rewards of %s") % researcher.data.name)
        self.setMinimumSize(960, 720)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self._tranche_box(enrollments))
        layout.addWidget(self._reward_box(), 1)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._show_rewards()
        may_edit = allowed(actor.role, Action.EDIT_RESEARCHERS)
        for widget in (self.policy, self.year, self.amount, self.add_button,
                       self.withdraw_button):
            widget.setEnabled(may_edit)
        self.policy.setFocus()

    # --- tranches -------------------------------------------------------------------------

    def _tranche_box(self, enrollments: Sequence[EnrollmentRecord]) -> QGroupBox:
        box = QGroupBox(self.tr("Funding tranches"))
        self.tranches = record_table("tranches", [
            self.tr("Program"), self.tr("Tranche"), self.tr("Amount (yuan)"),
            self.tr("Released by"), self.tr("Status"), self.tr("Released on"),
            self.tr("Paid on")])
        rows = [(e, t) for e in enrollments for t in e.tranches]
        self.tranches.setRowCount(len(rows))
        totals = dict.fromkeys(TrancheStatus, Decimal(0))
        for row, (enrollment, tranche) in enumerate(rows):
            totals[tranche.status] += tranche.amount
            gate = (self.tr("checkpoint %s") % tranche.release_checkpoint
                    if tranche.release_checkpoint else self.tr("on enrollment"))
            fill_row(self.tranches, row, [
                enrollment.program.name, tranche.key, yuan(tranche.amount), gate,
                label("tranche_status", str(tranche.status)),
                str(tranche.released_on or ""), str(tranche.paid_on or "")])
        # As tall as its rows (a person has a handful), so the rewards get the rest.
        lines = min(max(len(rows), 1), 8) + 1
        self.tranches.setFixedHeight(self.tranches.verticalHeader().defaultSectionSize() * lines
                                     + 2 * self.tranches.frameWidth() + 4)
        self.tranche_totals = QLabel(" · ".join(
            f"{label('tranche_status', str(status))} {yuan(total)}"
            for status, total in totals.items()) if rows else self.tr("No funding tranches."))
        self.tranche_totals.setObjectName("tranche_totals")
        note = QLabel(self.tr(
            "A tranche waits for the decision on its checkpoint; any decision there other than "
            "releasing it, or ending the enrollment, blocks it."))
        note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.tranches, 1)
        column.addWidget(self.tranche_totals)
        column.addWidget(note)
        return box

    # --- rewards --------------------------------------------------------------------------

    def _reward_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contribution rewards"))
        self.policy_rules = QLabel(self._policy_text())
        self.policy_rules.setObjectName("policy_rules")
        self.policy_rules.setWordWrap(True)
        self.table = record_table("rewards", [
            self.tr("Year"), self.tr("Policy"), self.tr("Claimed (yuan)"),
            self.tr("Granted (yuan)"), self.tr("Status"), self.tr("Explanation")])
        self.table.setWordWrap(False)  # one line a claim; the whole reason is the tooltip
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.granted_total = QLabel()
        self.granted_total.setObjectName("granted_total")
        self.policy = QComboBox()
        self.policy.setObjectName("policy")
        for policy in self.policies.values():
            self.policy.addItem(policy.name, policy.code)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(self._today.year)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("yuan, before caps"))
        self.add_button = QPushButton(self.tr("&Add claim"))
        self.add_button.setObjectName("add_claim")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_claim)
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected"))
        self.withdraw_button.setObjectName("withdraw_claim")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        form = QFormLayout()
        for caption, widget in ((self.tr("&Policy:"), self.policy), (self.tr("&Year:"), self.year),
                                (self.tr("A&mount:"), self.amount)):
            text = QLabel(caption)
            text.setBuddy(widget)
            form.addRow(text, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.policy_rules)
        column.addWidget(self.table, 1)
        column.addWidget(self.granted_total)
        column.addLayout(form)
        column.addLayout(buttons)
        return box

    def _policy_text(self) -> str:
        lines = []
        for policy in self.policies.values():
            caps = []
            if policy.annual_cap is not None:
                caps.append(self.tr("at most %s a year") % yuan(policy.annual_cap))
            if policy.cumulative_cap is not None:
                caps.append(self.tr("at most %s per person in all") % yuan(policy.cumulative_cap))
            if not caps:
                caps.append(self.tr("no cap"))
            lines.append(f"{policy.name}：{'，'.join(caps)}")
        lines.append(self.tr(
            "Policies of one group pay one reward per person a year, the highest (就高不重复); "
            "a cap cuts a claim down to what is left."))
        return "\n".join(lines)

    def _show_rewards(self) -> None:
        self.table.setRowCount(len(self.rewards))
        for row, record in enumerate(self.rewards):
            claim = record.claim
            why = " ".join(problem_text(self._named(p)) for p in record.problems)
            fill_row(self.table, row, [
                str(claim.year), self._policy_name(claim.policy), yuan(claim.amount),
                yuan(record.granted), label("reward_status", str(record.status)), why])
            self.table.item(row, self.table.columnCount() - 1).setToolTip(why)
        total = sum((r.granted for r in self.rewards), Decimal(0))
        self.granted_total.setText(self.tr("Granted in all: %s yuan") % yuan(total))

    def _policy_name(self, code: object) -> str:
        policy = self.policies.get(str(code))
        return policy.name if policy else str(code)

    def _named(self, problem: Problem) -> Problem:
        """The stored problem with policy names instead of codes, amounts with separators."""
        params = dict(problem.params)
        for key in ("policy", "kept_policy"):
            if key in params:
                params[key] = self._policy_name(params[key])
        for key in ("claimed", "granted", "cap", "granted_before", "kept_amount"):
            if key in params:
                params[key] = yuan(Decimal(str(params[key])))
        return Problem(problem.code, problem.field, params)

    # --- saving ---------------------------------------------------------------------------

    def add_claim(self) -> None:
        try:
            amount = Decimal(self.amount.text().strip().replace(",", "").replace("，", ""))
        except InvalidOperation:
            self.message.setText(error_text(ValidationError([Problem(
                "value_invalid", "amount", {"value": self.amount.text()})])))
            return
        claim = RewardClaim(self.policy.currentData(), self.year.value(), amount)
        if self._call(lambda: self._service.add_reward_claim(self._actor, self._researcher.id,
                                                             claim)):
            self.amount.clear()

    def withdraw_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.rewards[rows[0].row()]
        self._call(lambda: self._service.withdraw_reward_claim(self._actor, record.id,
                                                               record.version))

    def _call(self, call: Callable[[], list[RewardRecord]]) -> bool:
        try:
            self.rewards = call()
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        self._show_rewards()
        return True
