"""The sample territory as written to disk: GeoPackage, DEM and QGIS project."""

import numpy as np
import processing
import pytest
import rasterio
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

from itinerance.processing.logic.inventory import data_model as dm


def layer(sample, name):
    result = QgsVectorLayer(f"{sample['gpkg']}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


def features(sample, name):
    return list(layer(sample, name).getFeatures())


def test_every_layer_of_the_model_is_filled(sample):
    for layer_def in dm.LAYERS:
        assert layer(sample, layer_def.name).featureCount() > 0, layer_def.name


def test_counts_of_the_issue(sample):
    assert len(features(sample, "aires")) == 24
    etablissements = features(sample, "etablissements")
    assert 38 <= len(etablissements) <= 42
    labelled = [f for f in etablissements if f["accueil_velo"]]
    assert len(labelled) == 22
    assert all(not f["label_date"].isNull() for f in labelled)
    names = {f["name"] for f in features(sample, "itineraires")}
    assert {"EuroVelo 5", "Véloroute de la Lys"} <= names
    assert "Rue d'Aire" in {f["name"] for f in features(sample, "ascensions")}
    kinds = [f["kind"] for f in features(sample, "perimetres")]
    assert kinds.count("epci") == 2 and kinds.count("commune") >= 5
    assert "terril" in {f["kind"] for f in features(sample, "poles")}


def test_points_noeuds_network_is_a_few_hundred_km_and_noded(sample):
    troncons = features(sample, "troncons")
    km = sum(f.geometry().length() for f in troncons) / 1000
    assert 200 <= km <= 500
    nodes = {(round(f.geometry().asPoint().x(), 6), round(f.geometry().asPoint().y(), 6))
             for f in features(sample, "noeuds")}
    for f in troncons:
        line = f.geometry().constGet()
        for point in (line.startPoint(), line.endPoint()):
            assert (round(point.x(), 6), round(point.y(), 6)) in nodes


def test_dem_is_a_lambert93_geotiff_with_the_summits(sample):
    with rasterio.open(sample["dem"]) as dem:
        assert dem.crs.to_epsg() == 2154
        assert 5 <= dem.res[0] <= 25 and dem.res[0] == dem.res[1]
        assert dem.driver == "GTiff"
        band = dem.read(1, masked=True)
        for x, y, height in ((663800, 7078321, 176), (676161, 7076582, 164),
                             (681309, 7075760, 152)):
            row, col = dem.index(x, y)
            window = band[row - 8:row + 9, col - 8:col + 9]  # within 200 m of the summit
            assert abs(float(window.max()) - height) <= 1.5, (x, y, float(window.max()))
        assert float(band.max()) <= 177


def test_rue_d_aire_reaches_about_18_percent_as_qgis_samples_it(sample):
    """Oracle: QGIS's own densify + set Z from raster, not our relief function."""
    densified = processing.run("native:densifygeometriesgivenaninterval", {
        "INPUT": f"{sample['gpkg']}|layername=ascensions", "INTERVAL": 5,
        "OUTPUT": "memory:"})["OUTPUT"]
    draped = processing.run("native:setzfromraster", {
        "INPUT": densified, "RASTER": str(sample["dem"]), "BAND": 1, "NODATA": -9999,
        "SCALE": 1, "OUTPUT": "memory:"})["OUTPUT"]
    [rue] = [f for f in draped.getFeatures() if f["name"] == "Rue d'Aire"]
    vertices = list(rue.geometry().vertices())
    xy = np.array([(v.x(), v.y()) for v in vertices])
    z = np.array([v.z() for v in vertices])
    chainage = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
    grid = np.arange(0, chainage[-1] - 100, 5.0)
    grade = (np.interp(grid + 100, chainage, z) - np.interp(grid, chainage, z)) / 100
    assert 0.16 <= grade.max() <= 0.20
    assert 100 <= z.max() - z[0] <= 135


@pytest.mark.parametrize("name", [layer_def.name for layer_def in dm.LAYERS])
def test_project_opens_with_every_layer_styled(sample, name):
    project = QgsProject()
    assert project.read(str(sample["project"]))
    assert project.crs().authid() == "EPSG:2154"
    by_name = {lyr.name(): lyr for lyr in project.mapLayers().values()}
    vector = by_name[name]
    assert vector.isValid()
    layer_def = dm.layer(name)
    if layer_def.style_field:
        assert vector.renderer().type() == "categorizedSymbol"
        assert vector.renderer().classAttribute() == layer_def.style_field
    rasters = [lyr for lyr in by_name.values() if isinstance(lyr, QgsRasterLayer)]
    assert len(rasters) == 2 and all(r.isValid() for r in rasters)
    assert {r.renderer().type() for r in rasters} == {"singlebandpseudocolor", "hillshade"}
