"""Writes the project GeoPackage of the data model: schema, value lists, styles and edit forms.

The schema goes through GDAL/OGR, which writes what QGIS's writer cannot: NOT NULL columns,
column defaults and GeoPackage field domains (the value lists, enforced by the file itself and
read by any GIS). QGIS then stores, per layer, a default style in the file's ``layer_styles``
table: symbology, French/English aliases, edit widgets (value maps, check boxes, calendars) and
constraints, so the layers open styled and editable with drop-down lists anywhere.
"""

import os
from pathlib import Path

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsProcessingException,
    QgsProperty,
    QgsRendererCategory,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..layers.output_styles import simple_labeling
from ..logic.gdal_calls import call
from ..logic.inventory import data_model, migrations
from ..translate import tr

OGR_GEOMETRY = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString,
                "Polygon": ogr.wkbPolygon}
OGR_TYPE = {
    data_model.STRING: (ogr.OFTString, ogr.OFSTNone),
    data_model.INTEGER: (ogr.OFTInteger, ogr.OFSTNone),
    data_model.REAL: (ogr.OFTReal, ogr.OFSTNone),
    data_model.BOOLEAN: (ogr.OFTInteger, ogr.OFSTBoolean),
    data_model.DATE: (ogr.OFTDate, ogr.OFSTNone),
}


def model_text(text):
    """A data-model label (alias, value, title) in the user's language."""
    return QCoreApplication.translate(data_model.TR_CONTEXT, text)


def check_crs(crs):
    """Raise a QgsProcessingException unless ``crs`` is a valid projected CRS."""
    if not crs.isValid():
        raise QgsProcessingException(tr("The coordinate reference system is not valid."))
    if crs.isGeographic():
        raise QgsProcessingException(
            tr("{} is a geographic CRS (degrees); distances need metres. Choose a projected "
                "CRS such as EPSG:2154 (RGF93 v1 / Lambert-93).").format(crs.authid()))


def check_target(path, crs, overwrite):
    """Raise a QgsProcessingException saying what to fix if the database cannot be written."""
    path = Path(path)
    if not str(path):
        raise QgsProcessingException(tr("Choose a file for the project database (.gpkg)."))
    if path.suffix.lower() != ".gpkg":
        raise QgsProcessingException(
            tr("The project database must be a GeoPackage file ending in .gpkg, not {}.")
            .format(path.name))
    check_crs(crs)
    if path.exists() and not overwrite:
        raise QgsProcessingException(
            tr("{} already exists and was left untouched. Choose another file, or set "
                "OVERWRITE to true to replace it.").format(path))
    folder = path.parent
    if not folder.is_dir():
        raise QgsProcessingException(
            tr("The folder {} does not exist; create it or choose another one.").format(folder))
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise QgsProcessingException(
            tr("Cannot write to {}: permission denied. Choose a folder you can write to.")
            .format(path))


def _spatial_reference(crs):
    srs = osr.SpatialReference()
    authority, _, code = crs.authid().partition(":")
    if authority == "EPSG" and srs.ImportFromEPSG(int(code)) == 0:
        pass
    elif srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)) != 0:
        raise QgsProcessingException(
            tr("GDAL cannot use the CRS {}; choose an EPSG projected CRS.").format(crs.authid()))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _field_defn(field):
    ogr_type, subtype = OGR_TYPE[field.type]
    defn = ogr.FieldDefn(field.name, ogr_type)
    defn.SetSubType(subtype)
    if field.length:
        defn.SetWidth(field.length)
    defn.SetNullable(not field.not_null)
    if field.default is not None:
        if isinstance(field.default, bool):
            defn.SetDefault("1" if field.default else "0")
        else:
            defn.SetDefault("'{}'".format(str(field.default).replace("'", "''")))
    if field.values is not None:
        defn.SetDomainName(field.values.name)
    return defn


def _fail(message):
    detail = gdal.GetLastErrorMsg()
    raise QgsProcessingException(f"{message} {detail}".strip())


def _sql_text(value):
    return "'{}'".format(str(value).replace("'", "''"))


def _execute(dataset, sql):
    """Run one SQL statement on an OGR dataset; a failure raises with GDAL's message."""
    result = call(dataset.ExecuteSQL, sql)
    if result is not None:
        dataset.ReleaseResultSet(result)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        _fail(tr("The GeoPackage refused: {}").format(sql.split("(")[0]))


