"""QGIS features in and out of the numpy arrays the pure logic works on.

Reading drops Z and M, splits multi-part geometries, reprojects to the working CRS and counts
what it skips (empty, invalid or degenerate geometries) so that nothing is dropped silently.
Writing builds WKB with numpy: one QgsGeometry per feature, no vertex-by-vertex Python loop.
"""

import struct
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..translate import tr

LAMBERT_93 = "EPSG:2154"


def working_crs(source_crs, target_crs):
    """The metric CRS the analysis runs in: the input's if projected, else ``target_crs``."""
    if source_crs.isValid() and not source_crs.isGeographic():
        return source_crs
    crs = target_crs if target_crs.isValid() else QgsCoordinateReferenceSystem(LAMBERT_93)
    if crs.isGeographic():
        raise QgsProcessingException(
            tr("The target CRS {} is geographic; choose a projected CRS in metres such as "
               "EPSG:2154 (Lambert-93).").format(crs.authid()))
    return crs


@dataclass
class ReadLines:
    """Polylines read from a layer: ``parts[i]`` comes from the feature ``feature_ids[i]``."""

    parts: list = field(default_factory=list)
    feature_ids: list = field(default_factory=list)
    features: int = 0
    skipped: dict = field(default_factory=dict)  # reason -> count
    values: list = field(default_factory=list)

    @property
    def skipped_count(self):
        return sum(self.skipped.values())

    def skip(self, reason):
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


@dataclass
class ReadPoints:
    xy: np.ndarray
    feature_ids: list
    features: int = 0
    skipped: dict = field(default_factory=dict)
    values: list = field(default_factory=list)  # the requested attribute, per point

    @property
    def skipped_count(self):
        return sum(self.skipped.values())


def features(source, crs, context, attributes=None):
    """The features of ``source`` in ``crs``. QGIS's own invalid-geometry check is off: our
    readers count and skip what they cannot use (a zero-length line is not an error). With
    ``attributes`` (field names; empty for none) only those are read."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext())
    if attributes is not None:
        request.setSubsetOfAttributes([a for a in attributes if a], source.fields())
    return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)


def _linestring_xy(part):
    """(k, 2) array of a QgsLineString's x, y (Z and M dropped)."""
    flat = part.clone()
    flat.dropZValue()
    flat.dropMValue()
    wkb = bytes(flat.asWkb())
    return np.frombuffer(wkb, dtype="<f8", offset=9).reshape(-1, 2).copy()


def line_parts(geometry):
    """The single-part polylines of a (multi)line geometry, curves segmentised."""
    abstract = geometry.constGet()
    wkb_type = abstract.wkbType()
    if QgsWkbTypes.isCurvedType(wkb_type):
        abstract = abstract.segmentize()
        wkb_type = abstract.wkbType()
    wkb = bytes(abstract.asWkb())
    if wkb[:1] != b"\x01":  # QGIS writes little-endian WKB; anything else the slow way
        if QgsWkbTypes.isMultiType(wkb_type):
            return [_linestring_xy(abstract.geometryN(i))
                    for i in range(abstract.numGeometries())]
        return [_linestring_xy(abstract)]
    # read the coordinates straight from the WKB: no clone, no Z/M drop per part
    dims = 2 + QgsWkbTypes.hasZ(wkb_type) + QgsWkbTypes.hasM(wkb_type)
    if not QgsWkbTypes.isMultiType(wkb_type):
        return [_wkb_xy(wkb, 5, dims)]
    parts, offset = [], 9
    for _ in range(int.from_bytes(wkb[5:9], "little")):
        xy = _wkb_xy(wkb, offset + 5, dims)
        parts.append(xy)
        offset += 9 + 8 * dims * len(xy)
    return parts


def _wkb_xy(wkb, count_at, dims):
    """(k, 2) x, y of the WKB linestring whose vertex count is at byte ``count_at``."""
    count = int.from_bytes(wkb[count_at:count_at + 4], "little")
    coords = np.frombuffer(wkb, dtype="<f8", count=count * dims, offset=count_at + 4)
    return coords.reshape(count, dims)[:, :2]


def clean_parts(parts):
    """Drop consecutive duplicate vertices of every part at once (one numpy pass, not one per
    line); returns (kept parts, index of each kept part in ``parts``). A part with a
    non-finite coordinate or fewer than two distinct vertices is left out."""
    if not parts:
        return [], []
    sizes = np.fromiter((len(xy) for xy in parts), dtype=np.int64, count=len(parts))
    xy = np.concatenate(parts) if sizes.sum() else np.zeros((0, 2))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    keep = np.ones(len(xy), dtype=bool)
    keep[1:] = np.any(xy[1:] != xy[:-1], axis=1)
    nonempty = sizes > 0
    keep[starts[nonempty]] = True  # a part's first vertex is never a duplicate of the last part's
    finite = np.isfinite(xy).all(axis=1)
    part_of = np.repeat(np.arange(len(parts)), sizes)
    kept = np.bincount(part_of[keep], minlength=len(parts))
    bad = np.bincount(part_of[~finite], minlength=len(parts)) > 0
    good = (kept >= 2) & ~bad
    pieces = np.split(xy[keep], np.cumsum(kept)[:-1])
    index = np.flatnonzero(good)
    return [pieces[i] for i in index.tolist()], index.tolist()


