"""What a user does with the Inventory dock and the map, as GUI tests drive it."""

from contextlib import contextmanager

from qgis.gui import QgsEditorWidgetWrapper
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtWidgets import QWidget


def form_widget(dock, field_name):
    for widget in dock.form_panel.form.findChildren(QWidget):
        wrapper = QgsEditorWidgetWrapper.fromWidget(widget)
        if wrapper is not None and wrapper.field().name() == field_name:
            return widget
    raise AssertionError(f"no form widget for {field_name}")


def type_in_form(qtbot, dock, field_name, text):
    widget = form_widget(dock, field_name)
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.mouseClick(dock.form_panel.applyButton, Qt.LeftButton)


def click_map(qtbot, canvas, map_point):
    """Click the canvas where ``map_point`` is; returns the map point of the pixel clicked."""
    transform = canvas.getCoordinateTransform()
    pixel = transform.transform(map_point)
    pos = QPoint(round(pixel.x()), round(pixel.y()))
    qtbot.mouseClick(canvas.viewport(), Qt.LeftButton, pos=pos)
    return transform.toMapCoordinates(pos)


@contextmanager
def dock_window(qtbot, project, crs, layers, extent=None):
    """The Inventory dock on ``project`` in a main window whose canvas, in ``crs``, draws
    ``layers`` (zoomed to ``extent`` when given); on leaving, the dock is cleaned up, the edits
    rolled back and the project cleared."""
    from fake_iface import FakeIface

    from itinerance.plugin.dock.inventory_dock import InventoryDock

    iface = FakeIface()
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(crs)
    canvas.setLayers(list(layers))
    widget = InventoryDock(iface, project)
    iface.addDockWidget(Qt.RightDockWidgetArea, widget)
    iface.window.resize(1400, 900)
    iface.window.show()
    qtbot.addWidget(iface.window)
    if extent is not None:
        canvas.setExtent(extent)
        canvas.refresh()
        canvas.waitWhileRendering()
    try:
        yield widget
    finally:
        widget.cleanup()
        canvas.waitWhileRendering()  # no drawing of the test's layers once the project clears
        canvas.setLayers([])
        for layer in project.mapLayers().values():
            if layer.isEditable():
                layer.rollBack()
        project.clear()
