"""itinerance:slopeprofile through processing.run: analytic DEMs, QGIS's own pipeline, bad input."""

import numpy as np
import processing
import pytest
import rasterio
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from rasterio.transform import from_origin

from itinerance.processing.layers.sinks import TYPES


def write_dem(path, z, x0, y0, cell, crs="EPSG:2154", nodata=-9999.0):
    with rasterio.open(path, "w", driver="GTiff", width=z.shape[1], height=z.shape[0], count=1,
                       dtype="float32", crs=crs, transform=from_origin(x0, y0, cell, cell),
                       nodata=nodata) as dataset:
        dataset.write(z.astype("float32"), 1)
    return str(path)


def lines(crs, rows):
    layer = QgsVectorLayer(f"LineString?crs={crs}", "lines", "memory")
    layer.dataProvider().addAttributes([QgsField("name", TYPES["text"])])
    layer.updateFields()
    features = []
    for name, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature["name"] = name
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(layer, dem, **extra):
    params = {"LINES": layer, "ID_FIELD": "name", "DEM": dem, "OUTPUT": "memory:",
              "PROFILE": "memory:", "CLIMBS": "memory:"}
    params.update(extra)
    return processing.run("itinerance:slopeprofile", params)


@pytest.fixture(scope="module")
def plane(tmp_path_factory):
    """z = 20 + 0.05 (x − 600000): 5 % uphill eastwards, 10 m cells."""
    x = 600000 + 5 + 10 * np.arange(400)
    z = np.tile(20 + 0.05 * (x - 600000), (300, 1))
    return write_dem(tmp_path_factory.mktemp("dem") / "plane.tif", z, 600000, 6803000, 10)


def by_name(result, name, direction="as_digitised"):
    [feature] = [f for f in result["OUTPUT"].getFeatures()
                 if f["line_id"] == name and f["direction"] == direction]
    return feature


def test_inclined_plane_is_exact(plane):
    layer = lines("EPSG:2154", [("east", "LineString(600500 6801500, 603000 6801500)")])
    result = run(layer, plane, DIRECTION=2)
    east = by_name(result, "east")
    assert east["length_m"] == pytest.approx(2500)
    assert east["gain_m"] == pytest.approx(125, rel=0.005)
    assert east["loss_m"] == pytest.approx(0, abs=1e-6)
    assert east["max_grade_pct"] == pytest.approx(5, abs=0.2)
    assert east["avg_grade_pct"] == pytest.approx(5, abs=0.01)
    assert east["z_start_m"] == pytest.approx(45, abs=1e-3)
    back = by_name(result, "east", "reverse")
    assert back["loss_m"] == pytest.approx(125, rel=0.005) and back["gain_m"] == pytest.approx(0)
    assert result["LINE_COUNT"] == 2
    profile = [f for f in result["PROFILE"].getFeatures() if f["direction"] == "as_digitised"]
    assert {f["grade_class"] for f in profile} == {"3–6 %"}
    assert profile[-1]["chainage_m"] == pytest.approx(2500)


def test_diagonal_on_a_geographic_dem(tmp_path):
    """The same plane expressed in WGS84: lines in Lambert-93, DEM in degrees."""
    from pyproj import Transformer

    to_l93 = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    lon = np.linspace(2.40, 2.60, 801)
    lat = np.linspace(50.85, 50.70, 601)
    grid_lon, grid_lat = np.meshgrid(lon + 0.000125, lat - 0.000125)
    x, _ = to_l93.transform(grid_lon, grid_lat)
    dem = write_dem(tmp_path / "wgs84.tif", 20 + 0.02 * (x - x.min()), 2.40, 50.85, 0.00025,
                    crs="EPSG:4326")
    x0, y0 = to_l93.transform(2.45, 50.78)
    layer = lines("EPSG:2154", [("geo", f"LineString({x0} {y0}, {x0 + 3000} {y0})")])
    east = by_name(run(layer, dem), "geo")
    assert east["gain_m"] == pytest.approx(60, rel=0.01)  # 2 % over 3 km
    assert east["max_grade_pct"] == pytest.approx(2, abs=0.2)


