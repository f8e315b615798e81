"""GPX 1.1 files: tracks (one per day of a plan, per circuit…) and waypoints, elevation optional.

Pure Python (xml.etree; no QGIS). Coordinates are WGS84 longitude and latitude in degrees (the
caller reprojects); elements are written in the order the GPX 1.1 schema requires (metadata,
wpt, rte, trk; inside a point: ele, then name, desc, sym), so the file validates against it
(tests/data/gpx-1.1.xsd).
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np

NAMESPACE = "http://www.topografix.com/GPX/1/1"
SCHEMA_LOCATION = f"{NAMESPACE} http://www.topografix.com/GPX/1/1/gpx.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


@dataclass
class Waypoint:
    lon: float
    lat: float
    name: Optional[str] = None
    description: Optional[str] = None
    symbol: Optional[str] = None  # e.g. Lodging, Campground, Train Station
    elevation: Optional[float] = None


@dataclass
class Track:
    """A track: ``segments`` are (k, 2) arrays of lon, lat; ``elevations`` (one array per
    segment, NaN where unknown) or None."""

    name: str
    segments: List[np.ndarray]
    description: Optional[str] = None
    elevations: Optional[List[np.ndarray]] = None
    number: Optional[int] = None


@dataclass
class Document:
    name: Optional[str] = None
    description: Optional[str] = None
    waypoints: List[Waypoint] = field(default_factory=list)
    tracks: List[Track] = field(default_factory=list)


def _text(parent: ET.Element, tag: str, value: Optional[object]) -> None:
    if value is not None and str(value) != "":
        ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}").text = str(value)


def _point(parent: ET.Element, tag: str, lon: float, lat: float,
           elevation: Optional[float]) -> ET.Element:
    point = ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}",
                          {"lat": f"{lat:.7f}", "lon": f"{lon:.7f}"})
    if elevation is not None and np.isfinite(elevation):
        _text(point, "ele", f"{elevation:.1f}")
    return point


def _check(lon: np.ndarray, lat: np.ndarray) -> None:
    if not (np.all(np.isfinite(lon)) and np.all(np.isfinite(lat))):
        raise ValueError("a GPX point needs finite coordinates")
    if np.any(np.abs(lat) > 90) or np.any(lon < -180) or np.any(lon >= 180):
        raise ValueError("GPX coordinates are WGS84 degrees: reproject first")


def _track(root: ET.Element, track: Track) -> None:
    element = ET.SubElement(root, f"{{{NAMESPACE}}}trk")
    _text(element, "name", track.name)
    _text(element, "desc", track.description)
    _text(element, "number", track.number)
    for k, segment in enumerate(track.segments):
        lonlat = np.asarray(segment, dtype=float).reshape(-1, 2)
        _check(lonlat[:, 0], lonlat[:, 1])
        z = track.elevations[k] if track.elevations is not None else None
        seg = ET.SubElement(element, f"{{{NAMESPACE}}}trkseg")
        for i, (lon, lat) in enumerate(lonlat.tolist()):
            _point(seg, "trkpt", lon, lat, None if z is None else float(z[i]))


def write(document: Document) -> bytes:
    """The GPX 1.1 file of ``document`` (UTF-8 bytes, with its XML declaration)."""
    ET.register_namespace("", NAMESPACE)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{NAMESPACE}}}gpx", {
        "version": "1.1", "creator": "Itinérance (QGIS plugin)",
        f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION})
    if document.name or document.description:
        metadata = ET.SubElement(root, f"{{{NAMESPACE}}}metadata")
        _text(metadata, "name", document.name)
        _text(metadata, "desc", document.description)
    for waypoint in document.waypoints:
        _check(np.array([waypoint.lon]), np.array([waypoint.lat]))
        point = _point(root, "wpt", waypoint.lon, waypoint.lat, waypoint.elevation)
        _text(point, "name", waypoint.name)
        _text(point, "desc", waypoint.description)
        _text(point, "sym", waypoint.symbol)
    for track in document.tracks:
        _track(root, track)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def tracks_of(names: Sequence[str], lines: Sequence[List[np.ndarray]]) -> List[Track]:
    """One track per line (a list of lon/lat pieces, one segment each), numbered from 1."""
    return [Track(name, [np.asarray(p) for p in pieces], number=k + 1)
            for k, (name, pieces) in enumerate(zip(names, lines))]


__all__ = ["Document", "Track", "Waypoint", "tracks_of", "write"]
