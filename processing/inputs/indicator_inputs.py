"""The inventory layers of itinerance:territoryindicators read into the pure logic's inputs
(``territory_indicators.Inventory``): this year's layers, or those of an earlier project
database, the same way."""

from dataclasses import dataclass, field
from typing import NamedTuple, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from shapely import wkb as shapely_wkb
from shapely.geometry import Polygon

from ..layers.geometry_io import features, read_lines, read_points
from ..layers.profile_io import open_dem_file
from ..logic.inventory import data_model
from ..logic.network import route_service
from ..logic.relief.profile import auto_step
from ..logic.reports import territory_figures as ti
from .modes import MODE_FIELD, for_mode, mode_label

# each input of the algorithm and the data-model layer that plays it in a project database
MODEL_LAYERS = {"NETWORK": "troncons", "AIRES": "aires", "ESTABLISHMENTS": "etablissements",
                "ITINERARIES": "itineraires", "TRAME": "trame", "POLES": "poles",
                "ASCENSIONS": "ascensions"}
# attributes read when the layer has them (the data model's), with their known codes
NETWORK_BREAKDOWNS = {"network": (), "surface": data_model.SURFACES.codes}


@dataclass
class Sources:
    """The layers to read (QgsProcessingFeatureSource, None when not given) and their options."""

    network: Optional[object] = None
    aires: Optional[object] = None
    establishments: Optional[object] = None
    itineraries: Optional[object] = None
    trame: Optional[object] = None
    poles: Optional[object] = None
    ascensions: Optional[object] = None
    category_field: str = ""
    label_field: str = ""
    dem_path: str = ""
    dem_band: int = 1
    mode: Optional[str] = None  # the mode of the network and itineraries (None: every feature)
    layers: list = field(default_factory=list)  # layers opened here, kept alive while read


def database_sources(path, given, context):
    """Sources from the project database at ``path`` for each input given now (``given``, a
    Sources), by the data model's layer names; returns (Sources, names of the layers missing
    there)."""
    found, missing = Sources(category_field=given.category_field,
                             label_field=given.label_field, dem_path=given.dem_path,
                             dem_band=given.dem_band, mode=given.mode), []
    for parameter, layer_name in MODEL_LAYERS.items():
        attribute = parameter.lower()
        if getattr(given, attribute) is None:
            continue
        layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
        if layer.isValid():
            found.layers.append(layer)
            setattr(found, attribute, QgsProcessingFeatureSource(layer, context))
        else:
            missing.append(layer_name)
    return found, missing


def is_project_database(path):
    """Whether ``path`` holds any inventory layer of the data model."""
    return "|" not in path and any(
        QgsVectorLayer(f"{path}|layername={name}", name, "ogr").isValid()
        for name in MODEL_LAYERS.values())


