"""A map tool that picks a numbered node (points-nœuds) by clicking near it."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)
from qgis.gui import QgsMapTool, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal


class NodePickTool(QgsMapToolEmitPoint):
    """Emits ``nodePicked`` with the id of the node nearest to a click, within the canvas's
    search radius (a few pixels)."""

    nodePicked = pyqtSignal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, canvas, project):
        super().__init__(canvas)
        self.project = project
        self.layer = None

    def set_layer(self, layer):
        self.layer = layer

    def nearest_node(self, map_point):
        """The id of the node nearest to ``map_point`` (canvas CRS) within the search radius,
        or None."""
        if self.layer is None:
            return None
        radius = QgsMapTool.searchRadiusMU(self.canvas())
        transform = QgsCoordinateTransform(self.canvas().mapSettings().destinationCrs(),
                                           self.layer.crs(), self.project)
        point = transform.transform(QgsPointXY(map_point))
        box = transform.transformBoundingBox(QgsRectangle(
            map_point.x() - radius, map_point.y() - radius, map_point.x() + radius,
            map_point.y() + radius))
        clicked = QgsGeometry.fromPointXY(point)
        best, best_distance = None, None
        for feature in self.layer.getFeatures(QgsFeatureRequest(box).setNoAttributes()):
            distance = feature.geometry().distance(clicked)
            if best_distance is None or distance < best_distance:
                best, best_distance = feature.id(), distance
        return best

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        fid = self.nearest_node(event.mapPoint())
        if fid is not None:
            self.nodePicked.emit(fid)
