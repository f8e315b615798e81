"""`make test-qt6`: the plugin's Qt code against PyQt6, the binding of QGIS 4 (Qt 6).

No QGIS 4 is reachable from here, but Debian forky has PyQt6 (and its uic). Run in the forky
root (tests/platforms/debian_root.sh), with PyQt6 only (QGIS 3.44's qgis package, on PyQt5, is
never imported), it checks:

1. every name the plugin imports from ``qgis.PyQt.<Module>`` exists in ``PyQt6.<Module>``
   (QGIS 4's ``qgis.PyQt`` is PyQt6; QAction is in QtGui there);
2. every attribute chain the code takes on a Qt name (``Qt.ItemDataRole.UserRole``,
   ``QMessageBox.StandardButton.Yes``, ``QMetaType.Type.QString``) resolves with ``getattr``,
   and reaches no enum member unscoped;
3. every ``resources/forms/*.ui`` loads with ``PyQt6.uic.loadUi`` into a real widget under
   ``QT_QPA_PLATFORM=offscreen``, every named widget is there, and every enum and flag set in
   the form has the value the form gives; the forms' QGIS widgets (QgsFileWidget,
   QgsMapLayerComboBox...) are replaced by the Qt class they extend, for this check only;
4. the plugin's pure-Qt modules (those that need no qgis.core/qgis.gui: the texts, help pages
   and number formats) import and run under a ``qgis.PyQt`` made of PyQt6, as QGIS 4's is. The
   plugin has no widget that works without qgis.gui, so none is instantiated alone.

Code that only QGIS 3 runs (below ``Qgis.QGIS_VERSION_INT`` 40000, ``except ImportError``
fallbacks) is left out of 1 and 2. ``--names-only`` runs 1 and 2 against the ``qgis.PyQt``
of the running QGIS instead (PyQt5 on the host): the same names guard both.
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import qt_idioms  # noqa: E402

ROOT = qt_idioms.ROOT
QT6 = "PyQt6"  # the binding, imported by name: Qt is otherwise imported only via qgis.PyQt
_KEPT = []  # the QApplication, alive for the whole check
PURE_QT_MODULES = ("processing.translate", "processing.help.pages", "processing.help.texts")


def binding_modules(package: str, chains: list[qt_idioms.QtChain]) -> dict[str, object]:
    """Every Qt module the chains use, imported from ``package`` (PyQt6, or qgis.PyQt)."""
    return {name: importlib.import_module(f"{package}.{name}")
            for name in sorted({chain.module for chain in chains})}


def check_names(package: str, binding: str) -> list[str]:
    chains = qt_idioms.tree_chains()
    modules = binding_modules(package, chains)
    qt6 = binding == "PyQt6"
    problems = qt_idioms.unresolved_findings(chains, modules, binding, qt6)
    problems += qt_idioms.unscoped_enum_findings(chains, modules)
    imported = sum(c.imported for c in chains)
    print(f"{binding}: {imported} imported names and {len(chains) - imported} attribute chains "
          f"of {len({c.path for c in chains})} files resolved "
          f"({sum(c.qgis3_only for c in chains)} QGIS 3-only left to Qt 5)")
    return [str(problem) for problem in problems]


# --- 3. the forms --------------------------------------------------------------------------------

def qt_only_form(text: str) -> tuple[str, dict[str, str]]:
    """The .ui with each custom (QGIS) widget class replaced by the Qt class it extends."""
    tree = ET.fromstring(text)
    custom = {w.findtext("class"): w.findtext("extends")
              for w in tree.iter("customwidget")}
    for widget in tree.iter("widget"):
        if widget.get("class") in custom:
            widget.set("class", custom[widget.get("class")])
    for section in tree.findall("customwidgets"):
        tree.remove(section)
    return ET.tostring(tree, encoding="unicode"), custom


def enum_value(cpp_names: str, qt_core, qt_widgets) -> int:
    """The int value of ``Qt::Horizontal`` or ``QDialogButtonBox::Ok|QDialogButtonBox::Close``,
    looked up in PyQt6's scoped enums."""
    value = 0
    for cpp in cpp_names.split("|"):
        *scope_names, member = cpp.strip().split("::")
        scope = qt_core.Qt if scope_names[0] == "Qt" else getattr(qt_widgets, scope_names[0])
        for name in scope_names[1:]:
            scope = getattr(scope, name)
        value |= as_int(find_member(scope, member))
    return value


def find_member(scope, member):
    if hasattr(scope, "__members__") and member in scope.__members__:
        return scope[member]
    for attribute in vars(scope).values():
        if isinstance(attribute, type) and member in getattr(attribute, "__members__", {}):
            return attribute[member]
    raise AttributeError(f"no enum of {scope.__name__} has {member}")


def as_int(value) -> int:
    return int(getattr(value, "value", value))