def field_values(source, feature_ids, names):
    """{name: [value per id of ``feature_ids``]} for the fields of ``names`` that ``source``
    has (read without geometry)."""
    names = [name for name in names if name and source.fields().indexFromName(name) >= 0]
    if not names:
        return {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(names, source.fields())
    by_id = {feature.id(): [feature[name] for name in names]
             for feature in source.getFeatures(request)}
    return {name: [_plain(by_id[fid][k]) for fid in feature_ids] for k, name in enumerate(names)}


def _plain(value):
    """QGIS NULL as None."""
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


class InventoryReader:
    """Reads Sources in the working CRS; skipped features are logged through ``algorithm``
    (its report_skipped) and counted in ``skipped``."""

    def __init__(self, algorithm, crs, context, feedback, settings):
        self.algorithm, self.crs, self.context, self.feedback = algorithm, crs, context, feedback
        self.settings = settings
        self.skipped = 0

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("InventoryReader", text)

    def read(self, sources):
        inventory = ti.Inventory(settings=self.settings)
        if sources.network is not None:
            inventory.network, inventory.modes = self.network(sources.network, sources.mode)
        if sources.aires is not None:
            points = self.points(sources.aires, self.tr("aires"))
            kinds = field_values(sources.aires, points.feature_ids, ["kind"]).get("kind")
            inventory.aires = ti.PointsInput(points.xy, kinds, data_model.AIRE_KINDS.codes)
        if sources.establishments is not None:
            inventory.establishments = self.establishments(sources)
        if sources.itineraries is not None:
            lines = self.lines(for_mode(sources.itineraries, sources.mode, self.feedback),
                               self.tr("itineraries"))
            inventory.routes = ti.RoutesInput(lines.parts, inventory.establishments,
                                              self.settings.access_distance)
        if sources.trame is not None:
            lines = self.lines(sources.trame, self.tr("trame"))
            inventory.trame = ti.TrameInput(lines.parts, self.settings.trame_snap_tolerance)
        if sources.poles is not None:
            inventory.poles = self.poles(sources.poles, inventory.trame)
        if sources.ascensions is not None and sources.dem_path:
            inventory.climbs = self.climbs(sources)
        return inventory

    def network(self, source, mode):
        """The network of ``mode`` (NetworkInput) and the networks of every mode (ModesInput,
        None without a mode field): the sections are read once, all modes together."""
        lines = self.lines(source, self.tr("network"))
        modes = field_values(source, lines.feature_ids, [MODE_FIELD]).get(MODE_FIELD)
        keep = list(range(len(lines.parts)))
        if modes is None:
            self.feedback.pushInfo(self.tr(
                "The network has no mode field: all its sections are taken."))
        elif mode:
            keep = [i for i, value in enumerate(modes) if value == mode]
            if not keep:
                self.feedback.pushInfo(self.tr(
                    "The network has no section of the mode {}: its figures are zeros.")
                    .format(mode_label(mode)))
        values = field_values(source, lines.feature_ids, NETWORK_BREAKDOWNS)
        network = ti.NetworkInput([lines.parts[i] for i in keep], self.settings.snap_tolerance,
                                  {name: [column[i] for i in keep]
                                   for name, column in values.items()}, NETWORK_BREAKDOWNS)
        every_mode = None if modes is None else ti.ModesInput(
            lines.parts, modes, data_model.MODES.codes, self.settings.snap_tolerance)
        return network, every_mode

    def lines(self, source, label):
        lines = read_lines(source, self.crs, self.context)
        self.skipped += self.algorithm.report_skipped(self.feedback, label, lines)
        return lines

    def points(self, source, label):
        points = read_points(source, self.crs, self.context)
        self.skipped += self.algorithm.report_skipped(self.feedback, label, points)
        return points

    def establishments(self, sources):
        source = sources.establishments
        points = self.points(source, self.tr("establishments"))
        values = field_values(source, points.feature_ids,
                              [sources.category_field, sources.label_field])
        labelled = route_service.labelled_flags(values.get(sources.label_field), len(points.xy))
        return ti.EstablishmentsInput(points.xy, labelled, values.get(sources.category_field),
                                      data_model.CATEGORIES.codes)

    def poles(self, source, trame):
        points, shapes = [], []
        for feature in features(source, self.crs, self.context, []):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                self.skipped += 1
                self.feedback.reportError(self.tr("Hub {} has no geometry: left out.")
                                          .format(feature.id()))
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            shape = shapely_wkb.loads(bytes(geometry.asWkb()))
            point = shape.representative_point() if shape.geom_type != "Point" else shape
            points.append((point.x, point.y))
            shapes.append(shape)
        return ti.PolesInput(points, shapes, trame, self.settings.hub_access_distance)

    def climbs(self, sources):
        lines = self.lines(sources.ascensions, self.tr("ascensions"))
        with open_dem_file(sources.dem_path, sources.dem_band) as dem:
            work_wkt = self.crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
            climbs, outside = ti.ClimbsInput.detect(
                lines.parts, lambda points: dem.sample_from(points, work_wkt),
                auto_step(dem.approx_cell_size_m))
        if outside:
            self.skipped += outside
            self.feedback.reportError(self.tr(
                "ascensions: {} line(s) lie outside the DEM (or on no data): no climb found "
                "there.").format(outside))
        return climbs


class Perimeters(NamedTuple):
    """The perimeters, in the layer's order: names, official codes (None without), shapely
    geometries in the working CRS and the feature geometries (QgsGeometry)."""

    names: list
    codes: list
    shapes: list
    geometries: list


def perimeter_shapes(source, crs, context, name_field, code_field, feedback):
    """The perimeters (:class:`Perimeters`) in ``crs``. A
    perimeter without a geometry keeps its row (an empty geometry: zeros); an invalid one is
    repaired."""
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise QgsProcessingException(QCoreApplication.translate(
            "InventoryReader", "{} is not a layer of polygons; choose the perimeters' polygons "
            "(e.g. the perimetres layer).").format(source.sourceName()))
    names, codes, shapes, geometries = [], [], [], []
    for feature in features(source, crs, context, [name_field, code_field]):
        name = _plain(feature[name_field]) if name_field else None
        names.append(str(name) if name is not None else str(feature.id()))
        code = _plain(feature[code_field]) if code_field else None
        codes.append(str(code) if code is not None else None)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            feedback.reportError(QCoreApplication.translate(
                "InventoryReader", "Perimeter {} has no geometry: its figures are zeros.")
                .format(names[-1]))
            shapes.append(Polygon())
            geometries.append(geometry)
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        shapes.append(shapely_wkb.loads(bytes(geometry.asWkb())))
        geometries.append(geometry)
    if not names:
        raise QgsProcessingException(QCoreApplication.translate(
            "InventoryReader", "The perimeter layer has no features: give at least one polygon "
            "(an EPCI, a commune)."))
    return Perimeters(names, codes, shapes, geometries)


def numeric(value):
    """A field value as a float, or None."""
    value = _plain(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None
