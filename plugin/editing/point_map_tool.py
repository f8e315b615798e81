"""A map tool that picks a point for a new or moved feature, snapped onto the network.

Aires, nodes and establishments belong on the cycling network: a click within the tolerance of a
network line lands exactly on the line (the nearest point of the nearest segment), a click
farther away stays where it is. A marker shows where the point will go before the click.
"""

from qgis.core import QgsPointLocator, QgsPointXY, QgsProject
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

METRES_PER_DEGREE = 111_320.0  # of latitude: turns the tolerance into degrees for lon/lat layers


class NetworkSnapper:
    """Nearest point on the network lines, through QGIS's snapping index.

    QgsPointLocator indexes the network in the target layer's CRS and follows the network's own
    edits, so a section added a minute ago snaps too.
    """

    def __init__(self, network_layer, crs, transform_context):
        self.network_layer = network_layer
        self.locator = QgsPointLocator(network_layer, crs, transform_context)
        self.geographic = crs.isGeographic()

    def snap(self, point, tolerance_m):
        """(point on the network, True) within ``tolerance_m`` metres, else (point, False)."""
        tolerance = tolerance_m / METRES_PER_DEGREE if self.geographic else tolerance_m
        match = self.locator.nearestEdge(point, tolerance)
        if match.isValid():
            return QgsPointXY(match.point()), True
        return QgsPointXY(point), False


class PointMapTool(QgsMapToolEmitPoint):
    # the point in the target layer's CRS, and whether it was snapped onto the network
    pointPicked = pyqtSignal(QgsPointXY, bool)  # noqa: N815 - Qt signal naming

    def __init__(self, canvas):
        super().__init__(canvas)
        self.layer = None
        self.snapper = None
        self.tolerance_m = 0.0
        self.marker = None

    def configure(self, layer, network_layer=None, tolerance_m=0.0, transform_context=None):
        """Points go to ``layer``; snapped onto ``network_layer`` (if any) within tolerance_m."""
        self.layer = layer
        self.tolerance_m = tolerance_m
        self.snapper = None
        if layer is not None and network_layer is not None and tolerance_m > 0:
            context = transform_context or QgsProject.instance().transformContext()
            self.snapper = NetworkSnapper(network_layer, layer.crs(), context)

    def pick(self, map_point):
        """The point a click at ``map_point`` (canvas CRS) gives, in the layer's CRS."""
        point = self.toLayerCoordinates(self.layer, QgsPointXY(map_point))
        if self.snapper is None:
            return point, False
        return self.snapper.snap(point, self.tolerance_m)

    def canvasMoveEvent(self, event):  # noqa: N802 - QGIS API
        if self.layer is None:
            return
        point, snapped = self.pick(event.mapPoint())
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas())
            self.marker.setPenWidth(2)
            self.marker.setIconSize(12)
        self.marker.setIconType(QgsVertexMarker.ICON_BOX if snapped
                                else QgsVertexMarker.ICON_CROSS)
        self.marker.setColor(QColor("#d7191c") if snapped else QColor("#2b83ba"))
        self.marker.setCenter(self.toMapCoordinates(self.layer, point))

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API
        if self.layer is None or event.button() != Qt.MouseButton.LeftButton:
            return
        point, snapped = self.pick(event.mapPoint())
        self.pointPicked.emit(point, snapped)

    def deactivate(self):
        self._remove_marker()
        super().deactivate()

    def _remove_marker(self):
        if self.marker is not None:
            self.canvas().scene().removeItem(self.marker)
            self.marker = None
