"""Output fields and feature sinks of the analysis algorithms."""

import math
from math import isfinite
from typing import NamedTuple, Sequence

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

from ..translate import tr

_PLAIN = frozenset((int, str, bool, type(None)))
# Field types for QgsField. QGIS 3.38 and newer take a QMetaType.Type (their QVariant.Type form is
# deprecated, and Qt 6, hence QGIS 4, has no QVariant.Type); QGIS 3.22 takes only QVariant.Type.
if Qgis.QGIS_VERSION_INT >= 33800:
    TYPES = {"int": QMetaType.Type.Int, "long": QMetaType.Type.LongLong,
             "real": QMetaType.Type.Double, "text": QMetaType.Type.QString,
             "bool": QMetaType.Type.Bool}
else:
    TYPES = {"int": QVariant.Int, "long": QVariant.LongLong, "real": QVariant.Double,
             "text": QVariant.String, "bool": QVariant.Bool}


def make_fields(specs):
    """QgsFields from (name, type) pairs, type one of int, long, real, text, bool."""
    fields = QgsFields()
    for name, kind in specs:
        fields.append(QgsField(name, TYPES[kind]))
    return fields


def add_sink(algorithm, parameters, name, context, fields, wkb_type, crs):
    sink, destination_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type,
                                                     crs)
    if sink is None and parameters.get(name) is not None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, destination_id


def value(number):
    """A figure for a field: None (NULL) for NaN or infinity, plain Python types otherwise."""
    kind = type(number)
    if kind is float:
        return number if math.isfinite(number) else None
    if number is None or kind in (int, str, bool):
        return number
    if hasattr(number, "item"):  # a numpy scalar
        return value(number.item())
    return number


def column(array):
    """A numpy column as a list of field values (NaN and infinities as NULL), in one pass."""
    array = np.asarray(array)
    values = array.tolist()
    if array.dtype.kind == "O":
        return _plain(values)
    if array.dtype.kind == "f":
        bad = np.flatnonzero(~np.isfinite(array))
        for i in bad.tolist():
            values[i] = None
    return values


class Columns(NamedTuple):
    """Features given column by column, for :func:`write`: feature k has the geometry
    ``geometries[k]`` (WKB bytes, a QgsGeometry or None) and the attributes
    ``columns[j][k]`` (each column a numpy array or a list)."""

    geometries: Sequence
    columns: Sequence


def write(sink, fields, rows):
    """Add features to ``sink``, checking that none is lost: ``rows`` are (geometry or None,
    attribute list) pairs, or :class:`Columns`. A geometry may also be WKB bytes."""
    if sink is None:
        return 0
    if isinstance(rows, Columns):
        # each column converted once: its values are then plain, with no check per value
        values = [column(c) if isinstance(c, np.ndarray) else _plain(c) for c in rows.columns]
        rows = zip(rows.geometries, zip(*values)) if values else (
            (geometry, ()) for geometry in rows.geometries)
    else:
        rows = ((geometry, _plain(attributes)) for geometry, attributes in rows)
    # one feature and one geometry object refilled per row: new ones per row cost more than
    # the write
    feature, shape, empty = QgsFeature(fields), QgsGeometry(), QgsGeometry()
    add, fast, count = sink.addFeature, QgsFeatureSink.FastInsert, 0
    for geometry, attributes in rows:
        if geometry is None:
            geometry = empty
        elif geometry.__class__ is bytes:
            shape.fromWkb(geometry)
            geometry = shape
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        if not add(feature, fast):
            raise QgsProcessingException(tr("Could not write the output: {}").format(
                sink.lastError() if hasattr(sink, "lastError") else ""))
        count += 1
    return count


def _plain(values):
    """A list of field values as :func:`value` gives them: plain values pass as they are;
    NaN, infinities and numpy scalars go through value()."""
    return [a if (k := a.__class__) in _PLAIN or (k is float and isfinite(a)) else value(a)
            for a in values]
