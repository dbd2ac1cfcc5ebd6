"""The reference tables of the event data sets, kept as data in ``resources/data``.

Which CAMEO codes we import and as what, how CAMEO and data sets spell countries: a
researcher widens an import by adding a line to a JSON file, not by changing code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry

from timeline.domain.kinds import EventKind
from timeline.domain.normalize import normalize
from timeline.locations import resources_dir

#: A well-formed CAMEO event code: root 01 to 20, then one or two digits, as text.
_CAMEO_CODE = re.compile(r"^(?:0[1-9]|1\d|20)\d{1,2}$")


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """What a CAMEO code becomes: a kind, its words, and which actor hosts."""

    kind: EventKind
    label: str
    host: str | None  # "source", "target" or None


def _load(name: str) -> dict[str, Any]:
    path = resources_dir() / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def cameo_kinds() -> dict[str, CameoEntry]:
    return {
        code: CameoEntry(EventKind(entry["kind"]), entry["label"], entry["host"])
        for code, entry in _load("cameo_kinds.json")["codes"].items()
    }


def is_cameo_code(code: str) -> bool:
    return _CAMEO_CODE.match(code) is not None


@cache
def alpha2_by_code() -> dict[str, str]:
    """ISO alpha-3 and CAMEO country codes to ISO alpha-2."""
    codes = {country.alpha_3: country.alpha_2 for country in pycountry.countries}
    codes.update(_load("cameo_countries.json")["codes"])
    return codes


@cache
def alpha2_by_name() -> dict[str, str | None]:
    """Normalised country names (ISO names and the alias table) to alpha-2, or None for a
    name known not to be an ISO country."""
    names: dict[str, str | None] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names[normalize(value)] = country.alpha_2
    for name, code in _load("country_aliases.json")["names"].items():
        names[normalize(name)] = code
    return names
