"""What a user does with the Inventory dock and the map, as GUI tests drive it."""

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
