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

from ...processing.inputs.modes import mode_request


class NodePickTool(QgsMapToolEmitPoint):
    """Emits ``nodePicked`` with the id of the node nearest to a click, within the canvas's
    search radius (a few pixels)."""

    nodePicked = pyqtSignal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, canvas, project):
        super().__init__(canvas)
        self.project = project
        self.layer = None
        self.mode = None

    def set_layer(self, layer):
        self.layer = layer

    def set_mode(self, mode):
        """Pick only the nodes of ``mode`` (when the layer has a mode field)."""
        self.mode = mode

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
        request = mode_request(self.layer.fields(), self.mode,
                               QgsFeatureRequest(box).setNoAttributes())
        for feature in self.layer.getFeatures(request):
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
