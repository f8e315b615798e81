"""Which project layer plays which inventory role (aires, etablissements, noeuds...).

A layer is recognised by the data model's name: its own name in the project, or the table it
reads (``layername=aires`` in a GeoPackage, the ``aires`` table in PostGIS). The user can assign
any other layer to a role; the assignment is saved in the QGIS project (scope ``itinerance``,
keys ``roles/<role>`` holding the layer id) and wins over recognition.
"""

from qgis.core import QgsMapLayerType, QgsProviderRegistry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ...processing.logic.inventory import data_model

SCOPE = "itinerance"
ROLES = ("aires", "etablissements", "noeuds", "troncons", "itineraires", "trame", "poles",
         "ascensions", "circuits")
NETWORK_ROLE = "troncons"
# Points of these roles are snapped onto the network when they are placed on the map.
SNAPPED_ROLES = ("aires", "noeuds", "etablissements")
GEOMETRY_TYPES = {
    "Point": QgsWkbTypes.PointGeometry,
    "LineString": QgsWkbTypes.LineGeometry,
    "Polygon": QgsWkbTypes.PolygonGeometry,
}
SNAP_TOLERANCE_KEY = "snap_tolerance_m"
DEFAULT_SNAP_TOLERANCE_M = 50.0


def role_title(role):
    """The role's name for people: the data model's layer title, in the user's language."""
    return QCoreApplication.translate(data_model.TR_CONTEXT, data_model.layer(role).title)


def role_geometry_type(role):
    return GEOMETRY_TYPES[data_model.layer(role).geometry]


def _role_key(role):
    if role not in ROLES:
        raise KeyError(f"unknown role {role!r}; the roles are {', '.join(ROLES)}")
    return f"roles/{role}"


def source_table(layer):
    """The table or GeoPackage layer a vector layer reads, or None when the source has none."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("layerName") or parts.get("table") or None


def _is_vector(layer):
    return layer is not None and layer.type() == QgsMapLayerType.VectorLayer and layer.isValid()


def recognised_layer(project, role):
    """The project's layer named after ``role`` (layer name first, then source table): a role
    or any other layer of the data model (``perimetres``)."""
    data_model.layer(role)  # KeyError for a name outside the data model
    candidates = [layer for layer in project.mapLayers().values() if _is_vector(layer)]
    for layer in candidates:
        if layer.name() == role:
            return layer
    for layer in candidates:
        if source_table(layer) == role:
            return layer
    return None


def assigned_layer_id(project, role):
    """The id of the layer the user assigned to ``role`` ('' when none is assigned)."""
    value, _found = project.readEntry(SCOPE, _role_key(role), "")
    return value


def assign(project, role, layer):
    """Assign ``layer`` to ``role`` in the project; None removes the assignment."""
    key = _role_key(role)
    if layer is None:
        project.removeEntry(SCOPE, key)
    else:
        project.writeEntry(SCOPE, key, layer.id())


def clear_assignments(project):
    for role in ROLES:
        project.removeEntry(SCOPE, _role_key(role))


def role_layer(project, role):
    """The layer playing ``role``: the assigned one if it is still there, else the recognised
    (the only way for a data-model layer that is not a role, like ``perimetres``)."""
    layer_id = assigned_layer_id(project, role) if role in ROLES else ""
    if layer_id:
        layer = project.mapLayer(layer_id)
        if _is_vector(layer):
            return layer
    return recognised_layer(project, role)


def role_layers(project):
    """Every role that has a layer, in the order of ROLES: {role: QgsVectorLayer}."""
    layers = {role: role_layer(project, role) for role in ROLES}
    return {role: layer for role, layer in layers.items() if layer is not None}


def snap_tolerance(project):
    value, found = project.readDoubleEntry(SCOPE, SNAP_TOLERANCE_KEY, DEFAULT_SNAP_TOLERANCE_M)
    return value if found else DEFAULT_SNAP_TOLERANCE_M


def set_snap_tolerance(project, metres):
    project.writeEntryDouble(SCOPE, SNAP_TOLERANCE_KEY, float(metres))
