"""The discipline code list: the MOE catalogue's categories and first-level disciplines."""

from __future__ import annotations

import pytest

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.disciplines import check_discipline, load_disciplines


def test_catalogue_has_113_first_level_disciplines_in_14_categories() -> None:
    disciplines = load_disciplines()
    assert len(disciplines) == 113
    assert len({d.category_code for d in disciplines.values()}) == 14
    assert all(d.code[:2] == d.category_code and len(d.code) == 4
               for d in disciplines.values())


@pytest.mark.parametrize(
    ("code", "name", "category"),
    [("0101", "哲学", "哲学"), ("0703", "化学", "理学"), ("0812", "计算机科学与技术", "工学"),
     ("0839", "网络空间安全", "工学"), ("1002", "临床医学", "医学"),
     ("1401", "集成电路科学与工程", "交叉学科")],
)
def test_known_codes(code: str, name: str, category: str) -> None:
    discipline = load_disciplines()[code]
    assert (discipline.name, discipline.category_name) == (name, category)


def test_unknown_code_is_a_problem_and_empty_is_allowed() -> None:
    assert check_discipline("") == []
    assert check_discipline("0799") == [
        Problem("discipline_unknown", "discipline_code", {"code": "0799"})]
