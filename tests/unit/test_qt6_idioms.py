"""No Qt 5-only idiom in the shipped plugin (plugin/, processing/, __init__.py, the forms): what
the QGIS wiki page "Plugin migration to be compatible with Qt5 and Qt6" lists, each with the
Qt 6 form that works on Qt 5.15 too. The checks live in tests/qt_idioms.py; here each is shown
failing on a planted violation, then run on the tree. Enum scoping is resolved against the
running PyQt (PyQt5 here; `make test-qt6` resolves the same chains against PyQt6)."""

import importlib

import pytest
from qt_idioms import (
    idiom_findings,
    qt_chains,
    shipped_files,
    tree_chains,
    tree_findings,
    ui_findings,
    unresolved_findings,
    unscoped_enum_findings,
)

QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtXml", "QtSvg", "uic", "sip")


@pytest.fixture(scope="module")
def pyqt():
    """The running QGIS's qgis.PyQt modules (PyQt5 on QGIS 3)."""
    return {name: importlib.import_module(f"qgis.PyQt.{name}") for name in QT_MODULES}


def found(source):
    return [(f.line, f.found, f.qt6_form) for f in idiom_findings(source, "planted.py")]


def unscoped(source, pyqt):
    return [(f.line, f.found, f.qt6_form)
            for f in unscoped_enum_findings(qt_chains(source, "planted.py"), pyqt)]


# --- each check fails on its planted violation -------------------------------------------------

PLANTED = {
    "exec_()": ("box.exec_()\n", "exec()"),
    "def exec_": ("class D:\n    def exec_(self):\n        pass\n", "def exec"),
    "QAction from QtWidgets": ("from qgis.PyQt.QtWidgets import QAction, QWidget\n",
                               "from qgis.PyQt.QtGui import QAction"),
    "QShortcut from QtWidgets": ("from qgis.PyQt.QtWidgets import QShortcut\n",
                                 "from qgis.PyQt.QtGui import QShortcut"),
    "QRegExp": ("from qgis.PyQt.QtCore import QRegExp\nr = QRegExp('a+')\n",
                "QRegularExpression"),
    "QDesktopWidget": ("w = QDesktopWidget()\n", "primaryScreen"),
    "desktop()": ("size = QApplication.desktop().screenGeometry()\n", "primaryScreen"),
    "MidButton": ("if e.button() == Qt.MidButton:\n    pass\n", "Qt.MouseButton.MiddleButton"),
    "scoped MidButton": ("b = Qt.MouseButton.MidButton\n", "Qt.MouseButton.MiddleButton"),
    "QFontMetrics.width": ("w = self.fontMetrics().width('x')\n", "horizontalAdvance()"),
    "QFontMetrics(f).width": ("w = QFontMetrics(font).width('x')\n", "horizontalAdvance()"),
    "mouse event pos()": ("class T:\n    def canvasPressEvent(self, e):\n"
                          "        return e.pos()\n", "pixelPoint()"),
    "globalPos()": ("class T:\n    def mouseMoveEvent(self, event):\n"
                    "        return event.globalPos()\n", "globalPosition().toPoint()"),
    "wheel delta()": ("class T:\n    def wheelEvent(self, event):\n"
                      "        return event.delta()\n", "angleDelta().y()"),
    "pyrcc5 resources": ("from . import resources_rc\n", "no pyrcc5"),
    "PyQt5 import": ("from PyQt5.QtCore import Qt\n", "qgis.PyQt"),
    "sip import": ("import sip\n", "qgis.PyQt.sip"),
    "qgis.PyQt.Qt": ("from qgis.PyQt.Qt import Qt\n", "from qgis.PyQt.QtCore import Qt"),
    "QVariant.String": ("f = QgsField('name', QVariant.String)\n", "QMetaType.Type.QString"),
    "QVariant.Type": ("t = QVariant.Type.Int\n", "QMetaType.Type"),
    "QVariant()": ("v = QVariant()\n", "NULL"),
    "qApp": ("qApp.processEvents()\n", "QApplication.instance()"),
    "signal overload": ("combo.activated[str].connect(f)\n", "without an index"),
    "old-style signal": ("self.connect(b, SIGNAL('clicked()'), f)\n", "new-style"),
    "pyqtSignal in __init__": ("class P(QObject):\n    def __init__(self):\n"
                               "        self.changed = pyqtSignal()\n",
                               "a class attribute of a QObject subclass"),
}


