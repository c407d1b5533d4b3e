"""Claims for GIS tools: GeoJSON for QGIS and KML for Google Earth. Qt-free.

A claim sits at the label point of each province it names (the pole of inaccessibility that the map labels
use), as one MultiPoint feature; provinces are (Multi)Polygon features with their claim counts. Coordinates
are longitude and latitude (WGS 84), as RFC 7946 and KML require. A claim that names no place has no
geometry in GeoJSON (its row is still there) and is left out of KML, which can only show what has a place.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

import shapely

from claimline.export.files import write_text
from claimline.geo import province_name
from claimline.model import Claim, Report

BOUNDARY_CREDIT = "Boundaries: Natural Earth (public domain)"
KML_NS = "http://www.opengis.net/kml/2.2"


def province_table() -> list[dict]:
    """Each province's code, names, label point (lon, lat) and outline (a shapely geometry), in code order."""
    from claimline.geo.shapes import load_provinces

    frame = load_provinces().sort_values("code")
    return [{"code": row.code, "name": row.name, "name_ko": row.name_ko,
             "label": (float(row.label_lon), float(row.label_lat)), "geometry": row.geometry}
            for row in frame.itertuples()]


def claim_properties(claim: Claim, report: Report | None) -> dict:
    """What a GIS colleague needs of a claim: its quote, dates, precision, source, review and report."""
    when = claim.when
    return {
        "kind": "claim", "id": claim.id, "quote": claim.quote,
        "start": when.start.isoformat() if when.start else None,
        "end": when.end.isoformat() if when.end else None,
        "precision": when.precision, "when_text": when.text,
        "provinces": ";".join(p.code for p in claim.places if not p.inferred),
        "inferred_provinces": ";".join(p.code for p in claim.places if p.inferred),
        "source": claim.source, "status": claim.status, "grade": claim.grade,
        "tags": ";".join(claim.tags), "note": claim.note,
        "report_title": report.title if report else None, "outlet": report.outlet if report else None,
        "published": report.published.isoformat() if report and report.published else None,
        "url": report.url if report else None,
    }


def _claim_geometry(claim: Claim, labels: dict[str, tuple[float, float]]) -> dict | None:
    points = [list(labels[p.code]) for p in claim.places if p.code in labels]
    return {"type": "MultiPoint", "coordinates": points} if points else None


def _province_geometry(geometry) -> dict:
    """Every province as a MultiPolygon, so that QGIS reads all of them as one layer."""
    if geometry.geom_type == "Polygon":
        geometry = shapely.MultiPolygon([geometry])
    return shapely.geometry.mapping(geometry)


def geojson_document(claims: Iterable[Claim], report_of: Callable[[str], Report | None]) -> dict:
    """A FeatureCollection: the claims (points) and then the provinces (polygons, with their claim counts)."""
    claims = list(claims)
    provinces = province_table()
    labels = {p["code"]: p["label"] for p in provinces}
    features = [{"type": "Feature", "geometry": _claim_geometry(c, labels),
                 "properties": claim_properties(c, report_of(c.report_path))} for c in claims]
    for province in provinces:
        count = sum(1 for c in claims if province["code"] in c.province_codes)
        features.append({"type": "Feature", "geometry": _province_geometry(province["geometry"]),
                         "properties": {"kind": "province", "code": province["code"], "name": province["name"],
                                        "name_ko": province["name_ko"], "claims": count}})
    return {"type": "FeatureCollection", "name": "claims", "attribution": BOUNDARY_CREDIT, "features": features}


def write_claims_geojson(claims: Iterable[Claim], report_of: Callable[[str], Report | None], out: Path) -> None:
    """The claims and the provinces as GeoJSON (RFC 7946), which QGIS opens as a points and a polygons layer."""
    write_text(out, json.dumps(geojson_document(claims, report_of), ensure_ascii=False) + "\n")


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{KML_NS}}}{tag}")
    if text is not None:
        element.text = text
    return element


def _description(claim: Claim, report: Report | None) -> str:
    """The balloon text: the quote, then where it comes from (plain text; Google Earth shows line breaks)."""
    lines = [claim.quote, "", f"{claim.when.text} ({claim.when.precision})"]
    lines += [f"Source: {claim.source}"] if claim.source else []
    lines += [f"Review: {claim.status}" + (f", grade {claim.grade}" if claim.grade else "")]
    if report is not None:
        meta = ", ".join(x for x in (report.outlet, report.published.isoformat() if report.published else None) if x)
        lines += [report.title + (f" ({meta})" if meta else "")] + ([report.url] if report.url else [])
    return "\n".join(lines)


def _placemark(folder: ET.Element, claim: Claim, report: Report | None, labels: dict) -> None:
    placemark = _sub(folder, "Placemark")
    placemark.set("id", claim.id)
    first = ", ".join(province_name(p.code) for p in claim.places)
    _sub(placemark, "name", f"{claim.when.start.isoformat()} · {first}")
    _sub(placemark, "description", _description(claim, report))
    span = _sub(placemark, "TimeSpan")
    _sub(span, "begin", claim.when.start.isoformat())
    _sub(span, "end", claim.when.end.isoformat())
    points = [labels[p.code] for p in claim.places if p.code in labels]
    parent = _sub(placemark, "MultiGeometry") if len(points) > 1 else placemark
    for lon, lat in points:
        _sub(_sub(parent, "Point"), "coordinates", f"{lon:.5f},{lat:.5f}")


def kml_document(claims: Iterable[Claim], report_of: Callable[[str], Report | None], name: str) -> ET.ElementTree:
    """A KML document with one placemark per dated claim that names a place, each with its TimeSpan, so
    that Google Earth's time slider plays the claims in time."""
    ET.register_namespace("", KML_NS)
    labels = {p["code"]: p["label"] for p in province_table()}
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = _sub(root, "Document")
    _sub(document, "name", name)
    _sub(document, "description", BOUNDARY_CREDIT + " (province label points)")
    for claim in claims:
        if claim.when.resolved and any(p.code in labels for p in claim.places):
            _placemark(document, claim, report_of(claim.report_path), labels)
    ET.indent(root, space=" ")
    return ET.ElementTree(root)


def write_claims_kml(claims: Iterable[Claim], report_of: Callable[[str], Report | None], out: Path,
                     name: str = "Claimline claims") -> None:
    """The dated claims as KML with TimeSpan begin and end (inclusive days), for Google Earth's time slider."""
    tree = kml_document(claims, report_of, name)
    write_text(out, ET.tostring(tree.getroot(), encoding="unicode", xml_declaration=True) + "\n")
