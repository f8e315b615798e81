"""Writing output features: rows or columns, QGIS geometries or WKB, numpy values as plain
field values (NaN and infinities as NULL)."""

import struct

import numpy as np
import pytest
from qgis.core import QgsFeatureSink, QgsGeometry, QgsProcessingException, QgsVectorLayer

from itinerance.processing.layers.sinks import Columns, column, make_fields, write

SPECS = (("fid_in", "long"), ("length_m", "real"), ("name", "text"), ("covered", "bool"),
         ("part", "int"))


def sink_layer():
    layer = QgsVectorLayer("LineString?crs=EPSG:2154", "out", "memory")
    fields = make_fields(SPECS)
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    return layer, fields


def line(x):
    return struct.pack("<BII4d", 1, 2, 2, x, 0, x + 1, 0)


def written(layer):
    return [(f.geometry().asWkt() if not f.geometry().isNull() else None,
             [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
              for v in f.attributes()]) for f in layer.getFeatures()]


EXPECTED = [("LineString (0 0, 1 0)", [7, 1.5, "a", True, 0]),
            (None, [8, None, None, False, 1]),
            ("LineString (2 0, 3 0)", [9, None, "c", True, 2])]


def test_columns_and_rows_write_the_same_features():
    layer, fields = sink_layer()
    count = write(layer.dataProvider(), fields, Columns(
        [line(0), None, QgsGeometry.fromWkt("LineString (2 0, 3 0)")],
        [np.array([7, 8, 9], dtype=np.int64), np.array([1.5, np.nan, np.inf]),
         np.array(["a", None, "c"], dtype=object), np.array([True, False, True]),
         [np.int32(0), 1, np.int64(2)]]))
    assert count == 3
    assert written(layer) == EXPECTED
    assert [type(v) for v in written(layer)[0][1]] == [int, float, str, bool, int]

    layer, fields = sink_layer()
    count = write(layer.dataProvider(), fields, [
        (line(0), [np.int64(7), np.float64(1.5), "a", np.bool_(True), 0]),
        (None, [8, float("nan"), None, False, np.int32(1)]),
        (QgsGeometry.fromWkt("LineString (2 0, 3 0)"), [9, -np.inf, "c", True, 2])])
    assert count == 3 and written(layer) == EXPECTED


def test_nothing_to_write_when_the_output_was_not_asked_for():
    assert write(None, make_fields(SPECS), Columns([line(0)], [[1], [1.0], ["a"], [True],
                                                               [0]])) == 0


def test_a_refused_feature_is_an_error_not_a_silent_loss():
    class Refusing(QgsFeatureSink):
        def addFeature(self, feature, flags=None):  # noqa: N802 - QGIS API
            return False

        def addFeatures(self, features, flags=None):  # noqa: N802 - QGIS API
            return False

    with pytest.raises(QgsProcessingException, match="Could not write"):
        write(Refusing(), make_fields(SPECS), Columns([line(0)], [[1], [1.0], ["a"], [True],
                                                                  [0]]))


def test_column_turns_numpy_values_into_field_values():
    assert column(np.array([1.0, np.nan, -np.inf])) == [1.0, None, None]
    assert column(np.array([np.int64(3)])) == [3]
    assert column(np.array([np.float64(2.5), None, float("nan")], dtype=object)) == [
        2.5, None, None]