@pytest.mark.parametrize("case", PLANTED, ids=list(PLANTED))
def test_each_idiom_is_caught_with_its_qt6_form(case):
    source, qt6_form = PLANTED[case]
    findings = idiom_findings(source, "planted.py")
    assert findings, f"{case} not caught"
    assert any(qt6_form in f.qt6_form for f in findings), [str(f) for f in findings]
    # the message names file:line and the Qt 6 form
    assert str(findings[0]).startswith(f"planted.py:{findings[0].line}: ")
    assert " -> " in str(findings[0])


def test_unscoped_enums_are_caught_through_the_running_pyqt(pyqt):
    source = ("from qgis.PyQt.QtCore import Qt, QEvent, QVariant\n"
              "from qgis.PyQt.QtGui import QFont\n"
              "from qgis.PyQt.QtWidgets import QDialog, QMessageBox, QSizePolicy\n"
              "from qgis.PyQt import QtCore\n"
              "a = Qt.AlignLeft | Qt.AlignTop\n"
              "if box.exec() == QDialog.Accepted and answer == QMessageBox.Yes:\n"
              "    policy = QSizePolicy.Expanding\n"
              "weight = QFont.Bold\n"
              "if event.type() == QEvent.KeyPress:\n"
              "    role = QtCore.Qt.UserRole + 1\n"
              "kind = QVariant.String\n")
    assert unscoped(source, pyqt) == [
        (5, "Qt.AlignLeft", "Qt.AlignmentFlag.AlignLeft"),
        (5, "Qt.AlignTop", "Qt.AlignmentFlag.AlignTop"),
        (6, "QDialog.Accepted", "QDialog.DialogCode.Accepted"),
        (6, "QMessageBox.Yes", "QMessageBox.StandardButton.Yes"),
        (7, "QSizePolicy.Expanding", "QSizePolicy.Policy.Expanding"),
        (8, "QFont.Bold", "QFont.Weight.Bold"),
        (9, "QEvent.KeyPress", "QEvent.Type.KeyPress"),
        (10, "Qt.UserRole", "Qt.ItemDataRole.UserRole"),  # names inside QtCore
        (11, "QVariant.String", "QMetaType.Type.QString"),
    ]


def test_the_qt6_forms_pass(pyqt):
    """Precise, not noisy: scoped enums, exec(), QAction from QtGui with a QGIS 3.22 fallback,
    Qt 5 code under a QGIS 3 version branch, names that only look alike."""
    source = (
        "from qgis.core import Qgis\n"
        "from qgis.PyQt.QtCore import Qt, QMetaType, QVariant\n"
        "from qgis.PyQt.QtWidgets import QDialog, QMessageBox\n"
        "try:\n    from qgis.PyQt.QtGui import QAction\n"
        "except ImportError:\n    from qgis.PyQt.QtWidgets import QAction\n"
        "a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
        "if dialog.exec() == QDialog.DialogCode.Accepted:\n"
        "    b = QMessageBox.StandardButton.Yes\n"
        "if Qgis.QGIS_VERSION_INT >= 33800:\n    t = QMetaType.Type.QString\n"
        "else:\n    t = QVariant.String\n"
        "if Qgis.QGIS_VERSION_INT < 34000:\n    u = QVariant.Int\n"
        "spec.loader.exec_module(m)\nwidth = extent.width()\nx = point.x()\n"
        "isinstance(value, QVariant) and value.isNull()\n"
        "class T:\n    def canvasReleaseEvent(self, e):\n        return e.pixelPoint()\n")
    assert found(source) == []
    assert unscoped(source, pyqt) == []
    chains = qt_chains(source, "planted.py")
    assert unresolved_findings(chains, pyqt, "PyQt5", qt6=False) == []


