"""Provinces (63 before 1 July 2025, 34 after), districts and communes for headers and date lines."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

REFORM_DATE = date(2025, 7, 1)
HUE_CITY_DATE = date(2025, 1, 1)
DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Province:
    name: str  # date-line form: "Lào Cai", "Thành phố Hồ Chí Minh"
    is_city: bool

    @property
    def unit_upper(self) -> str:
        """"TỈNH LÀO CAI", "THÀNH PHỐ HÀ NỘI", "THÀNH PHỐ HỒ CHÍ MINH"."""
        if self.name == "Thành phố Hồ Chí Minh":
            return "THÀNH PHỐ HỒ CHÍ MINH"
        return ("THÀNH PHỐ " if self.is_city else "TỈNH ") + self.name.upper()

    @property
    def unit_lower(self) -> str:
        """"tỉnh Lào Cai", "thành phố Hà Nội", "Thành phố Hồ Chí Minh"."""
        if self.name == "Thành phố Hồ Chí Minh":
            return self.name
        return ("thành phố " if self.is_city else "tỉnh ") + self.name

    @property
    def short_upper(self) -> str:
        """Name without the unit word, for "TỈNH ỦY X" / "THÀNH ỦY X"."""
        if self.name == "Thành phố Hồ Chí Minh":
            return "THÀNH PHỐ HỒ CHÍ MINH"
        return self.name.upper()

    @property
    def committee_word(self) -> str:
        return "THÀNH ỦY" if self.is_city else "TỈNH ỦY"


@dataclass(frozen=True)
class Locality:
    """A district (before the reform) or a commune/ward (after it)."""

    name: str
    kind: str  # "huyện", "xã", "phường"

    @property
    def unit_upper(self) -> str:
        return f"{self.kind.upper()} {self.name.upper()}"


@lru_cache(maxsize=1)
def load_tables() -> dict[str, Any]:
    with (DATA_DIR / "provinces.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def provinces_on(day: date) -> list[Province]:
    """The provincial units that exist on ``day``."""
    tables = load_tables()
    if day >= REFORM_DATE:
        return [Province(u["name"], u["kind"] == "city") for u in tables["new"]]
    units = []
    for u in tables["old"]:
        if u["name"] == "Thừa Thiên Huế" and day >= HUE_CITY_DATE:
            units.append(Province("Huế", True))
        else:
            units.append(Province(u["name"], u["kind"] == "city"))
    return units


def pick_province(rng: random.Random, day: date) -> Province:
    return rng.choice(provinces_on(day))


def pick_district(rng: random.Random) -> Locality:
    return Locality(rng.choice(load_tables()["districts"]), "huyện")


def pick_commune(rng: random.Random) -> Locality:
    entry = rng.choice(load_tables()["communes"])
    return Locality(entry["name"], entry["kind"])
