"""Why a file could not be read or written: our words for the usual causes, else the system's."""

from __future__ import annotations

import errno

import pytest

from talentdesk.error_texts import file_error_reason


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOENT, "the folder or file does not exist"),
        (errno.EACCES, "access is denied; the file may be open in Excel or WPS, "
                       "or the folder read-only"),
        (errno.EPERM, "access is denied; the file may be open in Excel or WPS, "
                      "or the folder read-only"),
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EISDIR, "a folder of that name is in the way"),
        (errno.ENOTDIR, "a file of that name is in the way of a folder"),
        (errno.ENAMETOOLONG, "the path is too long"),
        (errno.EEXIST, "a file or folder of that name already exists"),
    ],
)  # fmt: skip
def test_a_usual_cause_gets_our_sentence(code: int, reason: str) -> None:
    assert file_error_reason(OSError(code, "system words")) == reason


def test_the_sentence_goes_through_the_translation() -> None:
    error = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert file_error_reason(error, lambda text: f"«{text}»") == (
        "«the folder or file does not exist»"
    )


def test_another_cause_keeps_the_systems_words() -> None:
    assert file_error_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert file_error_reason(OSError("the volume went away")) == "the volume went away"


def test_a_real_missing_folder_is_told_as_such(tmp_path) -> None:
    with pytest.raises(OSError) as failed:
        (tmp_path / "no-such-folder" / "x.xlsx").write_bytes(b"")
    assert file_error_reason(failed.value) == "the folder or file does not exist"


def test_a_folder_to_be_made_where_a_file_stands_is_told_as_such(tmp_path) -> None:
    (tmp_path / "backups").write_text("a file")
    with pytest.raises(OSError) as failed:
        (tmp_path / "backups").mkdir(parents=True, exist_ok=True)
    assert file_error_reason(failed.value) == "a file or folder of that name already exists"