def _add_domains(dataset, value_lists):
    """Add the value lists (GeoPackage field domains) the file does not have yet."""
    known = set(dataset.GetFieldDomainNames() or ())
    for value_list in value_lists:
        if value_list.name in known:
            continue
        domain = ogr.CreateCodedFieldDomain(
            value_list.name, "", ogr.OFTString, ogr.OFSTNone,
            {v.code: model_text(v.label) for v in value_list.values})
        if not call(dataset.AddFieldDomain, domain):
            _fail(tr("Could not write the value list {}.").format(value_list.name))


def _add_field(dataset, ogr_layer, layer_def, field):
    if field.values is not None:
        _add_domains(dataset, [field.values])
    if call(ogr_layer.CreateField, _field_defn(field)) != 0:
        _fail(tr("Could not create the field {}.{}.").format(layer_def.name, field.name))


def _add_keys(dataset, layer_def, keys):
    """Unique indexes on the fields of each key (IF NOT EXISTS: a re-run adds nothing)."""
    for key in keys:
        columns = ", ".join(f'"{name}"' for name in key)
        _execute(dataset, f'CREATE UNIQUE INDEX IF NOT EXISTS "{layer_def.key_name(key)}" '
                          f'ON "{layer_def.name}" ({columns})')


def _create_layer(dataset, layer_def, srs):
    options = ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES",
               f"IDENTIFIER={model_text(layer_def.title)}"]
    ogr_layer = call(dataset.CreateLayer, layer_def.name, srs,
                     OGR_GEOMETRY[layer_def.geometry], options)
    if ogr_layer is None:
        _fail(tr("Could not create the layer {}.").format(layer_def.name))
    for field in layer_def.fields:
        _add_field(dataset, ogr_layer, layer_def, field)
    _add_keys(dataset, layer_def, layer_def.unique)


def _write_meta(dataset, values):
    """Store ``values`` ({key: value}) in the project's itinerance_meta table, creating it."""
    if dataset.GetLayerByName(migrations.META_TABLE) is None:
        table = call(dataset.CreateLayer, migrations.META_TABLE, None, ogr.wkbNone, [
            "FID=fid", f"IDENTIFIER={model_text(data_model.META_TITLE)}"])
        if table is None:
            _fail(tr("Could not create the table {}.").format(migrations.META_TABLE))
        for name, width in (("key", 64), ("value", 0)):
            defn = ogr.FieldDefn(name, ogr.OFTString)
            defn.SetWidth(width)
            defn.SetNullable(False)
            if call(table.CreateField, defn) != 0:
                _fail(tr("Could not create the table {}.").format(migrations.META_TABLE))
        _execute(dataset, f'CREATE UNIQUE INDEX "{migrations.META_TABLE}_key" '
                          f'ON "{migrations.META_TABLE}" ("key")')
    for key, value in values.items():
        _execute(dataset, f'DELETE FROM "{migrations.META_TABLE}" WHERE "key" = {_sql_text(key)}')
        _execute(dataset, f'INSERT INTO "{migrations.META_TABLE}" ("key", "value") '
                          f"VALUES ({_sql_text(key)}, {_sql_text(value)})")


def create_schema(path, crs, layers=data_model.LAYERS, version=data_model.SCHEMA_VERSION):
    """Create the GeoPackage with every layer of ``layers``, empty, and record the schema
    ``version`` (None: record none, as the files of schema version 1 did). Returns layer names."""
    # a gdal (not ogr) dataset: only it can add field domains
    dataset = call(gdal.GetDriverByName("GPKG").Create, str(path), 0, 0, 0, gdal.GDT_Unknown)
    if dataset is None:
        _fail(tr("Could not create {}: check that you can write to this folder.").format(path))
    try:
        _add_domains(dataset, data_model.VALUE_LISTS)
        srs = _spatial_reference(crs)
        for layer_def in layers:
            _create_layer(dataset, layer_def, srs)
        if version is not None:
            _write_meta(dataset, {migrations.SCHEMA_VERSION_KEY: version,
                                  migrations.STYLE_VERSION_KEY: version})
    finally:
        dataset = None  # closes and flushes the file
    return [layer_def.name for layer_def in layers]


# --- migration of an existing GeoPackage ----------------------------------------------------

def _open_existing(path):
    """The GeoPackage at ``path``, opened for update (GDAL dataset)."""
    path = Path(path)
    if not path.is_file():
        raise QgsProcessingException(
            tr("The project database {} does not exist. Create it with Create project "
               "database (createprojectdb), or choose another file.").format(path))
    dataset = call(gdal.OpenEx, str(path), gdal.OF_VECTOR | gdal.OF_UPDATE,
                   allowed_drivers=["GPKG"])
    if dataset is None:
        raise QgsProcessingException(not_a_project_message(
            path, [tr("it is not a GeoPackage that can be opened for writing")]))
    return dataset


