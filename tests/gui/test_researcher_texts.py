"""Every Problem the researcher rules and services report has a Chinese sentence."""

from __future__ import annotations

import re

import pytest

from talentdesk.domain.problems import Problem
from talentdesk.gui.messages import PROBLEM_TEXTS, problem_text
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.gui

SOURCES = [*sorted((REPO_ROOT / "talentdesk" / "domain" / "researchers").glob("*.py")),
           *sorted((REPO_ROOT / "talentdesk" / "services").glob("researcher*.py"))]
CODES = sorted({code for path in SOURCES
                for code in re.findall(r'Problem\(\s*"([a-z_0-9]+)"', path.read_text("utf-8"))})


def test_the_sources_report_problems():
    assert len(CODES) > 50


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_a_sentence(code: str):
    assert code in PROBLEM_TEXTS


def test_sentences_are_chinese_and_filled_in(zh_app):
    text = problem_text(Problem("reviewer_same_unit", "reviewer",
                                {"reviewer": "x1", "researcher": "r1", "unit": "南京大学"}))
    assert text == "须回避：评审专家与被评人同属一个单位（南京大学）。"
    text = problem_text(Problem("representative_works_over_cap", "works", {"count": 6, "cap": 5}))
    assert text == "代表作：已提交 6 项，本项目最多允许 5 项。"
    text = problem_text(Problem("domestic_journal_share_too_low", "works", {
        "domestic": 0, "papers": 3, "required_share": "1/3", "required_domestic": 1}))
    assert text == "代表作：3 篇论文中只有 0 篇发表在国内科技期刊，至少需要 1 篇（比例 1/3）。"
