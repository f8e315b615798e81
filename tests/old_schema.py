"""Project databases as the plugin wrote them at schema version 1 (before sources and the
schema version were stored): the writers given the version-1 description of the data model
and told to record no version, which is what the version-1 code wrote."""

from qgis.core import QgsCoordinateReferenceSystem

from itinerance.processing.database import postgis_db, project_db
from itinerance.processing.logic.inventory import data_model as dm
from itinerance.processing.logic.inventory import postgis_schema

VERSION_1 = dm.layers_at(1)


def write_version1_gpkg(path, crs="EPSG:2154"):
    project_db.create_schema(path, QgsCoordinateReferenceSystem(crs), VERSION_1, version=None)
    project_db.style_all_layers(lambda d: project_db.open_layer(path, d.name), None, VERSION_1)
    return path


def write_version1_postgis(cluster, db, schema, srid=2154):
    """The version-1 schema in ``schema`` of ``db`` on the test server, with its styles."""
    statements = postgis_schema.create_schema(schema, srid, VERSION_1, label=project_db.model_text,
                                              version=None)
    cluster.execute(db, postgis_schema.script(statements))
    conn = postgis_db.connection(cluster.uri(db))
    project_db.style_all_layers(lambda d: postgis_db.open_layer(conn, schema, d, srid), None,
                                VERSION_1)


def write_version_gpkg(path, version, crs="EPSG:2154"):
    """A project GeoPackage as the plugin wrote it at schema ``version`` (2: before circuits,
    3: before modes, links and stations)."""
    layers = dm.layers_at(version)
    project_db.create_schema(path, QgsCoordinateReferenceSystem(crs), layers, version=version)
    project_db.style_all_layers(lambda d: project_db.open_layer(path, d.name), None, layers)
    return path


def write_version2_gpkg(path, crs="EPSG:2154"):
    return write_version_gpkg(path, 2, crs)