def _state(dataset):
    """({table: column names}, {meta key: value}) of an open GeoPackage."""
    columns = {}
    for index in range(dataset.GetLayerCount()):
        ogr_layer = dataset.GetLayer(index)
        defn = ogr_layer.GetLayerDefn()
        columns[ogr_layer.GetName()] = {defn.GetFieldDefn(i).GetName()
                                        for i in range(defn.GetFieldCount())}
    meta = {}
    table = dataset.GetLayerByName(migrations.META_TABLE)
    if table is not None:
        table.ResetReading()
        for feature in table:
            meta[feature.GetField("key")] = feature.GetField("value")
    return columns, meta


def not_a_project_message(database, reasons):
    return tr("{} is not an Itinérance project database ({}). Choose the project database, "
              "create one with Create project database (createprojectdb), or set OVERWRITE "
              "there to replace it.").format(database, "; ".join(reasons))


def project_version(database, columns, meta):
    """The schema version of a project database, or a QgsProcessingException saying why it is
    not one (or is too new)."""
    try:
        return migrations.detect_version(columns, meta.get(migrations.SCHEMA_VERSION_KEY))
    except migrations.NotAProjectDatabaseError as error:
        shown = error.missing[:6] + (["…"] if len(error.missing) > 6 else [])
        raise QgsProcessingException(not_a_project_message(
            database, [tr("missing: {}").format(", ".join(shown))])) from None
    except migrations.NewerDatabaseError as error:
        raise QgsProcessingException(
            tr("{} was written by a newer Itinérance (schema version {}; this one knows up to "
               "{}). Update the plugin to use it.")
            .format(database, error.version, data_model.SCHEMA_VERSION)) from None
    except ValueError as error:
        raise QgsProcessingException(not_a_project_message(database, [str(error)])) from None


def _apply(dataset, step, srs):
    for layer_def in step.layers:
        _create_layer(dataset, layer_def, srs)
    for name, (layer_def, fields) in step.fields_by_layer().items():
        ogr_layer = dataset.GetLayerByName(name)
        for field in fields:
            _add_field(dataset, ogr_layer, layer_def, field)
    for layer_def, key in step.keys:
        _add_keys(dataset, layer_def, [key])


def migrate_project_database(path):
    """Bring the project GeoPackage at ``path`` up to the current data model, in one
    transaction, then its styles and forms. Returns (version before, version now)."""
    dataset = _open_existing(path)
    try:
        columns, meta = _state(dataset)
        version = project_version(path, columns, meta)
        style_version = int(meta.get(migrations.STYLE_VERSION_KEY) or version)
        steps = migrations.plan(columns, version)
        if steps:
            srs = dataset.GetLayerByName(data_model.LAYERS[0].name).GetSpatialRef()
            if call(dataset.StartTransaction) != 0:
                _fail(tr("Could not start a transaction in {}.").format(path))
            try:
                for step in steps:
                    _apply(dataset, step, srs)
                _write_meta(dataset, {migrations.SCHEMA_VERSION_KEY: data_model.SCHEMA_VERSION,
                                      migrations.STYLE_VERSION_KEY: style_version})
            except Exception:
                call(dataset.RollbackTransaction)
                raise
            if call(dataset.CommitTransaction) != 0:
                _fail(tr("Could not write the changes to {}.").format(path))
    finally:
        dataset = None
    if style_version < data_model.SCHEMA_VERSION:
        upgrade_styles(style_version, lambda d: open_layer(path, d.name),
                       lambda d, qml: _store_gpkg_style(path, d, qml))
        dataset = _open_existing(path)
        try:
            _write_meta(dataset, {migrations.STYLE_VERSION_KEY: data_model.SCHEMA_VERSION})
        finally:
            dataset = None
    return version, data_model.SCHEMA_VERSION


def _store_gpkg_style(path, layer_def, qml):
    dataset = _open_existing(path)
    try:
        if dataset.GetLayerByName("layer_styles") is not None:
            _execute(dataset, f"UPDATE layer_styles SET styleQML = {_sql_text(qml)} "
                              f"WHERE f_table_name = {_sql_text(layer_def.name)} "
                              "AND useAsDefault")
    finally:
        dataset = None


def layer_uri(path, name):
    return f"{path}|layername={name}"


