import os

import processing
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from itinerance.processing.logic.inventory import data_model as dm

QGIS_TYPES = {dm.STRING: QVariant.String, dm.INTEGER: QVariant.Int, dm.REAL: QVariant.Double,
              dm.BOOLEAN: QVariant.Bool, dm.DATE: QVariant.Date}
GEOMETRY = {"Point": QgsWkbTypes.Point, "LineString": QgsWkbTypes.LineString,
            "Polygon": QgsWkbTypes.Polygon}


def create(path, **extra):
    params = {"OUTPUT": str(path), "CRS": "EPSG:2154", "ADD_TO_PROJECT": False}
    params.update(extra)
    return processing.run("itinerance:createprojectdb", params)


def open_layer(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "projet.gpkg"
    result = create(path)
    return path, result


def test_results(database):
    path, result = database
    assert result["LAYER_COUNT"] == 12
    assert result["OUTPUT"] == str(path)
    assert result["LAYERS"].split(",") == [layer.name for layer in dm.LAYERS]


def test_every_layer_has_its_fields_types_geometry_and_crs(database):
    path, _ = database
    for layer_def in dm.LAYERS:
        layer = open_layer(path, layer_def.name)
        assert layer.crs().authid() == "EPSG:2154"
        assert layer.wkbType() == GEOMETRY[layer_def.geometry], layer_def.name
        fields = layer.fields()
        assert [f.name() for f in fields][1:] == list(layer_def.field_names)  # after fid
        for field in layer_def.fields:
            assert fields.field(field.name).type() == QGIS_TYPES[field.type], field.name


def test_value_lists_are_field_domains_and_value_map_widgets(database):
    path, _ = database
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    domain = dataset.GetFieldDomain("aire_kind")
    assert set(domain.GetEnumeration()) == set(dm.AIRE_KINDS.codes)
    ogr_layer = dataset.GetLayerByName("aires")
    defn = ogr_layer.GetLayerDefn()
    assert defn.GetFieldDefn(defn.GetFieldIndex("kind")).GetDomainName() == "aire_kind"

    for layer_def in dm.LAYERS:
        layer = open_layer(path, layer_def.name)  # style comes from the file's layer_styles
        for field in layer_def.fields:
            setup = layer.editorWidgetSetup(layer.fields().indexFromName(field.name))
            if field.values is not None:
                assert setup.type() == "ValueMap", (layer_def.name, field.name)
                codes = [list(item.values())[0] for item in setup.config()["map"]]
                assert codes == list(field.values.codes)
            elif field.type == dm.BOOLEAN:
                assert setup.type() == "CheckBox", field.name
            elif field.type == dm.DATE:
                assert setup.type() == "DateTime"


def test_default_style_is_stored_in_the_geopackage(database):
    path, _ = database
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    styles = dataset.ExecuteSQL(
        "SELECT f_table_name FROM layer_styles WHERE useAsDefault = 1")
    styled = {feature.GetField(0) for feature in styles}
    dataset.ReleaseResultSet(styles)
    assert styled == {layer.name for layer in dm.LAYERS}
    aires = open_layer(path, "aires")
    assert aires.renderer().type() == "categorizedSymbol"
    assert [c.value() for c in aires.renderer().categories()] == list(dm.AIRE_KINDS.codes)
    assert aires.attributeAlias(aires.fields().indexFromName("pump")) != ""


def test_names_are_not_null_in_the_file_and_in_the_form(database):
    path, _ = database
    layer = open_layer(path, "aires")
    index = layer.fields().indexFromName("name")
    constraints = layer.fields().field(index).constraints()
    assert constraints.constraints() & constraints.ConstraintNotNull
    # the file itself refuses a nameless aire: the commit fails and keeps the edit
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(664000, 7078000)))
    feature["kind"] = "aire_amenagee"
    feature["status"] = "existing"
    assert layer.addFeature(feature)
    assert not layer.commitChanges()
    assert any("NOT NULL" in error.upper() for error in layer.commitErrors())
    assert layer.isEditable() and layer.editBuffer().addedFeatures()
    layer.rollBack()