def check_form(path: Path, uic, qt_core, qt_widgets) -> list[str]:
    text, custom = qt_only_form(path.read_text(encoding="utf-8"))
    form = uic.loadUi(io.StringIO(text))
    problems = []
    for element in ET.fromstring(text).iter("widget"):
        name = element.get("name")
        widget = form if name == form.objectName() else \
            form.findChild(qt_core.QObject, name)
        if widget is None:
            problems.append(f"{path.name}: no {element.get('class')} {name!r} after loadUi")
            continue
        for prop in element.findall("property"):
            for kind in ("enum", "set"):
                cpp = prop.findtext(kind)
                if cpp is None or prop.get("name") == "orientation" and \
                        element.get("class") == "Line":
                    continue
                got = as_int(widget.property(prop.get("name")))
                want = enum_value(cpp, qt_core, qt_widgets)
                if got != want:
                    problems.append(f"{path.name}: {name}.{prop.get('name')} is {got}, the form "
                                    f"says {cpp} ({want})")
    replaced = ", ".join(f"{k} as {v}" for k, v in custom.items()) or "none"
    print(f"  {path.name}: {type(form).__name__} {form.objectName()!r}, "
          f"{len(form.findChildren(qt_core.QObject))} children; QGIS widgets: {replaced}")
    form.deleteLater()
    return problems


def check_forms(binding: str) -> list[str]:
    QtCore, QtWidgets, uic = (importlib.import_module(f"{binding}.{name}")  # noqa: N806
                              for name in ("QtCore", "QtWidgets", "uic"))
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["qt6_check"])
    _KEPT.append(app)  # for the translations after this: QCoreApplication.translate needs it
    print(f"{binding}.uic.loadUi (PyQt {QtCore.PYQT_VERSION_STR}, Qt {QtCore.QT_VERSION_STR}, "
          f"platform {app.platformName()}):")
    problems = []
    for path in sorted((ROOT / "resources" / "forms").glob("*.ui")):
        try:
            problems += check_form(path, uic, QtCore, QtWidgets)
        except Exception as error:  # noqa: BLE001 - any failure to load is the finding
            problems.append(f"{path.name}: loadUi failed: {type(error).__name__}: {error}")
    return problems


# --- 4. the pure-Qt modules -----------------------------------------------------------------------

def install_qgis_pyqt(binding: str) -> None:
    """A ``qgis.PyQt`` made of ``binding`` (PyQt6), as QGIS 4's is (copies, so the binding
    itself is untouched; QtWidgets also gives QAction and QShortcut, as QGIS 4's does)."""
    qgis = types.ModuleType("qgis")
    qgis.__path__ = []
    pyqt = types.ModuleType("qgis.PyQt")
    pyqt.__path__ = []
    sys.modules.update({"qgis": qgis, "qgis.PyQt": pyqt})
    qgis.PyQt = pyqt
    for name in ("QtCore", "QtGui", "QtWidgets", "QtXml", "QtSvg", "uic", "sip"):
        shim = types.ModuleType(f"qgis.PyQt.{name}")
        real = importlib.import_module(f"{binding}.{name}")
        shim.__dict__.update((k, v) for k, v in vars(real).items() if not k.startswith("__"))
        sys.modules[f"qgis.PyQt.{name}"] = shim
        setattr(pyqt, name, shim)
    pyqt.QtWidgets.QAction = pyqt.QtGui.QAction
    pyqt.QtWidgets.QShortcut = pyqt.QtGui.QShortcut


def check_pure_qt_modules(binding: str) -> list[str]:
    """The texts, number formats and help pages, in English, then in French with the compiled
    translation (i18n/itinerance_fr.qm) loaded by the binding's QTranslator."""
    install_qgis_pyqt(binding)
    qt_core = sys.modules["qgis.PyQt.QtCore"]
    try:
        translate, pages, texts = (importlib.import_module(f"itinerance.{name}")
                                   for name in PURE_QT_MODULES)
        english = (translate.format_number(12345.678, 1), pages.help_url("algorithms/airesgap.md"),
                   texts.help_text("airesgap", "AiresGap"))
        translator = qt_core.QTranslator()
        loaded = translator.load(str(ROOT / "i18n" / "itinerance_fr.qm"))
        qt_core.QCoreApplication.installTranslator(translator)
        french = (translate.format_number(12345.678, 1),
                  texts.help_text("airesgap", "AiresGap"))
    except Exception as error:  # noqa: BLE001 - any failure is the finding
        return [f"pure-Qt modules under {binding}: {type(error).__name__}: {error}"]
    print(f"  format_number(12345.678, 1): {english[0]!r}, in French {french[0]!r}")
    print(f"  help_url('algorithms/airesgap.md'): {english[1]}")
    print(f"  help_text('airesgap'): {english[2][:50]!r}..., in French {french[1][:50]!r}...")
    expected = {"English number": english[0] == "12,345.7",
                "help page": english[1].startswith("file://")
                and english[1].endswith(("algorithms/airesgap.html", "algorithms/airesgap.md")),
                "English help": len(english[2]) > 200,
                "French translation loaded": loaded,
                "French number": french[0].replace("\u202f", " ").replace("\xa0", " ")
                == "12 345,7",
                "French help": len(french[1]) > 200 and french[1] != english[2]}
    return [f"pure-Qt modules under {binding}: wrong {what}" for what, ok in expected.items()
            if not ok]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names-only", action="store_true",
                        help="checks 1-2 on the running QGIS's qgis.PyQt (PyQt5 on the host)")
    args = parser.parse_args(argv)
    if args.names_only:
        from qgis.PyQt.QtCore import PYQT_VERSION_STR

        problems = check_names("qgis.PyQt", f"PyQt{PYQT_VERSION_STR.split('.')[0]}")
    else:
        problems = check_names(QT6, QT6) + check_forms(QT6)
        print(f"pure-Qt modules of the plugin under a qgis.PyQt made of {QT6}:")
        problems += check_pure_qt_modules(QT6)
    for problem in problems:
        print("FAIL", problem)
    print(f"qt6_check: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
