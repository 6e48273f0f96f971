"""Rebuild the workbooks in this folder that other programs wrote (not run by the tests).

    .venv/bin/python tests/excel/data/make_fixtures.py [--crypt-python PYTHON]

Needs LibreOffice (``apt-get install -y libreoffice-calc-nogui``: ``soffice`` on PATH).
- libreoffice_roster.xlsx: an awkward 花名册 built with openpyxl (merged title, unit line,
  two-level header, aliases in any order, extra columns, dates as cells and as text, an ID
  typed as a number, a formula, blank and pre-numbered rows, notes below), then opened and
  saved by LibreOffice Calc, so the file is LibreOffice's own (shared strings, its styles,
  its dimension record, the formula's computed value).
- libreoffice_typed.xlsx: a CSV opened by LibreOffice with a Chinese locale and "detect
  special numbers", as a user would: ID numbers, codes and landlines become numbers.
- legacy.xls: the same roster saved as Excel 97-2003.
- encrypted.xlsx: a password-protected workbook (password "secret"), made with
  msoffcrypto-tool by the Python given as --crypt-python (it is not a project dependency).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
LO_CSV_FILTER = "CSV:44,34,76,1,,2052,false,true,true"  # UTF-8, zh-CN, detect numbers/dates
TYPED_CSV = (
    "姓名,性别,出生日期,身份证号,所在单位,学科代码,入选年度,资助金额（万元）,联系电话\n"
    "王芳,女,1990/05/17,320102199005178128,某某研究院,0805,2024,30.5,02583000000\n"
    "李强,男,1988-03-02,32010219880302265X,某某研究院,0812,2023,20,13912345678\n"
)
ENCRYPT = """
import sys, msoffcrypto.format.ooxml as ooxml
with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as dst:
    ooxml.OOXMLFile(src).encrypt("secret", dst)
"""


def awkward_roster(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "青年人才"
    ws.append(["某某研究院青年科技人才花名册（2025年度）"])
    ws.merge_cells("A1:K1")
    ws.append(
        ["填报单位（盖章）：某某研究院", None, None, None, None, None, "填报日期：2026年1月5日"]
    )
    ws.append(["序号", "基本信息", None, None, None, "单位", None, "学历", "人才项目"])
    ws.merge_cells("B3:E3")
    ws.append(
        ["序号", "Name", "性别", "身份证号码*", "出生年月", "工作单位", "所在部门",
         "Highest degree", "入选年度", "资助金额（万元）", "工号"]
    )  # fmt: skip
    ws.append([1, "王芳", "女", "320102199005178128", date(1990, 5, 17), "某某研究院",
               "材料所", "博士", "=2020+4", 30, "E001"])  # fmt: skip
    ws.append([2, "李强", "男", "32010219880302265X", "1988.3.2", "某某研究院", "化学所",
               "硕士", "2023", "20.5", "E002"])  # fmt: skip
    ws.append([])
    ws.append([3, "张伟", "男", 320102198801011234, "1988年1月1日", "某某研究院", "信息所",
               "学士", 2022, 10, "E003"])  # fmt: skip
    ws.append([4])
    ws.append(["填表说明：日期格式为 YYYY-MM-DD；身份证号请按文本填写。"])
    wb.save(path)


def soffice(*args: str) -> None:
    subprocess.run(["soffice", "--headless", *args], check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--crypt-python", help="a Python that has msoffcrypto-tool")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        source = work / "source" / "libreoffice_roster.xlsx"
        source.parent.mkdir()
        awkward_roster(source)
        soffice("--convert-to", "xlsx", "--outdir", str(work), str(source))
        shutil.copy(work / "libreoffice_roster.xlsx", HERE / "libreoffice_roster.xlsx")
        soffice("--convert-to", "xls", "--outdir", str(work), str(source))
        shutil.copy(work / "libreoffice_roster.xls", HERE / "legacy.xls")
        csv = work / "libreoffice_typed.csv"
        csv.write_text(TYPED_CSV, encoding="utf-8")
        soffice(f"--infilter={LO_CSV_FILTER}", "--convert-to", "xlsx", "--outdir", str(work),
                str(csv))  # fmt: skip
        shutil.copy(work / "libreoffice_typed.xlsx", HERE / "libreoffice_typed.xlsx")
        if args.crypt_python:
            subprocess.run(
                [args.crypt_python, "-c", ENCRYPT, str(source), str(HERE / "encrypted.xlsx")],
                check=True,
            )


if __name__ == "__main__":
    main()
