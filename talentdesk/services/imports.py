"""Roster imports: a preview of every row checked by the forms' rules, then one transaction
that writes the valid rows (or nothing), with a backup first and the audit trail after.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import AuditEntry
from talentdesk.domain.backups import BackupReason
from talentdesk.domain.imports import (
    FieldChange,
    ImportKind,
    ImportPreview,
    ImportResult,
    ImportRow,
    PreviewRows,
    RowStatus,
)
from talentdesk.domain.packing import RecordCodec
from talentdesk.domain.permissions import Action
from talentdesk.domain.problems import Problem
from talentdesk.errors import CancelledError, ConflictError
from talentdesk.excel.progress import CancelCheck, Progress
from talentdesk.excel.rows import ReadRow, SheetHeader, placed
from talentdesk.excel.texts import ZH_CN
from talentdesk.services.backups import BackupService
from talentdesk.services.common import Clock, require, utc_now
from talentdesk.services.import_rules import RULES, Key, KindRules, Stored
from talentdesk.services.permit_support import changes
from talentdesk.storage.database import Database
from talentdesk.storage.repos.audit import append_entries
from talentdesk.storage.repos.imports import lock_versions
from talentdesk.storage.repos.write_behind import write_behind

T = TypeVar("T")

# Rows written between two progress reports (and chances to cancel) in a commit.
WRITE_CHUNK = 1000
# Rows of a file checked together in a preview (their stored matches found in one go); the
# parsed rows of a chunk are the preview's passing memory (about 1.5 MiB per 1000 rows), and
# each chunk costs a few look-up queries.
READ_CHUNK = 1000


class ImportService:
    """Import applicants, employers and researchers from Excel rosters."""

    def __init__(
        self, db: Database, backups: BackupService | None = None, clock: Clock = utc_now
    ) -> None:
        self._db = db
        self._backups = backups
        self._clock = clock

    def write_template(
        self, kind: ImportKind, target: str | os.PathLike[str], language: str = ZH_CN
    ) -> None:
        """The app's empty import workbook for ``kind``."""
        from talentdesk.excel.templates import write_template  # openpyxl: only when used

        write_template(target, RULES[kind].columns.columns, language=language)

    def preview(
        self,
        actor: Actor,
        kind: ImportKind,
        source: str | os.PathLike[str],
        *,
        language: str = ZH_CN,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportPreview:
        """Read and check every row of ``source``; saves nothing.

        Raises:
            ExcelFormatError: the file is no usable roster (``reason`` says why).
            CancelledError: ``cancelled`` returned True.
        """
        from talentdesk.excel.reader import RosterReader  # openpyxl: only when used

        rules = RULES[kind]
        require(actor, rules.action)
        today = self._clock().date()
        rows = PreviewRows(RecordCodec(rules.record_type))
        # Each key's first row, for duplicates across chunks. Keyed by the key's parts
        # joined: one string, where the tuple would keep its cells' strings alive too (20 MiB
        # at 100k rows, a fifth of the import's peak).
        first_row: dict[str, int] = {}
        with (
            _collector_paused(),
            RosterReader(
                source,
                rules.columns.columns,
                row_checks=rules.columns.row_checks,
                language=language,
            ) as reader,
            self._db.read() as session,
        ):
            header = reader.header
            # A chunk at a time: only the preview's rows stay, not every parsed row beside
            # them (the peak was 2.6× the preview at 100k rows).
            lines = reader.rows(progress=progress, cancelled=cancelled)
            for read in _chunks(lines, READ_CHUNK):
                keys = [rules.key(row.values) for row in read]
                stored = rules.find(session, [k for k in dict.fromkeys(keys) if k is not None])
                for row in _classify(session, rules, header, read, keys, stored, today, first_row):
                    rows.append(row)
                _collect_young()
        _stop_if(cancelled)
        return ImportPreview(
            kind,
            Path(source),
            header.sheet,
            header.row,
            header.cells,
            dict(header.columns),
            header.ignored,
            rows,
            today,
        )

    def commit(
        self,
        actor: Actor,
        preview: ImportPreview,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportResult:
        """Write the preview's new and changed rows in one transaction; error rows are left
        out. A SQLite database is backed up first.

        Raises:
            ConflictError: a matched record changed, or a new one was stored by someone
                else, since the preview (``stale``): preview the file again.
            CancelledError: ``cancelled`` returned True; nothing was written.
        """
        rules = RULES[preview.kind]
        require(actor, rules.action)
        counts = preview.counts
        updated = list(preview.rows.with_status(RowStatus.UPDATE))
        result = ImportResult(
            preview.kind,
            counts[RowStatus.NEW],
            counts[RowStatus.UPDATE],
            counts[RowStatus.UNCHANGED],
            counts[RowStatus.ERROR],
        )
        if not result.created and not result.updated:
            return result
        _stop_if(cancelled)
        backup = self._backups.take(BackupReason.BEFORE_IMPORT) if self._backups else None
        now = self._clock()

        def entry(action: str, entity_id: object, details: dict[str, Any]) -> AuditEntry:
            return AuditEntry(
                now, actor.username, actor.workstation, action, rules.entity, str(entity_id),
                details,
            )  # fmt: skip

        # New rows are unpacked from the preview, and each chunk's audit entries written with
        # its rows, a chunk at a time: every row of the file is never in memory at once.
        # The inserts are written behind: a chunk is checked and audited while the last one
        # is stored.
        done = 0
        with _collector_paused(), self._db.write() as session, write_behind(session):
            _refuse_stale(session, rules, updated)
            for chunk in _chunks(preview.rows.with_status(RowStatus.NEW), WRITE_CHUNK):
                _refuse_taken(session, rules, chunk)
                ids = rules.insert(session, [row.record for row in chunk], actor, now)
                append_entries(
                    session,
                    [
                        entry("create", record_id, rules.created_details(row.record))
                        for record_id, row in zip(ids, chunk, strict=True)
                    ],
                )
                done = _tick(done + len(chunk), progress, cancelled)
            for chunk in _chunks(updated, WRITE_CHUNK):
                items = [(row.match, row.record) for row in chunk]
                rules.update(session, items, actor, now)
                append_entries(
                    session,
                    [
                        entry("update", row.record_id, rules.updated_details(_diff(row.changes)))
                        for row in chunk
                    ],
                )
                done = _tick(done + len(chunk), progress, cancelled)
            summary = {
                "file": preview.source.name,
                "sheet": preview.sheet,
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "skipped": result.skipped,
                "backup": backup.path.name if backup else None,
            }
            entries = [
                AuditEntry(
                    now,
                    actor.username,
                    actor.workstation,
                    "import",
                    str(preview.kind),
                    preview.source.name,
                    summary,
                )
            ]
            append_entries(session, entries)
            _stop_if(cancelled)
        return ImportResult(
            result.kind,
            result.created,
            result.updated,
            result.unchanged,
            result.skipped,
            backup.path if backup else None,
        )

    def write_error_report(
        self,
        actor: Actor,
        preview: ImportPreview,
        target: str | os.PathLike[str],
        render: Callable[[Problem], str],
        *,
        language: str = ZH_CN,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """The error rows as they were in the sheet, each with its problems in front
        (``render`` words them); returns how many rows were written.
        """
        from talentdesk.excel.error_report import write_error_report  # openpyxl: when used

        require(actor, RULES[preview.kind].action)
        header = SheetHeader(
            preview.sheet,
            preview.header_row,
            preview.header_cells,
            preview.columns,
            preview.ignored,
            None,
        )
        rows = (ReadRow(row.number, {}, row.problems, row.cells) for row in preview.errors)
        return write_error_report(
            target,
            header,
            rows,
            render,
            language=language,
            progress=progress,
            cancelled=cancelled,
        )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a whole file's rows are built or written.

    Each full collection walks every object alive, and a preview keeps every row: at 100k
    rows the collector took about a quarter of preview + commit. The rows hold no reference
    cycles, so it would find nothing; what others make meanwhile waits for the next run.
    """
    if not gc.isenabled():  # paused already (another import): that one turns it back on
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _collect_young() -> None:
    """Free a chunk's reference cycles while the collector is paused: SQLAlchemy's look-up
    statements are cycles that hold the chunk's keys (18 MiB at 100k rows, kept till the
    end). Only the objects made since the last chunk are walked, not the preview's rows.
    """
    gc.collect(1)


def _stop_if(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("cancelled")


def _tick(done: int, progress: Progress | None, cancelled: CancelCheck | None) -> int:
    _stop_if(cancelled)
    if progress is not None:
        progress(done)
    return done


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``, the last shorter; read as they are needed."""
    found = iter(items)
    while chunk := list(itertools.islice(found, size)):
        yield chunk


def _diff(found: Sequence[FieldChange]) -> dict[str, list[Any]]:
    return {change.field: [change.old, change.new] for change in found}


def _classify(
    session: Session,
    rules: KindRules,
    header: SheetHeader,
    read: Sequence[ReadRow],
    keys: Sequence[Key | None],
    stored: Mapping[Key, Stored],
    today: date,
    first_row: dict[str, int],
) -> list[ImportRow]:
    checked: list[tuple[ReadRow, Key | None, Stored | None, Any, list[Problem]]] = []
    for row, key in zip(read, keys, strict=True):
        match = stored.get(key) if key is not None else None
        problems = list(row.problems)
        if key is not None:
            seen = "\x00".join(key)
            if seen in first_row:
                duplicate = Problem(
                    "duplicate_in_file", rules.key_field, {"first_row": first_row[seen]}
                )
                problems.append(placed(duplicate, header, row.number))
            else:
                first_row[seen] = row.number
        record = rules.build(row.values, match, today)
        if match is None:
            problems += [
                placed(Problem("required", field), header, row.number)
                for field in rules.required_for_new
                if row.values.get(field) is None and field not in {p.field for p in row.problems}
            ]
        if match is None and any(row.values.get(f) is None for f in rules.vital):
            domain: list[Problem] = []
        else:
            domain = rules.check(record, match, today)
        if match is not None and domain:
            # What the stored record breaks already (no handler on file, a passport expired
            # since) is not the sheet's doing, and the sheet cannot mend it.
            stored_already = {(p.code, p.field) for p in rules.check(match.record, match, today)}
            domain = [p for p in domain if (p.code, p.field) not in stored_already]
        flagged = {p.field for p in problems}
        problems += [placed(p, header, row.number) for p in domain if p.field not in flagged]
        checked.append((row, key, match, rules.normalize(record), problems))
    fresh = [
        i for i, (_, _, match, _, problems) in enumerate(checked) if match is None and not problems
    ]
    against_stored = rules.new_row_problems(session, [checked[i][3] for i in fresh])
    for index, found in against_stored.items():
        row = checked[fresh[index]][0]
        checked[fresh[index]][4].extend(placed(p, header, row.number) for p in found)
    return [_import_row(rules, *item) for item in checked]


def _import_row(
    rules: KindRules,
    row: ReadRow,
    key: Key | None,
    match: Stored | None,
    record: Any,
    problems: list[Problem],
) -> ImportRow:
    key_text = rules.key_text(key) if key is not None else ""
    label = rules.label(row.values)
    if problems:
        return ImportRow(
            row.number, RowStatus.ERROR, key_text, label, tuple(problems), cells=row.cells
        )
    if match is None:
        return ImportRow(row.number, RowStatus.NEW, key_text, label, record=record)
    diff = changes(rules.audit_values(match.record), rules.audit_values(record))
    if not diff:  # a commit leaves it alone: neither record is kept
        return ImportRow(row.number, RowStatus.UNCHANGED, key_text, label, record_id=match.id)
    found = tuple(FieldChange(field, old, new) for field, (old, new) in diff.items())
    return ImportRow(
        row.number, RowStatus.UPDATE, key_text, label, (), found, match.id, match.version, record,
        match=match,
    )  # fmt: skip


def _refuse_stale(session: Session, rules: KindRules, updated: Sequence[ImportRow]) -> None:
    """Someone saved a matched record since the preview."""
    versions = lock_versions(session, rules.table, [row.record_id for row in updated])
    for row in updated:
        if versions.get(row.record_id) != row.version:
            raise ConflictError(rules.entity, row.key, "stale")


def _refuse_taken(session: Session, rules: KindRules, new: Sequence[ImportRow]) -> None:
    """Someone stored one of the new records since the preview. Checked a chunk at a time
    before the chunk is written; a refusal rolls back the chunks written before it.
    """
    taken = rules.find(session, [rules.record_key(row.record) for row in new])
    if taken:
        raise ConflictError(rules.entity, rules.key_text(next(iter(taken))), "stale")


def import_action(kind: ImportKind) -> Action:
    """The permission importing ``kind`` needs (creating and editing such records)."""
    return RULES[kind].action
