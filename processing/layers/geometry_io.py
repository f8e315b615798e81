"""QGIS features in and out of the numpy arrays the pure logic works on.

Reading drops Z and M, splits multi-part geometries, reprojects to the working CRS and counts
what it skips (empty, invalid or degenerate geometries) so that nothing is dropped silently.
Writing builds WKB with numpy: one QgsGeometry per feature, no vertex-by-vertex Python loop.
"""

import struct
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..logic import wkb
from ..logic.arrays import as_points
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
    """Polylines read from a layer, flat: part i is ``xy[ptr[i]:ptr[i + 1]]`` (also
    ``parts[i]``) and comes from the feature ``feature_ids[i]``."""

    xy: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    feature_ids: list = field(default_factory=list)
    features: int = 0
    skipped: dict = field(default_factory=dict)  # reason -> count
    values: list = field(default_factory=list)

    @cached_property
    def parts(self):
        """The parts as a list of (k, 2) arrays (views of ``xy``)."""
        return np.split(self.xy, self.ptr[1:-1]) if len(self.ptr) > 1 else []

    @property
    def skipped_count(self):
        return sum(self.skipped.values())

    def skip(self, reason, count=1):
        if count:
            self.skipped[reason] = self.skipped.get(reason, 0) + count


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
    xy, ptr, index = clean_flat(xy, np.concatenate([[0], np.cumsum(sizes)]))
    return (np.split(xy, ptr[1:-1]) if len(index) else []), index.tolist()


def clean_flat(xy, ptr):
    """:func:`clean_parts` for parts stored flat (part i is ``xy[ptr[i]:ptr[i + 1]]``):
    returns (xy, ptr, index of each kept part)."""
    sizes = np.diff(ptr)
    starts = ptr[:-1]
    points = as_points(xy)
    keep = np.ones(len(xy), dtype=bool)
    np.not_equal(points[1:], points[:-1], out=keep[1:])
    nonempty = sizes > 0
    keep[starts[nonempty]] = True  # a part's first vertex is never a duplicate of the last part's
    finite = np.isfinite(points)
    part_of = np.repeat(np.arange(len(sizes)), sizes)
    kept = np.bincount(part_of[keep], minlength=len(sizes))
    bad = np.bincount(part_of[~finite], minlength=len(sizes)) > 0
    good = (kept >= 2) & ~bad
    xy = xy[keep & good[part_of]]
    return xy, np.concatenate([[0], np.cumsum(kept[good])]).astype(np.int64), np.flatnonzero(good)


def read_lines(source, crs, context, feedback=None, attribute=None):
    """Every line part of ``source`` in ``crs``; degenerate ones are counted, not kept.
    With ``attribute``, ``values[i]`` is that field's value for ``parts[i]``.

    Geometries are read as WKB, then their coordinates all at once (``logic.wkb``); only those
    it does not read (curves, big-endian WKB) go through QGIS one by one."""
    if source is None:
        raise QgsProcessingException(tr("The line layer could not be read."))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
        raise QgsProcessingException(
            tr("{} is not a line layer; choose a layer of lines.").format(source.sourceName()))
    result = ReadLines()
    total = max(source.featureCount(), 1)
    blobs, fids, values = [], [], []
    iterator = features(source, crs, context, [attribute])
    feature = QgsFeature()  # one, filled again by each step: a region has a million lines
    while iterator.nextFeature(feature):
        if feedback is not None and result.features % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * result.features / total)
        result.features += 1
        geometry = feature.geometry()
        if geometry.isEmpty():  # also when null
            result.skip("empty")
            continue
        blobs.append(bytes(geometry.asWkb()))
        fids.append(feature.id())
        if attribute:
            values.append(feature[attribute])
    xy, ptr, owner = _line_coordinates(blobs)
    xy, result.ptr, kept = clean_flat(xy, ptr)
    result.xy = xy
    result.skip("degenerate", len(owner) - len(kept))
    owner = owner[kept].tolist()
    result.feature_ids = [fids[i] for i in owner]
    if attribute:
        result.values = [values[i] for i in owner]
    return result


def _line_coordinates(blobs):
    """(xy, ptr, owner) of the parts of WKB lines, in geometry order then part order."""
    parts = wkb.linestrings(blobs)
    unread = np.flatnonzero(~parts.read).tolist()
    if not unread:
        return parts.xy, parts.ptr, parts.owner
    # what logic.wkb does not read, QGIS does; the parts are then put back in order
    pieces = np.split(parts.xy, parts.ptr[1:-1]) if len(parts.owner) else []
    owner = parts.owner.tolist()
    for i in unread:
        extra = line_parts(_from_wkb(blobs[i]))
        pieces += extra
        owner += [i] * len(extra)
    order = np.argsort(owner, kind="stable")
    pieces = [pieces[k] for k in order.tolist()]
    sizes = np.fromiter((len(xy) for xy in pieces), dtype=np.int64, count=len(pieces))
    xy = np.concatenate(pieces) if sizes.sum() else np.zeros((0, 2))
    return (xy, np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64),
            np.asarray(owner, dtype=np.int64)[order])


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
    if z is None:
        return _from_wkb(linestring_wkb(xy))
    xyz = np.ascontiguousarray(np.column_stack([xy, z]), dtype="<f8")
    return _from_wkb(_LINESTRING_Z + struct.pack("<I", len(xyz)) + xyz.tobytes())


def line_wkbs(xy, ptr):
    """WKB of LineStrings stored flat: line k is ``xy[ptr[k]:ptr[k + 1]]``. The WKB of all of
    them is laid out at once; each line's is then a slice, not an array split."""
    ptr = np.asarray(ptr, dtype=np.int64)
    header = np.empty(len(ptr) - 1, dtype=[("order", "u1"), ("type", "<u4"), ("n", "<u4")])
    header["order"], header["type"], header["n"] = 1, 2, np.diff(ptr)
    heads = header.tobytes()
    raw = np.ascontiguousarray(xy, dtype="<f8").tobytes()
    starts = (16 * ptr).tolist()
    return [heads[9 * k:9 * k + 9] + raw[starts[k]:starts[k + 1]]
            for k in range(len(starts) - 1)]


def line_geometries(xy, ptr):
    """LineStrings of polylines stored flat (see :func:`line_wkbs`)."""
    return [_from_wkb(wkb) for wkb in line_wkbs(xy, ptr)]


def _from_wkb(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def multiline_wkb(parts):
    """WKB of a MultiLineString of (k, 2) parts."""
    return (_MULTILINESTRING + struct.pack("<I", len(parts))
            + b"".join(linestring_wkb(xy) for xy in parts))


def multiline_geometry(parts):
    return _from_wkb(multiline_wkb(parts))


def point_geometry(x, y, z=None):
    if z is None:
        return _from_wkb(_POINT + struct.pack("<dd", x, y))
    return _from_wkb(struct.pack("<BI", 1, 1001) + struct.pack("<ddd", x, y, z))


def point_wkbs(xy, z=None):
    """WKB of Points (or PointZ) for many points, all laid out at once."""
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
    return [raw[start:start + size] for start in range(0, len(raw), size)]


def point_geometries(xy, z=None):
    """Point (or PointZ) geometries for many points (see :func:`point_wkbs`)."""
    return [_from_wkb(wkb) for wkb in point_wkbs(xy, z)]


def field_or_default(source, given, default):
    """``given`` if set, else ``default`` when ``source`` has such a field, else None."""
    if given:
        return given
    return default if source is not None and source.fields().indexFromName(default) >= 0 \
        else None
