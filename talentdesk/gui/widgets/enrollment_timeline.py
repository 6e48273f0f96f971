"""One researcher's enrollments on a shared time axis: cycles, extensions, checkpoints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from talentdesk.domain.researchers.records import CheckpointRecord, EnrollmentRecord

_ROW = 26
_AXIS = 22
_LEFT = 8
_CYCLE = QColor("#90caf9")
_ENDED = QColor("#cfd8dc")
_PAUSE = QColor("#ffcc80")
_DECIDED = QColor("#2e7d32")
_RECEIVED = QColor("#1565c0")
_OVERDUE = QColor("#c62828")
_OPEN = QColor("#616161")
_TODAY = QColor("#6a1b9a")


def checkpoint_colour(checkpoint: CheckpointRecord, today: date) -> QColor | None:
    """Decided green, report in blue, overdue red, to come grey; None when cancelled."""
    if checkpoint.cancelled:
        return None
    if checkpoint.decision:
        return _DECIDED
    if checkpoint.report_received_on is not None:
        return _RECEIVED
    return _OVERDUE if checkpoint.due < today else _OPEN


class EnrollmentTimeline(QWidget):
    """Paints ``set_enrollments``' cycles as bars, pauses shaded, checkpoints as diamonds."""

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._today = today or date.today()
        self._enrollments: tuple[EnrollmentRecord, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_enrollments(self, enrollments: Sequence[EnrollmentRecord]) -> None:
        self._enrollments = tuple(enrollments)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, _AXIS + _ROW * max(1, len(self._enrollments)) + 6)

    def span(self) -> tuple[date, date]:
        """First and last day drawn: every cycle, and today."""
        starts = [e.start for e in self._enrollments] + [self._today]
        ends = [e.end for e in self._enrollments] + [self._today]
        return min(starts), max(ends) + timedelta(days=1)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._enrollments:
            return
        first, last = self.span()
        width = max(1, self.width() - 2 * _LEFT)
        days = max(1, (last - first).days)

        def x(day: date) -> float:
            return _LEFT + width * (day - first).days / days

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().text().color()))
        for year in range(first.year + 1, last.year + 1):
            at = x(date(year, 1, 1))
            painter.drawLine(QPointF(at, _AXIS - 4), QPointF(at, self.height()))
            painter.drawText(QPointF(at + 2, _AXIS - 8), str(year))
        for row, enrollment in enumerate(self._enrollments):
            top = _AXIS + row * _ROW + 4
            bar = QRectF(x(enrollment.start), top, max(2.0, x(enrollment.end) - x(
                enrollment.start)), _ROW - 10)
            active = enrollment.status == "active"
            painter.fillRect(bar, _CYCLE if active else _ENDED)
            for extension in enrollment.extensions:
                painter.fillRect(QRectF(x(extension.starts_on), top,
                                        max(2.0, x(extension.ends_on) - x(extension.starts_on)),
                                        _ROW - 10), _PAUSE)
            for checkpoint in enrollment.checkpoints:
                colour = checkpoint_colour(checkpoint, self._today)
                if colour is None:
                    continue
                centre = QPointF(x(checkpoint.due), top + (_ROW - 10) / 2)
                painter.setBrush(QBrush(colour))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon([centre + QPointF(0, -7), centre + QPointF(6, 0),
                                     centre + QPointF(0, 7), centre + QPointF(-6, 0)])
            painter.setPen(QPen(self.palette().text().color()))
            painter.drawText(bar.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             enrollment.program.name)
        painter.setPen(QPen(_TODAY, 2))
        today = x(self._today)
        painter.drawLine(QPointF(today, _AXIS - 4), QPointF(today, self.height()))
        painter.end()
