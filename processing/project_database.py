"""A project database an importer writes into: the GeoPackage file or the PostGIS schema
given as DATABASE (and SCHEMA), brought up to date first, then written in one transaction.

Every imported feature carries ``source`` and ``source_id`` (docs/data-model.md): a feature
whose identifier is already there is updated (only the fields the importer fills), the others
are added; *replace* first deletes what an earlier import of the same source wrote in the
layers it fills. Features drawn by hand (no source) are never touched. If anything fails,
nothing is written.

GeoPackage through GDAL/OGR (one SQLite transaction over every layer); PostGIS through QGIS's
connection (one SQL script, which PostgreSQL runs as one transaction), as createprojectdb.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerMetadata,
    QgsProcessingException,
    QgsProviderMetadata,
    QgsProviderRegistry,
)

from . import postgis_db, project_db
from .logic import data_model, postgis_schema
from .translate import tr

BATCH_ROWS = 500  # rows per INSERT statement of the PostGIS script


@dataclass
class LayerWrite:
    """What an import writes into one layer: ``records`` are (WKB bytes, {field: value}) with
    ``source_id`` among the fields; ``replace`` deletes the layer's features of the source
    first."""

    layer: str
    records: List[tuple]
    replace: bool = False
    fields: tuple = ()  # the fields the import fills (default: those of the first record)

    def filled(self):
        names = self.fields or (tuple(self.records[0][1]) if self.records else ())
        return tuple(name for name in names if name not in ("source", "source_id"))


@dataclass
class Written:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0


@dataclass
class ProjectDatabase:
    """Open one with :func:`open_database`."""

    label: str  # for messages: the file, or "the schema s"
    crs: QgsCoordinateReferenceSystem
    versions: tuple = (None, None)  # schema version before and after the update
    written: Dict[str, Written] = field(default_factory=dict)

    def layer_uri(self, name):
        raise NotImplementedError

    def provider(self):
        raise NotImplementedError

    def write(self, source, writes, cancelled=None):
        """Write ``writes`` (LayerWrite) for ``source`` in one transaction; {layer: Written}.
        ``cancelled()`` is asked as it goes: a cancelled import writes nothing."""
        raise NotImplementedError

    def declare_source(self, layers, rights, licence, feedback):
        """Add ``rights`` and ``licence`` to the metadata of ``layers`` (kept with the layer,
        so that the map exports credit the source); returns whether it could."""
        registry = QgsProviderRegistry.instance()
        metadata_of = registry.providerMetadata(self.provider())
        if not metadata_of.providerCapabilities() & QgsProviderMetadata.SaveLayerMetadata:
            feedback.pushWarning(tr(
                "This QGIS cannot store layer metadata in {}: the layers do not carry the "
                "credit {} themselves; give it in the sources of the map exports.")
                .format(self.label, rights))
            return False
        for name in layers:
            layer = self.open_layer(name)
            metadata = QgsLayerMetadata(layer.metadata())
            if rights not in metadata.rights():
                metadata.setRights(metadata.rights() + [rights])
            if licence not in metadata.licenses():
                metadata.setLicenses(metadata.licenses() + [licence])
            ok, error = registry.saveLayerMetadata(self.provider(), self.layer_uri(name),
                                                   metadata)
            if not ok:
                feedback.pushWarning(tr("Could not store the metadata of {}: {}")
                                     .format(name, error))
                return False
        return True

    def open_layer(self, name):
        raise NotImplementedError


def open_database(database, schema=None):
    """The project database ``database`` (a .gpkg file, or a PostgreSQL connection: a saved
    connection's name, a postgresql:// URI or service=…, with ``schema``), brought up to the
    current data model."""
    text = (database or "").strip()
    if not text:
        raise QgsProcessingException(tr(
            "Choose the project database (DATABASE): a GeoPackage file made by Create project "
            "database, or a PostgreSQL connection with its SCHEMA."))
    if text.lower().endswith(".gpkg") or Path(text).is_file():
        return GeoPackage.open(text)
    return PostgisSchema.open(text, (schema or "").strip() or "itinerance")


# --- GeoPackage -----------------------------------------------------------------------------

class GeoPackage(ProjectDatabase):
    @classmethod
    def open(cls, path):
        versions = project_db.migrate_project_database(path)
        layer = project_db.open_layer(path, data_model.LAYERS[0].name)
        database = cls(str(path), layer.crs(), versions)
        database.path = str(path)
        return database

    def provider(self):
        return "ogr"

    def layer_uri(self, name):
        return project_db.layer_uri(self.path, name)

    def open_layer(self, name):
        return project_db.open_layer(self.path, name)

    def write(self, source, writes, cancelled=None):
        gdal.ErrorReset()
        dataset = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dataset is None or dataset.StartTransaction() != 0:
            raise QgsProcessingException(tr("Could not open {} for writing: {}")
                                         .format(self.path, gdal.GetLastErrorMsg()))
        written = {}
        try:
            for write in writes:
                written[write.layer] = self._write_layer(dataset, source, write, cancelled)
                if cancelled is not None and cancelled():
                    dataset.RollbackTransaction()
                    return {}
            if dataset.CommitTransaction() != 0:
                raise QgsProcessingException(tr("Could not write to {}: {}")
                                             .format(self.path, gdal.GetLastErrorMsg()))
        except Exception:
            dataset.RollbackTransaction()
            raise
        finally:
            dataset = None
        return written

    def _write_layer(self, dataset, source, write, cancelled):
        layer = dataset.GetLayerByName(write.layer)
        quoted = postgis_schema.quote_literal(source)
        result = Written()
        if write.replace:
            result.deleted = _count(dataset, f'SELECT count(*) FROM "{write.layer}" '
                                             f"WHERE source = {quoted}")
            _execute(dataset, f'DELETE FROM "{write.layer}" WHERE source = {quoted}')
        existing = _fids(dataset, write.layer, quoted)
        defn = layer.GetLayerDefn()
        filled = [(name, defn.GetFieldIndex(name)) for name in write.filled()]
        source_index, id_index = defn.GetFieldIndex("source"), defn.GetFieldIndex("source_id")
        for step, (wkb, values) in enumerate(write.records):
            fid = existing.get(values["source_id"])
            feature = ogr.Feature(defn) if fid is None else layer.GetFeature(fid)
            for name, index in filled:
                if values.get(name) is None:
                    feature.SetFieldNull(index)
                else:
                    feature.SetField(index, values[name])
            feature.SetField(source_index, source)
            feature.SetField(id_index, values["source_id"])
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            if fid is None:
                error = layer.CreateFeature(feature)
                existing[values["source_id"]] = feature.GetFID()
                result.inserted += 1
            else:
                error = layer.SetFeature(feature)
                result.updated += 1
            if error != 0:
                raise QgsProcessingException(
                    tr("Could not write {} {} to {}: {}").format(
                        write.layer, values["source_id"], self.path, gdal.GetLastErrorMsg()))
            if step % 1000 == 0 and cancelled is not None and cancelled():
                break
        return result


def _execute(dataset, sql):
    gdal.ErrorReset()
    result = dataset.ExecuteSQL(sql)
    if result is not None:
        dataset.ReleaseResultSet(result)
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise QgsProcessingException(tr("The GeoPackage refused: {}")
                                     .format(gdal.GetLastErrorMsg()))


def _count(dataset, sql):
    result = dataset.ExecuteSQL(sql)
    try:
        return int(result.GetNextFeature().GetField(0))
    finally:
        dataset.ReleaseResultSet(result)


def _fids(dataset, layer, quoted_source):
    """{source_id: fid} of the layer's features of the source."""
    # a selected fid becomes the FID of the result's features, not a field
    result = dataset.ExecuteSQL(f'SELECT source_id, fid + 0 AS feature_id FROM "{layer}" '
                                f"WHERE source = {quoted_source}")
    try:
        return {feature.GetField(0): feature.GetField(1) for feature in result}
    finally:
        dataset.ReleaseResultSet(result)


# --- PostGIS --------------------------------------------------------------------------------

class PostgisSchema(ProjectDatabase):
    @classmethod
    def open(cls, database, schema):
        conn = postgis_db.connection(database)
        _, existing = postgis_db.check_database(conn, schema)
        label = tr("the schema {}").format(schema)
        if not existing:
            raise QgsProcessingException(project_db.not_a_project_message(
                label, [tr("it has none of the project's tables")]))
        versions = postgis_db.migrate_postgis_schema(conn, schema)
        srid = postgis_db.schema_srid(conn, schema)
        database = cls(label, QgsCoordinateReferenceSystem(f"EPSG:{srid}"), versions)
        database.conn, database.schema, database.srid = conn, schema, srid
        return database

    def provider(self):
        return "postgres"

    def layer_uri(self, name):
        return postgis_db.layer_uri(self.conn, self.schema, data_model.layer(name), self.srid)

    def open_layer(self, name):
        return postgis_db.open_layer(self.conn, self.schema, data_model.layer(name), self.srid)

    def _count(self, layer, source):
        return int(postgis_db.execute(self.conn, (
            f"SELECT count(*) FROM {postgis_schema.qualified(self.schema, layer)} "
            f"WHERE source = {postgis_schema.quote_literal(source)}"))[0][0])

    def write(self, source, writes, cancelled=None):
        before = {w.layer: self._count(w.layer, source) for w in writes}
        statements = []
        for write in writes:
            statements += self._statements(source, write)
            if cancelled is not None and cancelled():
                return {}
        postgis_db.execute(self.conn, postgis_schema.script(statements))  # one transaction
        written = {}
        for write in writes:
            after = self._count(write.layer, source)
            kept = 0 if write.replace else before[write.layer]
            inserted = after - kept
            written[write.layer] = Written(inserted, len(write.records) - inserted,
                                           before[write.layer] if write.replace else 0)
        return written

    def _statements(self, source, write):
        table = postgis_schema.qualified(self.schema, write.layer)
        quote = postgis_schema.quote_literal
        statements = [f"DELETE FROM {table} WHERE source = {quote(source)}"] if write.replace \
            else []
        filled = write.filled()
        columns = ["geom", *filled, "source", "source_id"]
        names = ", ".join(postgis_schema.quote_identifier(c) for c in columns)
        updates = ", ".join(f"{postgis_schema.quote_identifier(c)} = EXCLUDED."
                            f"{postgis_schema.quote_identifier(c)}" for c in ["geom", *filled])
        for start in range(0, len(write.records), BATCH_ROWS):
            rows = []
            for wkb, values in write.records[start:start + BATCH_ROWS]:
                items = [f"ST_GeomFromWKB('\\x{wkb.hex()}'::bytea, {self.srid})"]
                items += ["NULL" if values.get(c) is None else quote(values[c]) for c in filled]
                items += [quote(source), quote(values["source_id"])]
                rows.append("(" + ", ".join(items) + ")")
            statements.append(f"INSERT INTO {table} ({names}) VALUES " + ", ".join(rows)
                              + ' ON CONFLICT ("source", "source_id") DO UPDATE SET '
                              + updates)
        return statements