def read_lines(source, crs, context, feedback=None, attribute=None):
    """Every line part of ``source`` in ``crs``; degenerate ones are counted, not kept.
    With ``attribute``, ``values[i]`` is that field's value for ``parts[i]``."""
    if source is None:
        raise QgsProcessingException(tr("The line layer could not be read."))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
        raise QgsProcessingException(
            tr("{} is not a line layer; choose a layer of lines.").format(source.sourceName()))
    result = ReadLines()
    total = max(source.featureCount(), 1)
    raw, fids, values = [], [], []
    for index, feature in enumerate(features(source, crs, context, [attribute])):
        if feedback is not None and index % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / total)
        result.features += 1
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            result.skip("empty")
            continue
        value = feature[attribute] if attribute else None
        for xy in line_parts(geometry):
            raw.append(xy)
            fids.append(feature.id())
            values.append(value)
    result.parts, kept = clean_parts(raw)
    for _ in range(len(raw) - len(kept)):
        result.skip("degenerate")
    result.feature_ids = [fids[i] for i in kept]
    if attribute:
        result.values = [values[i] for i in kept]
    return result


def read_points(source, crs, context, attribute=None):
    """Every point of ``source`` in ``crs`` (multi-points give one row per part), with the
    value of ``attribute`` (a field name) when one is asked for."""
    if source is None:
        raise QgsProcessingException(tr("The point layer could not be read."))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
        raise QgsProcessingException(
            tr("{} is not a point layer; choose a layer of points.").format(source.sourceName()))
    xy, ids, values, skipped, count = [], [], [], {}, 0
    for feature in features(source, crs, context, [attribute]):
        count += 1
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped["empty"] = skipped.get("empty", 0) + 1
            continue
        points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        for point in points:
            if not (np.isfinite(point.x()) and np.isfinite(point.y())):
                skipped["invalid"] = skipped.get("invalid", 0) + 1
                continue
            xy.append((point.x(), point.y()))
            ids.append(feature.id())
            if attribute:
                values.append(feature[attribute])
    return ReadPoints(np.array(xy, dtype=float).reshape(-1, 2), ids, count, skipped, values)


def polygon_wkbs(source, crs, context):
    """The polygons of ``source`` (a perimeter) as WKB in ``crs``; an error when it has
    none."""
    shapes = [bytes(f.geometry().asWkb()) for f in features(source, crs, context, [])
              if f.hasGeometry() and not f.geometry().isEmpty()]
    if not shapes:
        raise QgsProcessingException(
            tr("The perimeter layer {} has no polygon; choose polygons, or leave PERIMETER "
               "empty.").format(source.sourceName()))
    return shapes


# --- writing --------------------------------------------------------------------------------

_LINESTRING = struct.pack("<BI", 1, 2)
_LINESTRING_Z = struct.pack("<BI", 1, 1002)  # ISO WKB
_MULTILINESTRING = struct.pack("<BI", 1, 5)
_POINT = struct.pack("<BI", 1, 1)


def point_wkb(xy):
    return _POINT + np.ascontiguousarray(xy, dtype="<f8").tobytes()


def linestring_wkb(xy):
    xy = np.ascontiguousarray(xy, dtype="<f8")
    return _LINESTRING + struct.pack("<I", len(xy)) + xy.tobytes()


def line_geometry(xy, z=None):
    """A LineString, or a LineStringZ when ``z`` (one value per vertex) is given."""
    geometry = QgsGeometry()
    if z is None:
        geometry.fromWkb(linestring_wkb(xy))
    else:
        xyz = np.ascontiguousarray(np.column_stack([xy, z]), dtype="<f8")
        geometry.fromWkb(_LINESTRING_Z + struct.pack("<I", len(xyz)) + xyz.tobytes())
    return geometry


def line_geometries(xy, ptr):
    """LineStrings of polylines stored flat: line k is ``xy[ptr[k]:ptr[k + 1]]``. The WKB of
    all of them is laid out at once; each geometry is then a slice, not an array split."""
    ptr = np.asarray(ptr, dtype=np.int64)
    header = np.empty(len(ptr) - 1, dtype=[("order", "u1"), ("type", "<u4"), ("n", "<u4")])
    header["order"], header["type"], header["n"] = 1, 2, np.diff(ptr)
    heads = header.tobytes()
    raw = np.ascontiguousarray(xy, dtype="<f8").tobytes()
    starts = (16 * ptr).tolist()
    geometries = []
    for k in range(len(starts) - 1):
        geometry = QgsGeometry()
        geometry.fromWkb(heads[9 * k:9 * k + 9] + raw[starts[k]:starts[k + 1]])
        geometries.append(geometry)
    return geometries


def multiline_geometry(parts):
    wkb = _MULTILINESTRING + struct.pack("<I", len(parts))
    wkb += b"".join(linestring_wkb(xy) for xy in parts)
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def point_geometry(x, y, z=None):
    geometry = QgsGeometry()
    if z is None:
        geometry.fromWkb(_POINT + struct.pack("<dd", x, y))
    else:
        geometry.fromWkb(struct.pack("<BI", 1, 1001) + struct.pack("<ddd", x, y, z))
    return geometry


def point_geometries(xy, z=None):
    """Point (or PointZ) geometries for many points: the WKB of all of them built at once."""
    xy = np.asarray(xy, dtype="<f8").reshape(-1, 2)
    has_z = z is not None
    record = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")]
                      + ([("z", "<f8")] if has_z else []))
    wkb = np.empty(len(xy), dtype=record)
    wkb["order"], wkb["type"] = 1, 1001 if has_z else 1
    wkb["x"], wkb["y"] = xy[:, 0], xy[:, 1]
    if has_z:
        wkb["z"] = z
    raw, size = wkb.tobytes(), record.itemsize
    geometries = []
    for start in range(0, len(raw), size):
        geometry = QgsGeometry()
        geometry.fromWkb(raw[start:start + size])
        geometries.append(geometry)
    return geometries
