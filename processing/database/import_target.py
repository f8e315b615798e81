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
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import (
    QgsFeatureRequest,
    QgsLayerMetadata,
    QgsProcessingException,
    QgsProviderMetadata,
    QgsProviderRegistry,
)

from ..logic.gdal_calls import call
from ..logic.inventory import data_model, postgis_schema
from ..translate import tr
from . import postgis_db
from .project_db import layer_uri, migrate_project_database, open_layer

# QGIS 3.22 names the flag on the class; later versions in its scoped enum too
SAVE_LAYER_METADATA = getattr(QgsProviderMetadata, "SaveLayerMetadata", None) or \
    QgsProviderMetadata.ProviderMetadataCapability.SaveLayerMetadata


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


@dataclass
class LayerChanges:
    """What an import changes in the layer ``name``: ``inserts`` [({field: value}, WKB)],
    ``updates`` [(fid, {field: value}, WKB)] and ``deletes`` [fid]."""

    name: str
    inserts: list = ()
    updates: list = ()
    deletes: list = ()


class _Target:
    PROVIDER = None

    def layer(self, name):
        raise NotImplementedError

    def layer_uri(self, name):
        raise NotImplementedError

    def write(self, name, inserts, updates):
        """In one transaction: ``inserts`` [({field: value}, WKB)] and ``updates``
        [(fid, {field: value}, WKB)] of the layer ``name``. Anything refused rolls everything
        back and raises."""
        self.write_all([LayerChanges(name, inserts, updates)])

    def write_all(self, changes):
        """Every LayerChanges of ``changes`` (deletes, then inserts, then updates of each
        layer), in one transaction."""
        raise NotImplementedError

    def source_fids(self, name, source, modes=None):
        """{source_id: fid} of the features of the layer ``name`` imported from ``source``
        (of ``modes`` only, when given: a layer with a ``mode`` field)."""
        raise NotImplementedError

    def declare_source(self, names, rights, licence):
        """Add ``rights`` and ``licence`` to the metadata stored with the layers ``names``, so
        that the map exports credit the source. Returns None, or why it could not."""
        registry = QgsProviderRegistry.instance()
        provider = registry.providerMetadata(self.PROVIDER)
        if not provider.providerCapabilities() & SAVE_LAYER_METADATA:
            return tr("this QGIS cannot store layer metadata in {}").format(self.describe())
        for name in names:
            metadata = QgsLayerMetadata(self.layer(name).metadata())
            if rights in metadata.rights() and licence in metadata.licenses():
                continue  # credited by an earlier import
            if rights not in metadata.rights():
                metadata.setRights(metadata.rights() + [rights])
            if licence not in metadata.licenses():
                metadata.setLicenses(metadata.licenses() + [licence])
            ok, error = registry.saveLayerMetadata(self.PROVIDER, self.layer_uri(name), metadata)
            if not ok:
                return error
        return None

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


def _in_modes(modes):
    """The SQL condition keeping the rows of ``modes`` (none without them)."""
    if modes is None:
        return ""
    listed = ", ".join(postgis_schema.quote_literal(m) for m in modes) or "NULL"
    return f' AND "mode" IN ({listed})'


def _is_null(value):
    return hasattr(value, "isNull") and value.isNull()


