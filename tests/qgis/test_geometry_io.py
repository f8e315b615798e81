import struct

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)

from itinerance.processing.layers.geometry_io import (
    clean_flat,
    clean_parts,
    line_geometries,
    line_parts,
    line_wkbs,
    multiline_wkb,
    point_geometries,
    point_wkbs,
    read_lines,
)


def test_clean_parts_drops_duplicates_and_degenerate_parts_in_one_pass():
    parts = [np.array([[0, 0], [0, 0], [1, 0], [1, 0], [2, 0]], float),  # duplicates
             np.array([[5, 5], [5, 5]], float),  # a single distinct vertex
             np.array([[0, 0], [np.nan, 1]], float),  # not finite
             np.zeros((0, 2)),  # no vertex at all
             np.array([[2, 0], [3, 0]], float)]  # starts where the first ends: kept whole
    kept, index = clean_parts(parts)
    assert index == [0, 4]
    assert kept[0].tolist() == [[0, 0], [1, 0], [2, 0]]
    assert kept[1].tolist() == [[2, 0], [3, 0]]
    assert clean_parts([]) == ([], [])


def test_point_geometries_with_and_without_z():
    xy = np.array([[1.5, 2.5], [3.0, 4.0]])
    flat = point_geometries(xy)
    assert [g.asWkt() for g in flat] == ["Point (1.5 2.5)", "Point (3 4)"]
    with_z = point_geometries(xy, np.array([10.0, np.nan]))
    assert with_z[0].constGet().z() == 10.0 and np.isnan(with_z[1].constGet().z())


@pytest.mark.parametrize("wkt, expected", [
    ("LineString (0 0, 1 2, 3 4)", [[[0, 0], [1, 2], [3, 4]]]),
    ("LineStringZ (0 0 9, 1 2 8)", [[[0, 0], [1, 2]]]),
    ("LineStringM (0 0 9, 1 2 8)", [[[0, 0], [1, 2]]]),
    ("LineStringZM (0 0 9 7, 1 2 8 6)", [[[0, 0], [1, 2]]]),
    ("MultiLineString ((0 0, 1 0), (5 5, 6 6, 7 5))", [[[0, 0], [1, 0]], [[5, 5], [6, 6], [7, 5]]]),
    ("MultiLineStringZ ((0 0 1, 1 0 1), (5 5 2, 6 6 2))", [[[0, 0], [1, 0]], [[5, 5], [6, 6]]]),
    ("MultiLineStringZM ((0 0 1 2, 1 0 1 2), (5 5 2 3, 6 6 2 3, 7 7 2 3))",
     [[[0, 0], [1, 0]], [[5, 5], [6, 6], [7, 7]]]),
])
def test_line_parts_reads_x_y_of_every_part_whatever_the_dimensions(wkt, expected):
    parts = line_parts(QgsGeometry.fromWkt(wkt))
    assert [part.tolist() for part in parts] == expected


def test_line_parts_segmentises_curves_and_keeps_25d():
    arc = line_parts(QgsGeometry.fromWkt("CircularString (0 0, 1 1, 2 0)"))
    assert len(arc) == 1 and len(arc[0]) > 10
    assert np.allclose(np.hypot(arc[0][:, 0] - 1, arc[0][:, 1]), 1.0)
    legacy = QgsGeometry()  # LineString25D, type 0x80000002, as older GDAL writes it
    legacy.fromWkb(struct.pack("<BII6d", 1, 0x80000002, 2, 0, 0, 10, 2, 3, 9))
    assert legacy.constGet().is3D()
    assert [p.tolist() for p in line_parts(legacy)] == [[[0, 0], [2, 3]]]


def test_line_geometries_from_flat_arrays():
    xy = np.array([[0, 0], [1, 0], [5, 5], [6, 5], [7, 7]], float)
    geometries = line_geometries(xy, [0, 2, 5])
    assert [g.asWkt() for g in geometries] == [
        "LineString (0 0, 1 0)", "LineString (5 5, 6 5, 7 7)"]