def test_value_list_is_enforced_by_the_form_constraint(database):
    path, _ = database
    layer = open_layer(path, "aires")
    feature = QgsFeature(layer.fields())
    feature["name"] = "Aire test"
    feature["kind"] = "aire_de_repos"
    feature["status"] = "existing"
    from qgis.core import QgsVectorLayerUtils

    ok, errors = QgsVectorLayerUtils.validateAttribute(
        layer, feature, layer.fields().indexFromName("kind"))
    assert not ok and errors
    feature["kind"] = "aire_ludique"
    ok, _ = QgsVectorLayerUtils.validateAttribute(
        layer, feature, layer.fields().indexFromName("kind"))
    assert ok


def test_another_metric_crs(tmp_path):
    path = tmp_path / "cc50.gpkg"
    create(path, CRS="EPSG:3950")
    assert open_layer(path, "troncons").crs().authid() == "EPSG:3950"


def test_existing_file_is_never_overwritten_without_overwrite(tmp_path):
    path = tmp_path / "projet.gpkg"
    path.write_bytes(b"precious")
    with pytest.raises(QgsProcessingException, match="OVERWRITE"):
        create(path)
    assert path.read_bytes() == b"precious"
    assert create(path, OVERWRITE=True)["LAYER_COUNT"] == 12
    assert open_layer(path, "aires").featureCount() == 0


def test_geographic_crs_is_refused(tmp_path):
    with pytest.raises(QgsProcessingException, match="EPSG:2154"):
        create(tmp_path / "wgs84.gpkg", CRS="EPSG:4326")
    assert not (tmp_path / "wgs84.gpkg").exists()


def test_unwritable_folder_is_refused(tmp_path, monkeypatch):
    # /proc refuses new files even to root: GDAL's failure becomes a clear message
    with pytest.raises(QgsProcessingException, match="/proc/projet.gpkg"):
        create("/proc/projet.gpkg")
    # a folder without write permission (as a non-root user has it) is caught before GDAL
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(QgsProcessingException, match="permission denied"):
        create(tmp_path / "projet.gpkg")
    assert not (tmp_path / "projet.gpkg").exists()


def test_missing_folder_and_wrong_extension_are_refused(tmp_path):
    with pytest.raises(QgsProcessingException, match="does not exist"):
        create(tmp_path / "nowhere" / "projet.gpkg")
    with pytest.raises(QgsProcessingException, match=r"\.gpkg"):
        create(tmp_path / "projet.shp")


def test_unwritable_target_is_refused(tmp_path):
    # a folder where the file should be: unwritable for root too
    (tmp_path / "dir.gpkg").mkdir()
    with pytest.raises(QgsProcessingException):
        create(tmp_path / "dir.gpkg", OVERWRITE=True)


def test_add_to_project_loads_the_styled_layers_of_the_model(tmp_path):
    project = QgsProject.instance()
    project.clear()
    path = tmp_path / "projet.gpkg"
    processing.runAndLoadResults("itinerance:createprojectdb",
                                 {"OUTPUT": str(path), "CRS": "EPSG:2154",
                                  "ADD_TO_PROJECT": True})
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert set(layers) >= {layer.name for layer in dm.LAYERS}
    assert layers["etablissements"].renderer().type() == "categorizedSymbol"
    assert QgsCoordinateReferenceSystem("EPSG:2154") == layers["aires"].crs()
    project.clear()


def test_crs_defaults_to_lambert93_and_a_bad_crs_is_refused(tmp_path):
    path = tmp_path / "defaut.gpkg"
    processing.run("itinerance:createprojectdb", {"OUTPUT": str(path)})
    assert open_layer(path, "aires").crs().authid() == "EPSG:2154"
    with pytest.raises(QgsProcessingException):
        create(tmp_path / "bad.gpkg", CRS="EPSG:999999")