class GeoPackageTarget(_Target):
    PROVIDER = "ogr"

    def __init__(self, path):
        self.path = str(Path(path))

    def describe(self):
        return self.path

    def layer(self, name):
        return open_layer(self.path, name)

    def layer_uri(self, name):
        return layer_uri(self.path, name)

    def source_fids(self, name, source, modes=None):
        dataset = call(gdal.OpenEx, self.path, gdal.OF_VECTOR, allowed_drivers=["GPKG"])
        if dataset is None:
            raise QgsProcessingException(tr("Cannot open {}: {}").format(
                self.path, gdal.GetLastErrorMsg()))
        # a selected fid becomes the FID of the result's features, not a field
        result = dataset.ExecuteSQL(
            f'SELECT source_id, fid + 0 AS feature_id FROM "{name}" '
            f"WHERE source = {postgis_schema.quote_literal(source)}{_in_modes(modes)}")
        try:  # in batches through GDAL's Arrow interface: many rows, no Python call per row
            found = {}
            for batch in result.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"]):
                ids = [i.decode() if isinstance(i, bytes) else str(i)
                       for i in batch["source_id"]]
                found.update(zip(ids, batch["feature_id"].tolist()))
            return found
        finally:
            dataset.ReleaseResultSet(result)
            dataset = None

    def write_all(self, changes):
        dataset = call(gdal.OpenEx, self.path, gdal.OF_VECTOR | gdal.OF_UPDATE,
                       allowed_drivers=["GPKG"])
        if dataset is None:
            raise QgsProcessingException(tr("Cannot open {} for writing: {}").format(
                self.path, gdal.GetLastErrorMsg()))
        try:
            if call(dataset.StartTransaction) != 0:
                raise QgsProcessingException(tr("Could not start a transaction in {}.")
                                             .format(self.path))
            try:
                for change in changes:
                    self._write_layer(dataset.GetLayerByName(change.name), change)
            except BaseException:
                call(dataset.RollbackTransaction)
                raise
            if call(dataset.CommitTransaction) != 0:
                raise QgsProcessingException(tr("Could not write the changes to {}: {}")
                                             .format(self.path, gdal.GetLastErrorMsg()))
        finally:
            dataset = None

    def _write_layer(self, ogr_layer, change):
        name, defn = change.name, ogr_layer.GetLayerDefn()
        index = {}  # field indexes, looked up once: by name is slow for many features
        for fid in change.deletes:
            self._check(call(ogr_layer.DeleteFeature, fid), name, {"fid": fid})
        for values, wkb in change.inserts:
            feature = ogr.Feature(defn)
            self._fill(feature, values, wkb, index)
            self._check(call(ogr_layer.CreateFeature, feature), name, values)
        for fid, values, wkb in change.updates:
            feature = call(ogr_layer.GetFeature, fid)
            if feature is None:
                raise QgsProcessingException(tr(
                    "The feature {} of {} has gone while importing.").format(fid, name))
            self._fill(feature, values, wkb, index)
            self._check(call(ogr_layer.SetFeature, feature), name, values)

    @staticmethod
    def _fill(feature, values, wkb, index):
        # the typed setters: ogr's generic SetField inspects every value, slow for many rows
        for field, value in values.items():
            if field not in index:
                index[field] = feature.GetFieldIndex(field)
            i = index[field]
            if value is None:
                feature.SetFieldNull(i)
            elif isinstance(value, str):
                feature.SetFieldString(i, value)
            elif isinstance(value, (bool, int)):
                feature.SetFieldInteger64(i, int(value))
            elif isinstance(value, float):
                feature.SetField(i, value)  # GDAL 3.6's bindings have no SetFieldDouble
            elif hasattr(value, "isoformat"):
                feature.SetFieldString(i, value.isoformat())
            else:
                feature.SetField(i, value)
        if wkb is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))

    def _check(self, error, name, values):
        if error != 0:
            raise QgsProcessingException(tr(
                "The project database refused {} in {} ({}); nothing was imported.")
                .format(values.get("name") or values, name, gdal.GetLastErrorMsg()))


class PostgisTarget(_Target):
    PROVIDER = "postgres"

    def __init__(self, conn, schema):
        self.conn, self.schema = conn, schema
        self.srid = postgis_db.schema_srid(conn, schema)

    def describe(self):
        return tr("the schema {}").format(self.schema)

    def layer(self, name):
        return postgis_db.open_layer(self.conn, self.schema, data_model.layer(name), self.srid)

    def layer_uri(self, name):
        return postgis_db.layer_uri(self.conn, self.schema, data_model.layer(name), self.srid)

    def source_fids(self, name, source, modes=None):
        return {source_id: fid for source_id, fid in postgis_db.execute(self.conn, (
            f"SELECT source_id, fid FROM {postgis_schema.qualified(self.schema, name)} "
            f"WHERE source = {postgis_schema.quote_literal(source)}{_in_modes(modes)}"))}

    def write_all(self, changes):
        """As GeoPackageTarget's, as one SQL script (one transaction)."""
        statements = []
        for change in changes:
            table = postgis_schema.qualified(self.schema, change.name)
            for start in range(0, len(change.deletes), 1000):
                fids = ", ".join(str(int(f)) for f in change.deletes[start:start + 1000])
                statements.append(f'DELETE FROM {table} WHERE "fid" IN ({fids})')
            statements += [insert_sql(self.schema, change.name, values, wkb, self.srid)
                           for values, wkb in change.inserts]
            statements += [update_sql(self.schema, change.name, fid, values, wkb, self.srid)
                           for fid, values, wkb in change.updates]
        if statements:
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