def test_qgis4_code_is_not_exempt(pyqt):
    """Only a branch that no QGIS 4 runs is left to Qt 5."""
    source = ("from qgis.PyQt.QtCore import Qt, QVariant\n"
              "if Qgis.QGIS_VERSION_INT >= 40000:\n    a = QVariant.String\n"
              "if Qgis.QGIS_VERSION_INT < 50000:\n    b = QVariant.Int\n"
              "if 33800 > Qgis.QGIS_VERSION_INT:\n    c = QVariant.Bool\n"
              "else:\n    d = Qt.UserRole\n"
              "if Qgis.QGIS_VERSION_INT < 50000:\n    pass\n"
              "else:\n    e = QVariant.Date\n")
    assert [line for line, *_ in found(source)] == [3, 5, 13]
    assert [f[:2] for f in unscoped(source, pyqt)] == [
        (3, "QVariant.String"), (5, "QVariant.Int"), (9, "Qt.UserRole"), (13, "QVariant.Date")]


def test_a_missing_name_is_reported(pyqt):
    chains = qt_chains("from qgis.PyQt.QtWidgets import QWidget, QNoSuchWidget\n"
                       "x = QWidget.NoSuchEnum.Member\n", "planted.py")
    assert [str(f) for f in unresolved_findings(chains, pyqt, "PyQt5", qt6=False)] == [
        "planted.py:1: QtWidgets.QNoSuchWidget -> no QNoSuchWidget in PyQt5.QtWidgets",
        "planted.py:2: QtWidgets.QWidget.NoSuchEnum.Member -> no NoSuchEnum in PyQt5.QtWidgets"]


def test_the_form_check_catches_qt5_only_classes_and_resources():
    form = ('<ui version="4.0">\n <widget class="QDesktopWidget" name="w">\n'
            '  <property name="orientation"><enum>Qt::Horizontal</enum></property>\n'
            '  <property name="button"><enum>Qt::MidButton</enum></property>\n'
            '  <layout class="QVBoxLayout" name="l">\n   <item>\n    <spacer name="s">\n'
            '     <property name="orientation"><enum>Qt::Vertical</enum></property>\n'
            '    </spacer>\n   </item>\n   <item>\n    <spacer name="ok">\n'
            '     <property name="sizeHint" stdset="0"><size><width>20</width>'
            '<height>40</height></size></property>\n    </spacer>\n   </item>\n  </layout>\n'
            ' </widget>\n <resources>\n  <include location="icons.qrc"/>\n </resources>\n</ui>\n')
    assert [(f.line, f.found) for f in ui_findings(form, "planted.ui")] == [
        (7, "a spacer without sizeHint"), (2, "QDesktopWidget"), (4, "Qt::MidButton"),
        (19, "a .qrc resource (pyrcc5)")]


# --- the tree ----------------------------------------------------------------------------------

def test_the_scan_covers_the_shipped_files():
    from qt_idioms import ROOT

    files = {path.relative_to(ROOT).as_posix() for path in shipped_files()}
    assert {"__init__.py", "plugin/itinerance_plugin.py", "processing/provider.py",
            "processing/layers/sinks.py", "resources/forms/inventory_dock.ui"} <= files
    assert len([f for f in files if f.endswith(".ui")]) == len(
        list((ROOT / "resources" / "forms").glob("*.ui")))
    assert not [f for f in files if f.startswith(("tests/", "build/", ".venv/"))]
    assert len(tree_chains()) > 150  # the plugin's Qt names, all of them


def test_no_qt5_only_idiom_in_the_plugin():
    offenders = [str(f) for f in tree_findings()]
    assert not offenders, "Qt 5-only idioms (found -> Qt 6 form):\n" + "\n".join(offenders)


def test_no_unscoped_qt_enum_in_the_plugin(pyqt):
    offenders = [str(f) for f in unscoped_enum_findings(tree_chains(), pyqt)]
    assert not offenders, "unscoped enums, which PyQt6 refuses:\n" + "\n".join(offenders)


def test_every_qt_name_of_the_plugin_resolves_in_the_running_pyqt(pyqt):
    offenders = [str(f) for f in unresolved_findings(tree_chains(), pyqt, "PyQt5", qt6=False)]
    assert not offenders, "\n".join(offenders)
