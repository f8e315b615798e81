"""itinerance:preparedem through processing.run: tiles of a cone in three CRSs, then
slopeprofile on the prepared DEM gives the cone's analytic gain and loss."""

import dem_tiles
import numpy as np
import processing
import pytest
from dem_tiles import A_BOUNDS, L93
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

APEX = (652512.5, 7051512.5)  # a cell centre of the Lambert-93 GeoTIFF, near the seams


def cone(x, y):
    return dem_tiles.cone(x, y, apex=APEX, top=300.0, slope=0.08)


@pytest.fixture(scope="module")
def tiles(tmp_path_factory):
    return dem_tiles.write_layout(tmp_path_factory.mktemp("tiles"), cone)


@pytest.fixture(scope="module")
def prepared(tiles, tmp_path_factory):
    output = str(tmp_path_factory.mktemp("dem") / "mnt.tif")
    result = processing.run("itinerance:preparedem",
                            {"INPUT": list(tiles.values()), "OUTPUT": output})
    return result


def test_results_describe_the_written_dem(prepared):
    layer = QgsRasterLayer(prepared["OUTPUT"], "dem")
    assert layer.isValid() and layer.crs().authid() == L93
    assert (layer.width(), layer.height()) == (prepared["WIDTH"], prepared["HEIGHT"])
    assert prepared["TILE_COUNT"] == 4 and prepared["RESOLUTION_M"] == 20.0
    z, x, y = dem_tiles.read(prepared["OUTPUT"])
    assert prepared["MIN_ELEVATION_M"] == pytest.approx(np.nanmin(z))
    assert prepared["MAX_ELEVATION_M"] == pytest.approx(np.nanmax(z))
    assert prepared["MAX_ELEVATION_M"] == pytest.approx(300.0, abs=0.8)  # the apex, bilinear
    assert prepared["NODATA_PCT"] == pytest.approx(100 * np.isnan(z).mean(), abs=1e-6)
    dataset = gdal.Open(prepared["OUTPUT"])
    assert dataset.GetRasterBand(1).GetBlockSize() == [512, 512]
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"


def line_layer(wkt, crs=L93):
    layer = QgsVectorLayer(f"LineString?crs={crs}", "line", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([feature])
    return layer


def test_slopeprofile_on_the_prepared_dem_gives_the_cone_gain(prepared):
    # from the WGS84 tile in the north, over the apex, down into the ASCII grid: the line
    # crosses a seam between CRSs and the seam between the two Lambert-93 tiles' grids
    start, end = (652512.5, 7054200.0), (651300.0, 7050300.0)
    wkt = f"LineString({start[0]} {start[1]}, {APEX[0]} {APEX[1]}, {end[0]} {end[1]})"
    result = processing.run("itinerance:slopeprofile", {
        "LINES": line_layer(wkt), "DEM": prepared["OUTPUT"], "STEP": 5.0,
        "OUTPUT": "memory:", "CLIMBS": "memory:"})
    [line] = result["OUTPUT"].getFeatures()
    gain = 300.0 - cone(*start)  # 215 m up to the apex
    loss = 300.0 - cone(*end)
    assert line["gain_m"] == pytest.approx(gain, abs=1.0)
    assert line["loss_m"] == pytest.approx(loss, abs=1.0)
    assert line["nodata_m"] == 0


def test_perimeter_in_another_crs_cuts_with_its_margin(tiles, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "perimetre", "memory")
    feature = QgsFeature()
    # the Lambert-93 square 651000-652000 x 7051000-7052000, given in WGS84
    ring = np.array([(651000, 7051000), (652000, 7051000), (652000, 7052000),
                     (651000, 7052000), (651000, 7051000)], dtype=float)
    from pyproj import Transformer

    lon, lat = Transformer.from_crs(L93, "EPSG:4326", always_xy=True).transform(*ring.T)
    feature.setGeometry(QgsGeometry.fromWkt(
        "Polygon((" + ", ".join(f"{a} {b}" for a, b in zip(lon, lat)) + "))"))
    layer.dataProvider().addFeatures([feature])
    result = processing.run("itinerance:preparedem", {
        "INPUT": [tiles["a"]], "PERIMETER": layer, "MARGIN": 200, "RESOLUTION": 25,
        "OUTPUT": str(tmp_path / "cut.tif")})
    # 1400 m / 25 m = 56 cells, plus one where the square, back from WGS84, bulges a
    # centimetre beyond a multiple of 25 m
    extent = QgsRasterLayer(result["OUTPUT"], "cut").extent()
    assert extent.xMinimum() <= 650800 and extent.xMaximum() >= 652200
    assert extent.yMinimum() <= 7050800 and extent.yMaximum() >= 7052200
    assert {result["WIDTH"], result["HEIGHT"]} <= {56, 57}
    assert result["NODATA_PCT"] < 1.0


def test_default_output_crs_is_the_projects(tiles, tmp_path):
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32631"))
    context = QgsProcessingContext()
    context.setProject(project)
    alg = QgsApplication.processingRegistry().createAlgorithmById("itinerance:preparedem")
    results, ok = alg.run({"INPUT": [tiles["b"]], "OUTPUT": str(tmp_path / "utm.tif")},
                          context, QgsProcessingFeedback())
    assert ok
    assert QgsRasterLayer(results["OUTPUT"], "dem").crs().authid() == "EPSG:32631"


def test_tile_without_crs_is_named_until_its_crs_is_given(tmp_path):
    bare = dem_tiles.write_l93(tmp_path / "dalle_sans_prj.asc", A_BOUNDS, cone,
                               driver="AAIGrid", with_crs=False)
    params = {"INPUT": [bare], "OUTPUT": str(tmp_path / "out.tif")}
    with pytest.raises(QgsProcessingException, match=r"dalle_sans_prj\.asc.*SOURCE_CRS"):
        processing.run("itinerance:preparedem", params)
    result = processing.run("itinerance:preparedem", {**params, "SOURCE_CRS": "EPSG:2154"})
    assert result["TILE_COUNT"] == 1 and result["NODATA_PCT"] == 0


@pytest.mark.parametrize("extra, message", [
    ({"TARGET_CRS": "EPSG:4326"}, r"EPSG:4326 is geographic.*projected CRS"),
    ({"OUTPUT": "mnt.vrt"}, r"GeoTIFF.*\.tif"),
])
def test_bad_parameters_are_explained(tiles, tmp_path, extra, message):
    params = {"INPUT": [tiles["a"]], "OUTPUT": str(tmp_path / "out.tif")}
    params.update({k: str(tmp_path / v) if k == "OUTPUT" else v for k, v in extra.items()})
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("itinerance:preparedem", params)


def test_cancel_returns_nothing_and_leaves_no_file(tiles, tmp_path):
    class Cancelling(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 - QGIS API
            super().setProgress(progress)
            if progress > 10:
                self.cancel()

    output = tmp_path / "cancelled.tif"
    alg = QgsApplication.processingRegistry().createAlgorithmById("itinerance:preparedem")
    results, _ = alg.run({"INPUT": list(tiles.values()), "RESOLUTION": 5,
                          "OUTPUT": str(output)}, QgsProcessingContext(), Cancelling())
    assert "TILE_COUNT" not in results
    assert not output.exists()
