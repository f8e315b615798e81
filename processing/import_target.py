"""The project database an importer writes into: a GeoPackage file or a PostGIS schema, brought
up to the current data model, read through QGIS, and written in one transaction.

An import adds or updates many features at once and must leave nothing half-written, which
QGIS's edit buffer does not promise (its commit writes additions, attribute changes and geometry
changes one after the other). So the writes go, all in one transaction:
- GeoPackage: through GDAL/OGR, between StartTransaction and CommitTransaction (rolled back on
  any failure);
- PostGIS: as one SQL script, which PostgreSQL runs as one transaction (as createprojectdb does).
The database itself enforces the data model there (NOT NULL, value lists, the unique source key),
so a row it refuses rolls everything back.
"""

import struct
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsFeatureRequest, QgsProcessingException

from . import postgis_db
from .logic import data_model, postgis_schema
from .logic.gdal_calls import call
from .project_db import migrate_project_database, open_layer
from .translate import tr


def is_geopackage(database):
    return database.strip().lower().endswith(".gpkg")


def open_target(database, schema):
    """The project database ``database`` (a .gpkg path, or a PostgreSQL connection with
    ``schema``), brought up to date. Returns (target, (version before, version now))."""
    database = (database or "").strip()
    if not database:
        raise QgsProcessingException(tr(
            "Give the project database (DATABASE): its GeoPackage file, or a PostgreSQL "
            "connection with its SCHEMA."))
    if is_geopackage(database):
        versions = migrate_project_database(database)
        return GeoPackageTarget(database), versions
    schema = (schema or "").strip()
    conn = postgis_db.connection(database)
    postgis_db.check_database(conn, schema)
    versions = postgis_db.migrate_postgis_schema(conn, schema)
    return PostgisTarget(conn, schema), versions


def point_wkb(x, y):
    return struct.pack("<BIdd", 1, 1, x, y)


class _Target:
    def layer(self, name):
        raise NotImplementedError

    def read(self, name, fields):
        """[(fid, {field: value}, geometry)] of every feature of the layer ``name``, in its
        CRS (QgsGeometry); NULL values as None."""
        layer = self.layer(name)
        request = QgsFeatureRequest().setSubsetOfAttributes(fields, layer.fields())
        rows = []
        for feature in layer.getFeatures(request):
            values = {}
            for field in fields:
                value = feature[field]
                values[field] = None if value is None or _is_null(value) else value
            rows.append((feature.id(), values, feature.geometry()))
        return rows

    def crs(self, name):
        return self.layer(name).crs()


def _is_null(value):
    return hasattr(value, "isNull") and value.isNull()


class GeoPackageTarget(_Target):
    def __init__(self, path):
        self.path = str(Path(path))

    def describe(self):
        return self.path

    def layer(self, name):
        return open_layer(self.path, name)

    def write(self, name, inserts, updates):
        """In one transaction: ``inserts`` [({field: value}, WKB)] and ``updates``
        [(fid, {field: value}, WKB)]. Anything refused rolls everything back and raises."""
        dataset = call(gdal.OpenEx, self.path, gdal.OF_VECTOR | gdal.OF_UPDATE,
                        allowed_drivers=["GPKG"])
        if dataset is None:
            raise QgsProcessingException(tr("Cannot open {} for writing: {}").format(
                self.path, gdal.GetLastErrorMsg()))
        try:
            ogr_layer = dataset.GetLayerByName(name)
            if call(dataset.StartTransaction) != 0:
                raise QgsProcessingException(tr("Could not start a transaction in {}.")
                                             .format(self.path))
            try:
                defn = ogr_layer.GetLayerDefn()
                for values, wkb in inserts:
                    feature = ogr.Feature(defn)
                    self._fill(feature, values, wkb)
                    self._check(call(ogr_layer.CreateFeature, feature), name, values)
                for fid, values, wkb in updates:
                    feature = call(ogr_layer.GetFeature, fid)
                    if feature is None:
                        raise QgsProcessingException(tr(
                            "The feature {} of {} has gone while importing.").format(fid, name))
                    self._fill(feature, values, wkb)
                    self._check(call(ogr_layer.SetFeature, feature), name, values)
            except BaseException:
                call(dataset.RollbackTransaction)
                raise
            if call(dataset.CommitTransaction) != 0:
                raise QgsProcessingException(tr("Could not write the changes to {}: {}")
                                             .format(self.path, gdal.GetLastErrorMsg()))
        finally:
            dataset = None

    @staticmethod
    def _fill(feature, values, wkb):
        for field, value in values.items():
            if value is None:
                feature.SetFieldNull(field)
            elif isinstance(value, bool):
                feature.SetField(field, int(value))
            elif hasattr(value, "isoformat"):
                feature.SetField(field, value.isoformat())
            else:
                feature.SetField(field, value)
        if wkb is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))

    def _check(self, error, name, values):
        if error != 0:
            raise QgsProcessingException(tr(
                "The project database refused {} in {} ({}); nothing was imported.")
                .format(values.get("name") or values, name, gdal.GetLastErrorMsg()))


class PostgisTarget(_Target):
    def __init__(self, conn, schema):
        self.conn, self.schema = conn, schema
        self.srid = postgis_db.schema_srid(conn, schema)

    def describe(self):
        return tr("the schema {}").format(self.schema)

    def layer(self, name):
        return postgis_db.open_layer(self.conn, self.schema, data_model.layer(name), self.srid)

    def write(self, name, inserts, updates):
        """The same as GeoPackageTarget.write, as one SQL script (one transaction)."""
        if not inserts and not updates:
            return
        statements = ([insert_sql(self.schema, name, values, wkb, self.srid)
                       for values, wkb in inserts]
                      + [update_sql(self.schema, name, fid, values, wkb, self.srid)
                         for fid, values, wkb in updates])
        postgis_db.execute(self.conn, postgis_schema.script(statements))


def _literal(value):
    if value is None:
        return "NULL"
    if hasattr(value, "isoformat"):
        return postgis_schema.quote_literal(value.isoformat())
    return postgis_schema.quote_literal(value)


def _geometry(wkb, srid):
    return f"ST_GeomFromWKB(decode('{wkb.hex()}', 'hex'), {int(srid)})"


def insert_sql(schema, table, values, wkb, srid):
    columns = ", ".join(['"geom"'] + [postgis_schema.quote_identifier(k) for k in values])
    literals = ", ".join([_geometry(wkb, srid)] + [_literal(v) for v in values.values()])
    return f"INSERT INTO {postgis_schema.qualified(schema, table)} ({columns}) VALUES ({literals})"


def update_sql(schema, table, fid, values, wkb, srid):
    sets = [f"{postgis_schema.quote_identifier(k)} = {_literal(v)}" for k, v in values.items()]
    if wkb is not None:
        sets.insert(0, f'"geom" = {_geometry(wkb, srid)}')
    return (f"UPDATE {postgis_schema.qualified(schema, table)} SET {', '.join(sets)} "
            f'WHERE "fid" = {int(fid)}')