def open_layer(path, name):
    layer = QgsVectorLayer(layer_uri(path, name), name, "ogr")
    if not layer.isValid():
        raise QgsProcessingException(
            tr("QGIS cannot open the layer {} of {}.").format(name, path))
    return layer


# --- styles and forms -----------------------------------------------------------------------

def _widget(field):
    if field.values is not None:
        value_map = [{model_text(v.label): v.code} for v in field.values.values]
        return QgsEditorWidgetSetup("ValueMap", {"map": value_map})
    if field.type == data_model.BOOLEAN:
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": "",
                                                 "TextDisplayMethod": 0})
    if field.type == data_model.DATE:
        return QgsEditorWidgetSetup("DateTime", {
            "field_format": "yyyy-MM-dd", "display_format": "dd/MM/yyyy",
            "calendar_popup": True, "allow_null": not field.not_null})
    if field.type == data_model.INTEGER:
        return QgsEditorWidgetSetup("Range", {"Min": 0, "Max": 9999, "Step": 1,
                                              "Style": "SpinBox", "AllowNull": not field.not_null})
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})


def _sql_literal(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return "'{}'".format(str(value).replace("'", "''"))


def configure_fields(layer, layer_def, fields=None):
    """Aliases, edit widgets, defaults and constraints of ``fields`` (default: every field of
    ``layer_def``) on ``layer``."""
    for field in layer_def.fields if fields is None else fields:
        index = layer.fields().indexFromName(field.name)
        if index < 0:
            raise QgsProcessingException(
                tr("The layer {} has no field {}; it does not follow the data model.")
                .format(layer_def.name, field.name))
        layer.setFieldAlias(index, model_text(field.alias))
        layer.setEditorWidgetSetup(index, _widget(field))
        if field.default is not None:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(_sql_literal(field.default)))
        if field.not_null:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if field.values is not None:
            codes = ", ".join(_sql_literal(code) for code in field.values.codes)
            layer.setConstraintExpression(
                index, f'"{field.name}" IS NULL OR "{field.name}" IN ({codes})',
                tr("Must be one of the value list"))
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)


def _symbol(layer, colour):
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    color = QColor(colour)
    geometry_type = layer.geometryType()
    if geometry_type == QgsWkbTypes.PointGeometry:
        symbol.setColor(color)
        symbol.setSize(3.2)
        symbol.symbolLayer(0).setStrokeColor(QColor("white"))
    elif geometry_type == QgsWkbTypes.LineGeometry:
        symbol.setColor(color)
        symbol.setWidth(0.8)
    else:
        fill = QColor(color)
        fill.setAlpha(70)
        symbol.setColor(fill)
        symbol.symbolLayer(0).setStrokeColor(color)
        symbol.symbolLayer(0).setStrokeWidth(0.5)
    return symbol


# the modes drawn apart: a node's shape says its mode where two networks share a place (its
# colour too); a planned section is dashed, a link with a fault dotted and thinner
MODE_SHAPES = {"velo": "circle", "marche": "square", "cheval": "diamond", "canoe": "triangle",
               "bateau": "pentagon", "roller": "star"}
PLANNED_DASHED = "CASE WHEN \"status\" = 'planned' THEN 'dash' ELSE 'solid' END"
FAULTY_DOTTED = ("CASE WHEN \"facts\" IS NULL OR \"facts\" IN ('', 'one_way') THEN 'solid' "
                 "ELSE 'dot' END")
LINE_STYLES = {"troncons": (1.0, PLANNED_DASHED), "liaisons": (0.5, FAULTY_DOTTED)}
# how the model drew the layers drawn per mode since schema 4, before it: (the field the
# categories are of, else the one colour)
FORMER_STYLES = {"noeuds": (None, "#2b8cbe"), "troncons": ("status", None)}


def _mode_symbol(layer, layer_def, value, symbol):
    """The symbol of one mode of the layers drawn per mode."""
    if layer_def.name == "noeuds":
        marker = QgsSimpleMarkerSymbolLayerBase.decodeShape(MODE_SHAPES[value.code])[0]
        symbol.symbolLayer(0).setShape(marker)
    elif layer_def.name in LINE_STYLES:
        width, dashes = LINE_STYLES[layer_def.name]
        symbol.setWidth(width)
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertyStrokeStyle, QgsProperty.fromExpression(dashes))
    return symbol


