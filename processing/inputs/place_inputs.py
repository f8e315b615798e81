"""Points read for planstages, stationaccess and motorhomecoverage: their position, a name, and
the project database's own fields when the layer has them (category, accueil_velo, kind), so
that the etablissements, aires and gares layers work as they are."""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsProcessingException, QgsWkbTypes

from ..layers.geometry_io import features
from ..logic.inventory.data_model import is_true
from ..translate import tr

NAME_FIELDS = ("name", "nom", "Nom", "NAME")  # the data model's, then French open data's


@dataclass
class Places:
    """``xy`` (n, 2) in the working CRS, ``names``, ``labelled`` (the accueil_velo field, False
    without it), ``feature_ids``; ``read``: features read, ``skipped``: without a point,
    ``filtered``: left out by the category (or kind) filter."""

    xy: np.ndarray
    names: list
    labelled: np.ndarray
    feature_ids: list
    read: int = 0
    skipped: int = 0
    filtered: int = 0
    values: dict = field(default_factory=dict)


def no_places(extra_fields=()):
    """No points: what read_places gives for an empty layer (an optional input not given)."""
    return Places(np.zeros((0, 2)), [], np.zeros(0, dtype=bool), [],
                  values={name: [] for name in extra_fields})


def _plain(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def has_field(source, name):
    return source is not None and source.fields().indexFromName(name) >= 0


def read_places(source, crs, context, keep=None, extra_fields=()):
    """The points of ``source`` (multi-points: their first point; polygons: a point inside,
    QGIS's pole of inaccessibility). ``keep``: (field, accepted values) applied when the layer
    has that field. ``extra_fields``: fields whose values are kept in ``values`` ({field:
    values}; None for a field the layer does not have)."""
    kind = QgsWkbTypes.geometryType(source.wkbType())
    if kind not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
        raise QgsProcessingException(tr("{} is neither a point nor a polygon layer.")
                                     .format(source.sourceName()))
    name_field = next((f for f in NAME_FIELDS if has_field(source, f)), None)
    label_field = "accueil_velo" if has_field(source, "accueil_velo") else None
    filter_field, accepted = keep if keep and has_field(source, keep[0]) else (None, None)
    extra = [name for name in extra_fields if has_field(source, name)]
    places = Places(np.zeros((0, 2)), [], np.zeros(0, dtype=bool), [],
                    values={name: [] for name in extra_fields})
    xy, labels = [], []
    for feature in features(source, crs, context):
        places.read += 1
        if filter_field and _plain(feature[filter_field]) not in accepted:
            places.filtered += 1
            continue
        point = _point(feature.geometry(), kind)
        if point is None:
            places.skipped += 1
            continue
        xy.append(point)
        name = _plain(feature[name_field]) if name_field else None
        places.names.append(str(name) if name is not None else f"#{feature.id()}")
        labels.append(is_true(feature[label_field]) if label_field else False)
        places.feature_ids.append(feature.id())
        for name in extra_fields:
            places.values[name].append(_plain(feature[name]) if name in extra else None)
    places.xy = np.array(xy, dtype=float).reshape(-1, 2)
    places.labelled = np.array(labels, dtype=bool)
    return places


def _point(geometry, kind):
    """(x, y) of a point geometry, or of a point inside a polygon; None when empty."""
    if geometry.isNull() or geometry.isEmpty():
        return None
    if kind == QgsWkbTypes.PolygonGeometry:
        # the pole of inaccessibility: inside the polygon, far from its edges (1 m precision)
        geometry = geometry.poleOfInaccessibility(1.0)[0]
        if geometry.isNull() or geometry.isEmpty():
            return None
    point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
    if not (np.isfinite(point.x()) and np.isfinite(point.y())):
        return None
    return point.x(), point.y()


def feature_source(algorithm, parameters, name, context, required=True):
    """The feature source of the parameter ``name``; None when it is not required and not
    given, an error when it is given but cannot be read."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None and (required or parameters.get(name) not in (None, "")):
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    return source
