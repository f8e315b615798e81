"""QGIS layers on the tables of the test PostgreSQL server (tests/pg_cluster.py), from plain
QGIS data source strings (not from the plugin's code), and the sample's layers copied in."""

from pg_cluster import PASSWORD, SUPERUSER
from qgis.core import QgsFeature, QgsVectorLayer

from itinerance.processing.logic.inventory import data_model as dm


def pg_layer(cluster, db, schema, role, user=SUPERUSER, password=PASSWORD, name=None):
    """A layer on the table ``schema.role`` of database ``db``, named ``name`` (or the role)."""
    uri = (f"{cluster.conninfo(db, user, password)} key='fid' srid=2154 "
           f'type={dm.layer(role).geometry} table="{schema}"."{role}" (geom)')
    layer = QgsVectorLayer(uri, name or role, "postgres")
    assert layer.isValid(), uri
    return layer


def copy_into(cluster, db, schema, gpkg, roles, keep_ids=False):
    """The GeoPackage's layers of ``roles`` added to the data model's tables in ``schema``
    through QGIS; ``keep_ids`` writes the same fids (the table's sequence is then behind)."""
    for role in roles:
        source = QgsVectorLayer(f"{gpkg}|layername={role}", role, "ogr")
        target = pg_layer(cluster, db, schema, role)
        copies = []
        for feature in source.getFeatures():
            copy = QgsFeature(target.fields())
            copy.setGeometry(feature.geometry())
            for field in dm.layer(role).field_names:
                copy[field] = feature[field]
            if keep_ids:
                copy["fid"] = feature.id()
            copies.append(copy)
        assert target.dataProvider().addFeatures(copies), role
        assert pg_layer(cluster, db, schema, role).featureCount() == source.featureCount()
