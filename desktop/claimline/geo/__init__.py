"""North Korea's provinces: names, codes and (in ``shapes``) polygons from ``geodata/``. Qt-free."""

from __future__ import annotations

# ISO 3166-2:KP codes as used by Natural Earth admin-1 (Nampo lies in KP-02, Kaesong in KP-06).
PROVINCES: dict[str, str] = {
    "KP-01": "Pyongyang",
    "KP-02": "South Pyongan",
    "KP-03": "North Pyongan",
    "KP-04": "Chagang",
    "KP-05": "South Hwanghae",
    "KP-06": "North Hwanghae",
    "KP-07": "Kangwon",
    "KP-08": "South Hamgyong",
    "KP-09": "North Hamgyong",
    "KP-10": "Ryanggang",
    "KP-13": "Rason",
}


def province_name(code: str) -> str:
    """The English name of a province code, or the code itself when unknown."""
    return PROVINCES.get(code, code)