def _renderer(layer, layer_def):
    style_field, colour = layer_def.style_field, layer_def.colour
    if style_field is not None and style_field not in layer_def.field_names:
        style_field, colour = FORMER_STYLES[layer_def.name]  # a database before the field
    if style_field is None:
        return QgsSingleSymbolRenderer(_symbol(layer, colour))
    field = layer_def.field(style_field)
    categories = []
    for v in field.values.values:
        symbol = _symbol(layer, v.colour)
        if field.values is data_model.MODES:
            symbol = _mode_symbol(layer, layer_def, v, symbol)
        categories.append(QgsRendererCategory(v.code, symbol, model_text(v.label)))
    if layer_def.name == "perimetres":  # outlines only, so the map underneath stays readable
        for category in categories:
            category.symbol().setColor(QColor(0, 0, 0, 0))
            category.symbol().symbolLayer(0).setStrokeWidth(
                1.2 if category.value() == "epci" else 0.3)
    return QgsCategorizedSymbolRenderer(field.name, categories)


def _former_model_renderer(layer, layer_def):
    """The layer still has the renderer the data model gave it before it was drawn per mode
    (FORMER_STYLES): nothing the user changed there."""
    style_field, colour = FORMER_STYLES[layer_def.name]
    renderer = layer.renderer()
    if style_field is None:
        return (renderer.type() == "singleSymbol"
                and renderer.symbol().color().name() == colour.lower())
    values = layer_def.field(style_field).values.values
    return (renderer.type() == "categorizedSymbol"
            and renderer.classAttribute() == style_field
            and [(c.value(), c.symbol().color().name()) for c in renderer.categories()]
            == [(v.code, v.colour.lower()) for v in values])


LABELLED = {"noeuds": "number", "poles": "name", "ascensions": "name"}


def style_layer(layer, layer_def):
    """Give ``layer`` the data model's symbology, labels and edit form."""
    configure_fields(layer, layer_def)
    layer.setRenderer(_renderer(layer, layer_def))
    if layer_def.name in LABELLED:
        layer.setLabeling(simple_labeling(LABELLED[layer_def.name], halo=0.8))
        layer.setLabelsEnabled(True)
    layer.setTitle(model_text(layer_def.title))


def save_default_style(layer, layer_def):
    """Store the layer's style in the GeoPackage as its default, loaded whenever it opens."""
    error = layer.saveStyleToDatabase(layer_def.name, model_text(layer_def.title), True, "")
    if error:
        raise QgsProcessingException(
            tr("Could not store the style of {}: {}").format(layer_def.name, error))


def create_project_database(path, crs, overwrite=False, feedback=None):
    """Create the whole styled project GeoPackage; returns the names of its layers."""
    check_target(path, crs, overwrite)
    path = Path(path)
    if path.exists():
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    names = create_schema(path, crs)
    style_all_layers(lambda layer_def: open_layer(path, layer_def.name), feedback)
    return names


def style_all_layers(open_one, feedback=None, layers=data_model.LAYERS):
    """Style every data-model layer (``open_one(layer_def)`` opens it in the new database) and
    store the style as its default, with progress."""
    for step, layer_def in enumerate(layers, start=1):
        layer = open_one(layer_def)
        style_layer(layer, layer_def)
        save_default_style(layer, layer_def)
        if feedback is not None:
            feedback.setProgress(100.0 * step / len(layers))
            if feedback.isCanceled():
                break


def style_document(layer):
    """The layer's whole style (QML) as text, as QGIS stores it in a database."""
    document = QDomDocument()
    error = layer.exportNamedStyle(document)
    if error:
        raise QgsProcessingException(
            tr("Could not read the style of {}: {}").format(layer.name(), error))
    return document.toString()


def upgrade_styles(from_version, open_one, store_default_qml):
    """Styles and forms of what the schema versions after ``from_version`` added. A new layer
    gets the model's style; new fields of an older layer are added to the layer's stored
    default style (``store_default_qml(layer_def, qml)``), which keeps the user's own changes
    to it. ``open_one(layer_def)`` opens a layer of the migrated database."""
    for version in range(from_version + 1, data_model.SCHEMA_VERSION + 1):
        step = migrations.additions(version)
        style_all_layers(open_one, None, step.layers)
        for layer_def, fields in step.fields_by_layer().values():
            layer = open_one(layer_def)  # with its stored default style
            configure_fields(layer, layer_def, fields)
            if layer_def.style_field in {f.name for f in fields} and \
                    layer_def.name in FORMER_STYLES and _former_model_renderer(layer, layer_def):
                layer.setRenderer(_renderer(layer, layer_def))  # drawn per mode now
            store_default_qml(layer_def, style_document(layer))
