"""Valid random USCC and resident ID numbers for demo data, drawn from a seeded Random."""

from __future__ import annotations

import random
from datetime import date

from stdnum.cn import ric, uscc

# Jiangsu county-level codes that python-stdnum's region table names (Nanjing, Wuxi, Changzhou,
# Suzhou, Yangzhou, Zhenjiang), so demo records show a place.
JIANGSU_REGIONS = (
    "320102",
    "320104",
    "320105",
    "320106",
    "320111",
    "320113",
    "320114",
    "320115",
    "320205",
    "320206",
    "320211",
    "320402",
    "320412",
    "320505",
    "320506",
    "320507",
    "320508",
    "320581",
    "320583",
    "321002",
    "321102",
)
# GB 11714 organisation code: weights for the 8 body characters of its own check character.
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def fake_uscc(rng: random.Random, *, region_code: str | None = None) -> str:
    """A company USCC ("91": market regulation, enterprise) with a valid check character.

    The embedded organisation code also gets a valid GB 11714 check, so demo codes look real
    to any stricter checker.
    """
    region = region_code or rng.choice(JIANGSU_REGIONS)
    body = "".join(rng.choice("0123456789") for _ in range(8))
    remainder = 11 - sum(int(c) * w for c, w in zip(body, _ORG_CODE_WEIGHTS, strict=True)) % 11
    org_check = {10: "X", 11: "0"}.get(remainder, str(remainder))
    code = "91" + region + body + org_check
    return code + uscc.calc_check_digit(code)


def fake_resident_id(
    rng: random.Random, *, birth_date: date, sex: str, region_code: str | None = None
) -> str:
    """A resident ID number for this birth date and sex ("M"/"F") with a valid check."""
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be M or F, not {sex!r}")
    region = region_code or rng.choice(JIANGSU_REGIONS)
    # The third sequence digit is odd for men and even for women.
    sequence = rng.randrange(500) * 2 + (1 if sex == "M" else 0)
    body = f"{region}{birth_date:%Y%m%d}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")
