"""Bring features and findings into view on the map canvas."""

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsFeatureRequest, QgsRectangle

# A point is shown at this scale (1:10,000: a village and its roads), or closer if already closer.
POINT_SCALE = 10000.0
MARGIN = 0.15  # share of a feature's size added around it


def _to_canvas(canvas, crs):
    return QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(),
                                  canvas.mapSettings().transformContext())


def zoom_to_point(canvas, point, crs):
    """Centre the canvas on ``point`` (in ``crs``), zooming in to POINT_SCALE if farther out."""
    try:
        centre = _to_canvas(canvas, crs).transform(point)
    except QgsCsException:
        return False
    canvas.setCenter(centre)
    if canvas.scale() > POINT_SCALE:
        canvas.zoomScale(POINT_SCALE)
    canvas.refresh()
    return True


def zoom_to_features(canvas, layer, fids):
    """Show the features ``fids`` of ``layer``; returns False when none has a geometry."""
    request = QgsFeatureRequest().setFilterFids(list(fids)).setNoAttributes()
    boxes = [feature.geometry().boundingBox() for feature in layer.getFeatures(request)
             if feature.hasGeometry() and not feature.geometry().isEmpty()]
    if not boxes:
        return False
    extent = QgsRectangle(boxes[0])
    for box in boxes[1:]:
        extent.combineExtentWith(box)
    if extent.width() == 0 and extent.height() == 0:
        return zoom_to_point(canvas, extent.center(), layer.crs())
    try:
        extent = _to_canvas(canvas, layer.crs()).transformBoundingBox(extent)
    except QgsCsException:
        return False
    extent.grow(MARGIN * max(extent.width(), extent.height()))
    canvas.setExtent(extent)
    canvas.refresh()
    return True