def test_gain_agrees_with_qgis_climb_along_line(sample):
    """Oracle: densify → set Z from raster (nearest cell) → climb along line."""
    lines_uri = f"{sample['gpkg']}|layername=ascensions"
    ours = run(lines_uri, str(sample["dem"]), STEP=5)
    densified = processing.run("native:densifygeometriesgivenaninterval", {
        "INPUT": lines_uri, "INTERVAL": 5, "OUTPUT": "memory:"})["OUTPUT"]
    draped = processing.run("native:setzfromraster", {
        "INPUT": densified, "RASTER": str(sample["dem"]), "BAND": 1, "NODATA": 0, "SCALE": 1,
        "OUTPUT": "memory:"})["OUTPUT"]
    climbs = processing.run("qgis:climbalongline", {"INPUT": draped,
                                                    "OUTPUT": "memory:"})["OUTPUT"]
    native = {f["name"]: (f["climb"], f["descent"]) for f in climbs.getFeatures()}
    assert len(native) == 4
    for name, (climb, descent) in native.items():
        feature = by_name(ours, name)
        # nearest-cell steps on a 25 m DEM add small ups and downs that bilinear smooths out
        assert feature["gain_m"] == pytest.approx(climb, rel=0.03), name
        assert feature["gain_m"] - feature["loss_m"] == pytest.approx(climb - descent, abs=2.5)


def test_sample_rue_d_aire_and_mont_cassel(sample, tmp_path):
    result = run(f"{sample['gpkg']}|layername=ascensions", str(sample["dem"]),
                 CHARTS_FOLDER=str(tmp_path / "charts"))
    rue = by_name(result, "Rue d'Aire")
    assert 16.5 <= rue["max_grade_pct"] <= 19.5
    assert 100 <= rue["gain_m"] <= 135
    assert rue["z_max_m"] == pytest.approx(176, abs=1.5)
    assert rue["category"] == "4"  # 1,299 m × 9.6 % ≈ 12,500
    assert rue["strava_score"] == pytest.approx(rue["length_m"] * rue["avg_grade_pct"])
    climbs = [f for f in result["CLIMBS"].getFeatures() if f["line_id"] == "Rue d'Aire"]
    assert len(climbs) == 1 and climbs[0]["gain_m"] > 100
    charts = sorted(p.name for p in (tmp_path / "charts").iterdir())
    assert "Rue_d_Aire.png" in charts and "Rue_d_Aire.svg" in charts
    assert len(charts) == 2 * result["LINE_COUNT"]


def test_outside_nodata_and_bad_band(plane, tmp_path):
    z = np.full((100, 100), 50.0)
    z[:, 50:] = -9999.0  # the east half has no data
    holed = write_dem(tmp_path / "holed.tif", z, 700000, 6801000, 10)
    layer = lines("EPSG:2154", [("half", "LineString(700100 6800500, 700900 6800500)"),
                                ("away", "LineString(100 100, 900 100)")])
    result = run(layer, holed)
    assert result["SKIPPED_COUNT"] == 1 and result["LINE_COUNT"] == 1
    half = by_name(result, "half")
    assert half["nodata_m"] == pytest.approx(400, abs=15)
    assert half["gain_m"] == pytest.approx(0, abs=1e-6)
    with pytest.raises(QgsProcessingException, match="band"):
        run(layer, plane, BAND=3)


def test_points_are_refused(plane):
    points = QgsVectorLayer("Point?crs=EPSG:2154", "p", "memory")
    with pytest.raises(QgsProcessingException):
        run(points, plane, ID_FIELD=None)


def test_dem_without_crs_or_nodata_and_a_zero_length_line(tmp_path):
    x = 600000 + 5 + 10 * np.arange(200)
    z = np.tile(20 + 0.05 * (x - 600000), (100, 1))
    bare = write_dem(tmp_path / "bare.tif", z, 600000, 6801000, 10, crs=None, nodata=None)
    layer = lines("EPSG:2154", [("east", "LineString(600100 6800500, 601100 6800500)"),
                                ("point", "LineString(600100 6800500, 600100 6800500)")])
    result = run(layer, bare)
    assert result["LINE_COUNT"] == 1 and result["SKIPPED_COUNT"] == 1
    east = by_name(result, "east")
    assert east["gain_m"] == pytest.approx(50, rel=0.005)  # the DEM is taken in the lines' CRS
    assert east["nodata_m"] == 0