def test_clean_flat_is_clean_parts_on_flat_parts():
    parts = [np.array([[0, 0], [0, 0], [1, 0]], float), np.zeros((0, 2)),
             np.array([[4, 4], [4, 4]], float), np.array([[1, 0], [2, 0], [2, 0], [3, 1]], float)]
    xy, ptr, index = clean_flat(np.concatenate(parts), np.array([0, 3, 3, 5, 9]))
    kept, expected_index = clean_parts(parts)
    assert index.tolist() == expected_index == [0, 3]
    assert [xy[a:b].tolist() for a, b in zip(ptr[:-1], ptr[1:])] == [k.tolist() for k in kept]


def line_layer(wkts):
    layer = QgsVectorLayer("MultiLineStringZM?crs=EPSG:2154&field=name:string", "l", "memory")
    features = []
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"line {i}"])
        if isinstance(wkt, bytes):
            feature.setGeometry(from_wkb(wkt))
        elif wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_read_lines_reads_all_wkb_at_once_as_qgis_reads_each_feature():
    """Oracle: each feature's parts as QGIS gives them (line_parts), cleaned one by one."""
    wkts = ["LineString (0 0, 10 0, 10 0, 20 5)", None, "LineStringZ (1 1 5, 2 2 6)",
            "CompoundCurve (CircularString (0 0, 5 5, 10 0), (10 0, 20 0))",
            "MultiLineStringM ((0 0 1, 3 0 2), (7 7 0, 7 7 0), (8 8 3, 9 9 4))",
            "LineString EMPTY",
            # a MultiLineString of an empty part and a line
            struct.pack("<BIIBII", 1, 5, 2, 1, 2, 0) + struct.pack("<BII4d", 1, 2, 2, 5, 5, 6, 6),
            "MultiCurve (CircularString (0 0, 1 1, 2 0), (2 0, 3 0))",
            "LineStringZM (0 0 1 2, 1e6 7e6 3 4, 2e6 7e6 5 6)", "LineString (4 4, 4 4)"]
    layer = line_layer(wkts)
    context = QgsProcessingContext()
    source = QgsProcessingFeatureSource(layer, context)
    got = read_lines(source, layer.crs(), context, attribute="name")

    raw, fids, names, empty = [], [], [], 0
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isEmpty():
            empty += 1
            continue
        for xy in line_parts(geometry):
            raw.append(xy)
            fids.append(feature.id())
            names.append(feature["name"])
    kept, index = clean_parts(raw)
    assert sum(len(p) > 10 for p in kept) == 2  # the curves, segmentised
    assert [p.tolist() for p in got.parts] == [p.tolist() for p in kept]
    assert got.feature_ids == [fids[i] for i in index]
    assert got.values == [names[i] for i in index]
    assert got.skipped == {"empty": empty, "degenerate": len(raw) - len(kept)} == {
        "empty": 2, "degenerate": 3}  # the empty part counts as degenerate, as before
    assert got.features == len(wkts)
    assert np.array_equal(got.xy, np.concatenate(kept))
    assert got.ptr.tolist() == np.cumsum([0] + [len(p) for p in kept]).tolist()


def test_read_lines_of_a_layer_without_usable_line():
    layer = line_layer([None, "LineString (1 1, 1 1)"])
    context = QgsProcessingContext()
    got = read_lines(QgsProcessingFeatureSource(layer, context), layer.crs(), context)
    assert got.parts == [] and got.feature_ids == [] and got.xy.shape == (0, 2)
    assert got.skipped == {"empty": 1, "degenerate": 1}


def from_wkb(data):
    geometry = QgsGeometry()
    geometry.fromWkb(data)
    return geometry


def test_wkb_helpers_build_the_geometries_they_name():
    assert [from_wkb(w).asWkt() for w in line_wkbs(
        np.array([[0, 0], [1, 0], [5, 5], [6, 5]], float), [0, 2, 4])] == [
        "LineString (0 0, 1 0)", "LineString (5 5, 6 5)"]
    assert [from_wkb(w).asWkt() for w in point_wkbs([[1, 2], [3.5, 4]])] == [
        "Point (1 2)", "Point (3.5 4)"]
    assert from_wkb(multiline_wkb(
        [np.array([[0, 0], [1, 1]], float), np.array([[2, 2], [3, 4]], float)])).asWkt() == (
        "MultiLineString ((0 0, 1 1),(2 2, 3 4))")
