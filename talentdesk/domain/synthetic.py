"""Realistic synthetic people and employers for training, screenshots and benchmarks."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from talentdesk.domain.fake_ids import fake_uscc

# (ISO alpha-3, MRZ code, weight, surnames, given names) — a Zipf-like spread as at real windows.
NATIONALITY_NAMES: tuple[tuple[str, str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "USA",
        "USA",
        18,
        ("SMITH", "JOHNSON", "BROWN", "MILLER", "DAVIS", "WILSON", "MOORE"),
        ("JAMES", "MICHAEL", "EMILY", "SARAH", "DAVID", "JESSICA", "ROBERT"),
    ),
    (
        "KOR",
        "KOR",
        14,
        ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO"),
        ("MINJUN", "SEOYEON", "JIHO", "HAEUN", "DOYUN", "SUA", "JUWON"),
    ),
    (
        "JPN",
        "JPN",
        12,
        ("SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO"),
        ("HARUTO", "YUI", "SOTA", "HINA", "REN", "AOI", "KENJI"),
    ),
    (
        "DEU",
        "D",
        9,
        ("MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER"),
        ("LUKAS", "ANNA", "FELIX", "LEA", "JONAS", "MARIE", "PAUL"),
    ),
    (
        "GBR",
        "GBR",
        8,
        ("TAYLOR", "EVANS", "THOMAS", "ROBERTS", "WALKER", "WRIGHT"),
        ("OLIVER", "AMELIA", "HARRY", "ISLA", "GEORGE", "AVA", "JACK"),
    ),
    (
        "FRA",
        "FRA",
        6,
        ("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT"),
        ("LOUIS", "JADE", "GABRIEL", "LOUISE", "ARTHUR", "EMMA", "CHLOE"),
    ),
    (
        "IND",
        "IND",
        6,
        ("SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA", "REDDY"),
        ("AARAV", "ANANYA", "VIVAAN", "DIYA", "ARJUN", "ISHA", "ROHAN"),
    ),
    (
        "RUS",
        "RUS",
        5,
        ("IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "SOKOLOV"),
        ("ALEXANDER", "ANASTASIA", "DMITRY", "MARIA", "SERGEI", "OLGA"),
    ),
    (
        "SGP",
        "SGP",
        4,
        ("TAN", "LIM", "LEE", "NG", "ONG", "WONG"),
        ("WEI MING", "HUI LING", "JUN JIE", "XIN YI", "ZHI HAO"),
    ),
    (
        "CAN",
        "CAN",
        4,
        ("TREMBLAY", "GAGNON", "ROY", "COTE", "BOUCHARD", "GAUTHIER"),
        ("LIAM", "OLIVIA", "NOAH", "CHARLOTTE", "WILLIAM", "EMMA"),
    ),
    (
        "AUS",
        "AUS",
        3,
        ("JONES", "WILLIAMS", "KELLY", "RYAN", "MURPHY"),
        ("JACK", "MIA", "THOMAS", "GRACE", "LACHLAN", "RUBY"),
    ),
    (
        "ITA",
        "ITA",
        3,
        ("ROSSI", "RUSSO", "FERRARI", "ESPOSITO", "BIANCHI"),
        ("LEONARDO", "SOFIA", "FRANCESCO", "GIULIA", "ALESSANDRO"),
    ),
    (
        "ESP",
        "ESP",
        2,
        ("GARCIA", "FERNANDEZ", "GONZALEZ", "RODRIGUEZ", "LOPEZ"),
        ("HUGO", "LUCIA", "MATEO", "MARTINA", "PABLO"),
    ),
    (
        "BRA",
        "BRA",
        2,
        ("SILVA", "SANTOS", "OLIVEIRA", "SOUZA", "LIMA"),
        ("MIGUEL", "HELENA", "ARTHUR", "ALICE", "THEO"),
    ),
    (
        "PAK",
        "PAK",
        2,
        ("KHAN", "AHMED", "ALI", "HUSSAIN", "RAZA"),
        ("MUHAMMAD", "AYESHA", "HAMZA", "FATIMA", "BILAL"),
    ),
    (
        "MYS",
        "MYS",
        2,
        ("ABDULLAH", "RAHMAN", "ISMAIL", "OTHMAN"),
        ("AHMAD", "NUR AISYAH", "HAFIZ", "SITI", "IRFAN"),
    ),
    (
        "THA",
        "THA",
        1,
        ("SAETANG", "WONGSA", "CHAIYAPORN", "SRISUK"),
        ("SOMCHAI", "NARUMON", "KITTI", "PIMCHANOK"),
    ),
    (
        "VNM",
        "VNM",
        1,
        ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG"),
        ("AN", "BAO", "CHI", "DUNG", "LINH"),
    ),
    (
        "NGA",
        "NGA",
        1,
        ("OKAFOR", "ADEYEMI", "BELLO", "EZE", "OKONKWO"),
        ("CHINEDU", "NGOZI", "TUNDE", "AMAKA", "EMEKA"),
    ),
    (
        "EGY",
        "EGY",
        1,
        ("HASSAN", "MOHAMED", "IBRAHIM", "MAHMOUD"),
        ("OMAR", "NOUR", "YOUSSEF", "MARIAM", "KARIM"),
    ),
)

# Prefecture-level cities of Jiangsu with a few districts each, and their USCC region codes.
JIANGSU_CITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("南京市", "320102", ("玄武区", "秦淮区", "建邺区", "鼓楼区", "江宁区", "栖霞区")),
    ("苏州市", "320505", ("虎丘区", "吴中区", "相城区", "姑苏区", "苏州工业园区", "昆山市")),
    ("无锡市", "320205", ("锡山区", "惠山区", "滨湖区", "梁溪区", "新吴区")),
    ("常州市", "320402", ("天宁区", "钟楼区", "新北区", "武进区")),
    ("南通市", "320602", ("崇川区", "通州区", "海门区")),
    ("扬州市", "321002", ("广陵区", "邗江区", "江都区")),
    ("镇江市", "321102", ("京口区", "润州区", "丹徒区")),
    ("徐州市", "320302", ("鼓楼区", "云龙区", "泉山区")),
    ("泰州市", "321202", ("海陵区", "高港区")),
    ("盐城市", "320902", ("亭湖区", "盐都区")),
    ("淮安市", "320803", ("淮安区", "清江浦区")),
    ("连云港市", "320703", ("连云区", "海州区")),
    ("宿迁市", "321302", ("宿城区", "宿豫区")),
)
_CITY_WEIGHTS = (22, 24, 14, 8, 7, 4, 4, 5, 3, 3, 2, 2, 2)

_COMPANY_WORDS = (
    "华芯",
    "瑞科",
    "博远",
    "恒信",
    "凯德",
    "天合",
    "智源",
    "新材",
    "海润",
    "中科",
    "赛诺",
    "联创",
    "远景",
    "融通",
    "康泰",
    "汇川",
)
_COMPANY_KINDS = (
    "科技有限公司",
    "生物医药有限公司",
    "半导体有限公司",
    "新能源科技有限公司",
    "智能装备有限公司",
    "信息技术有限公司",
    "大学",
    "研究院",
    "国际学校",
)
T = TypeVar("T")

POSITIONS = (
    "高级工程师",
    "研发总监",
    "外籍教师",
    "首席科学家",
    "产品经理",
    "技术顾问",
    "博士后研究员",
    "设计师",
    "质量经理",
    "市场总监",
)


@dataclass(frozen=True)
class SyntheticApplicant:
    surname: str
    given_names: str
    sex: str
    birth_date: date
    nationality: str  # ISO alpha-3
    issuing_state: str  # as the MRZ prints it (D for Germany)
    passport_number: str
    passport_expiry: date


@dataclass(frozen=True)
class SyntheticEmployer:
    name: str
    uscc: str
    city: str
    district: str
    fortune_global_500: bool


def _weighted(rng: random.Random, items: tuple[T, ...], weights: tuple[int, ...]) -> T:
    return rng.choices(items, weights=weights, k=1)[0]


def applicant(rng: random.Random, today: date) -> SyntheticApplicant:
    """A foreign national whose passport fields fit a valid TD3 MRZ (see domain.mrz.build_td3)."""
    row = _weighted(rng, NATIONALITY_NAMES, tuple(n[2] for n in NATIONALITY_NAMES))
    alpha3, mrz_code, _weight, surnames, given = row
    birth = today - timedelta(days=rng.randint(22 * 365, 62 * 365))
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    number = letters + "".join(rng.choice("0123456789") for _ in range(9 - len(letters)))
    return SyntheticApplicant(
        surname=rng.choice(surnames),
        given_names=rng.choice(given),
        sex=rng.choice("MF"),
        birth_date=birth,
        nationality=alpha3,
        issuing_state=mrz_code,
        passport_number=number,
        passport_expiry=today + timedelta(days=rng.randint(200, 3600)),
    )


def employer(rng: random.Random, serial: int) -> SyntheticEmployer:
    city, region, districts = _weighted(rng, JIANGSU_CITIES, _CITY_WEIGHTS)
    words = rng.choice(_COMPANY_WORDS) + rng.choice(_COMPANY_WORDS)
    short_city = city.removesuffix("市")
    return SyntheticEmployer(
        # The serial keeps names unique, as registered names are.
        name=f"{short_city}{words}{rng.choice(_COMPANY_KINDS)}（{serial}）",
        uscc=fake_uscc(rng, region_code=region),
        city=city,
        district=rng.choice(districts),
        fortune_global_500=rng.random() < 0.03,
    )
