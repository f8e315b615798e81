"""Qt 5-only idioms in the plugin's shipped code, and the Qt names it uses, read with ``ast``.

QGIS 3 ships PyQt5 (Qt 5), QGIS 4 PyQt6 (Qt 6). The QGIS wiki page "Plugin migration to be
compatible with Qt5 and Qt6" and QGIS's own migration script (scripts/pyqt5_to_pyqt6) list what
Qt 6 removed; each has a Qt 6 form that works on Qt 5.15 too. Three checks, one per kind:

- :func:`idiom_findings`: what the source shows alone (``exec_()``, ``QAction`` imported from
  QtWidgets, ``QRegExp``, ``QDesktopWidget``, renamed enums such as ``Qt.MidButton``...);
- :func:`qt_chains` + :func:`unscoped_enum_findings`: every attribute chain taken on a Qt
  name (``Qt.AlignLeft``, ``QMessageBox.Yes``) resolved against a live PyQt: an enum member
  reached without its enum's name is unscoped, which PyQt6 refuses;
- :func:`unresolved_findings`: every chain and imported name looked up in a PyQt (PyQt6 in
  ``make test-qt6``, PyQt5 on the host).

Code that only QGIS 3 runs is exempt from the Qt 6 checks: a branch under
``Qgis.QGIS_VERSION_INT`` below 4.0, and an ``except ImportError`` fallback. Used by
tests/unit/test_qt6_idioms.py and tests/platforms/qt6_check.py.
"""

from __future__ import annotations

import ast
import enum
import operator
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Tuple

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGE = "qgis.PyQt"
QGIS4 = 40000  # Qgis.QGIS_VERSION_INT of QGIS 4.0, the first on Qt 6

# Qt 5 QtWidgets classes that Qt 6 moved to QtGui (QGIS 4's qgis.PyQt.QtWidgets keeps only
# QAction and QShortcut as aliases).
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoGroup",
                  "QUndoStack", "QFileSystemModel"}
# Classes Qt 6 removed: the replacement that works on Qt 5.15 too.
REMOVED_CLASSES = {
    "QRegExp": "QRegularExpression", "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QGuiApplication.primaryScreen() / QWidget.screen()",
    "QGLWidget": "QOpenGLWidget", "QStringListModel.QStringList": "list",
    "QMatrix": "QTransform", "QTextCodec": "bytes.decode() / str.encode()",
}
# Enum members Qt 6 renamed (the QGIS migration script's list).
RENAMED_ENUMS = {"MidButton": "Qt.MouseButton.MiddleButton",
                 "TextColorRole": "Qt.ItemDataRole.ForegroundRole",
                 "BackgroundColorRole": "Qt.ItemDataRole.BackgroundRole",
                 "HighQualityAntialiasing": "QPainter.RenderHint.Antialiasing"}
# QVariant.Type members as QMetaType.Type names (Qt 6 has no QVariant.Type).
QMETATYPE_NAMES = {"String": "QString", "StringList": "QStringList", "Date": "QDate",
                   "DateTime": "QDateTime", "Time": "QTime", "ByteArray": "QByteArray",
                   "Map": "QVariantMap", "List": "QVariantList", "Invalid": "UnknownType",
                   "Color": "QColor", "Point": "QPoint", "PointF": "QPointF", "Size": "QSize",
                   "Rect": "QRect", "RectF": "QRectF", "Url": "QUrl"}
# Mouse and wheel event accessors Qt 6 deprecated or removed, read in event handlers.
EVENT_ACCESSORS = {"pos": "position().toPoint() (QgsMapMouseEvent: pixelPoint())",
                   "globalPos": "globalPosition().toPoint()", "x": "position().x()",
                   "y": "position().y()", "delta": "angleDelta().y()",
                   "posF": "position()", "localPos": "position()", "windowPos": "scenePosition()"}
EVENT_HANDLER = re.compile(r"^(canvas|mouse|wheel)\w*Event$")
OVERLOADED_SIGNALS = {"activated", "currentIndexChanged", "highlighted", "valueChanged"}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    found: str
    qt6_form: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.found} -> {self.qt6_form}"


@dataclass(frozen=True)
class QtChain:
    """``names`` taken from ``qgis.PyQt.<module>``: an import (one name) or an attribute chain
    such as ``("Qt", "ItemDataRole", "UserRole")``; ``qgis3_only`` when only QGIS 3 runs it,
    ``has_fallback`` when an ``except ImportError`` takes over if it is missing."""
    path: str
    line: int
    module: str
    names: Tuple[str, ...]
    qgis3_only: bool
    has_fallback: bool = False
    imported: bool = False  # an import statement's name, not an attribute chain

    @property
    def text(self) -> str:
        return ".".join(self.names)


def shipped_files(root: Path = ROOT) -> List[Path]:
    """The plugin's Python and Designer files as the zip ships them."""
    files = [root / "__init__.py"]
    for folder in ("plugin", "processing"):
        files += sorted(p for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files + sorted((root / "resources" / "forms").glob("*.ui"))


# --- where only QGIS 3 goes ---------------------------------------------------------------------

_COMPARE = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge}


def _qgis3_only_branch(test: ast.expr) -> str | None:
    """"body" or "orelse" when that branch of ``if <test>`` runs only below QGIS 4 (a comparison
    of ``Qgis.QGIS_VERSION_INT`` with a number), else None."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and type(test.ops[0]) in _COMPARE):
        return None
    left, right = test.left, test.comparators[0]
    if isinstance(left, ast.Constant):  # 34000 <= Qgis.QGIS_VERSION_INT
        left, right = right, left
        compare = {ast.Lt: operator.gt, ast.LtE: operator.ge, ast.Gt: operator.lt,
                   ast.GtE: operator.le}[type(test.ops[0])]
    else:
        compare = _COMPARE[type(test.ops[0])]
    if not (isinstance(left, ast.Attribute) and left.attr == "QGIS_VERSION_INT"
            and isinstance(right, ast.Constant) and isinstance(right.value, int)):
        return None
    # a comparison is monotonic: QGIS 4.0 and a far later version tell it for all from 4.0 on
    on_qt6 = {compare(QGIS4, right.value), compare(99_99_99, right.value)}
    if on_qt6 == {False}:
        return "body"  # false from QGIS 4 on: the body is QGIS 3's
    if on_qt6 == {True}:
        return "orelse"
    return None


def _walk(node: ast.AST, qgis3_only: bool = False,
          has_fallback: bool = False) -> Iterator[Tuple[ast.AST, bool, bool]]:
    """Every node, with whether only QGIS 3 reaches it and whether it is in a ``try`` body whose
    ``except ImportError`` holds a fallback."""
    yield node, qgis3_only, has_fallback
    if isinstance(node, ast.If):
        branch = _qgis3_only_branch(node.test)
        yield from _walk(node.test, qgis3_only, has_fallback)
        for child in node.body:
            yield from _walk(child, qgis3_only or branch == "body", has_fallback)
        for child in node.orelse:
            yield from _walk(child, qgis3_only or branch == "orelse", has_fallback)
        return
    if isinstance(node, ast.Try) and any(map(_catches_import_error, node.handlers)):
        for child in node.body:
            yield from _walk(child, qgis3_only, True)
        for child in node.handlers + node.orelse + node.finalbody:
            yield from _walk(child, qgis3_only, has_fallback)
        return
    if isinstance(node, ast.ExceptHandler) and _catches_import_error(node):
        qgis3_only = True
    for child in ast.iter_child_nodes(node):
        yield from _walk(child, qgis3_only, has_fallback)


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(k, ast.Name) and k.id in ("ImportError", "ModuleNotFoundError")
               for k in kinds)


# --- the Qt names a source uses ----------------------------------------------------------------

def _qt_bindings(tree: ast.AST) -> Dict[str, Tuple[str, Tuple[str, ...]]]:
    """Local name -> (Qt module, names inside it): ``from qgis.PyQt.QtCore import Qt`` binds
    Qt to ("QtCore", ("Qt",)), ``from qgis.PyQt import QtCore`` QtCore to ("QtCore", ())."""
    bindings: Dict[str, Tuple[str, Tuple[str, ...]]] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module):
            continue
        for alias in node.names:
            local = alias.asname or alias.name
            if node.module == QT_PACKAGE:
                bindings.setdefault(local, (alias.name, ()))
            elif node.module.startswith(QT_PACKAGE + "."):
                module = node.module[len(QT_PACKAGE) + 1:]
                bindings.setdefault(local, (module, (alias.name,)))
    return bindings


def _attribute_names(node: ast.Attribute) -> Tuple[str | None, Tuple[str, ...]]:
    names: List[str] = []
    current: ast.expr = node
    while isinstance(current, ast.Attribute):
        names.append(current.attr)
        current = current.value
    root = current.id if isinstance(current, ast.Name) else None
    return root, tuple(reversed(names))


def qt_chains(source: str, path: str = "<string>") -> List[QtChain]:
    """The names imported from ``qgis.PyQt.*`` and every longest attribute chain rooted at one."""
    tree = ast.parse(source, path)
    bindings = _qt_bindings(tree)
    inner = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    chains = []
    for node, qgis3_only, has_fallback in _walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                and node.module.startswith(QT_PACKAGE + "."):
            module = node.module[len(QT_PACKAGE) + 1:]
            chains += [QtChain(path, node.lineno, module, (a.name,), qgis3_only, has_fallback,
                               imported=True) for a in node.names if a.name != "*"]
        elif isinstance(node, ast.Attribute) and id(node) not in inner:
            root, names = _attribute_names(node)
            if root in bindings:
                module, prefix = bindings[root]
                chains.append(QtChain(path, node.lineno, module, prefix + names, qgis3_only,
                                      has_fallback))
    return chains


# --- what the source shows alone ---------------------------------------------------------------

def idiom_findings(source: str, path: str = "<string>") -> List[Finding]:
    """The Qt 5-only idioms that need no Qt to be seen, outside QGIS 3-only code."""
    tree = ast.parse(source, path)
    found = _signal_findings(tree, path)
    handlers = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                and EVENT_HANDLER.match(f.name) for n in ast.walk(f)}
    for node, qgis3_only, _ in _walk(tree):
        if qgis3_only:
            continue
        found += [Finding(path, node.lineno, what, qt6)
                  for what, qt6 in _node_idioms(node, id(node) in handlers)]
    return found


def _signal_findings(tree: ast.AST, path: str) -> List[Finding]:
    """pyqtSignal() made anywhere but as a class attribute: PyQt binds signals to the class."""
    declared = {id(statement.value) for c in ast.walk(tree) if isinstance(c, ast.ClassDef)
                for statement in c.body if isinstance(statement, ast.Assign)}
    return [Finding(path, node.lineno, "pyqtSignal() outside a class body",
                    "a class attribute of a QObject subclass")
            for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == "pyqtSignal"
            and id(node) not in declared]


def _node_idioms(node: ast.AST, in_event_handler: bool) -> Iterator[Tuple[str, str]]:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield from _import_idioms(node)
    elif isinstance(node, ast.FunctionDef) and node.name == "exec_":
        yield "def exec_", "def exec"
    elif isinstance(node, ast.Attribute):
        yield from _attribute_idioms(node)
    elif isinstance(node, ast.Name) and node.id in REMOVED_CLASSES:
        yield node.id, REMOVED_CLASSES[node.id]
    elif isinstance(node, ast.Name) and node.id == "qApp":
        yield "qApp", "QApplication.instance()"
    elif isinstance(node, ast.Name) and node.id in ("SIGNAL", "SLOT"):
        yield f"{node.id}()", "new-style signals: obj.signal.connect(slot)"
    elif isinstance(node, ast.Call):
        yield from _call_idioms(node, in_event_handler)
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) \
            and node.value.attr in OVERLOADED_SIGNALS:
        yield (f"{node.value.attr}[...] (a signal overload)",
               f"{node.value.attr} without an index (or textActivated, currentTextChanged)")


def _import_idioms(node: ast.AST) -> Iterator[Tuple[str, str]]:
    if isinstance(node, ast.Import):
        modules = [(alias.name, "") for alias in node.names]
    else:
        modules = [(node.module or "", alias.name) for alias in node.names]
    for module, name in modules:
        top = module.split(".")[0]
        if top in ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6"):
            yield f"import from {module}", "from qgis.PyQt... import ... (sip: qgis.PyQt.sip)"
        if "resources_rc" in (module.split(".")[-1], name) or name == "resources":
            yield f"import {name or module}", "icons and forms loaded by file path (no pyrcc5)"
        if module == f"{QT_PACKAGE}.QtWidgets" and name in MOVED_TO_QTGUI:
            yield f"{name} from QtWidgets", f"from qgis.PyQt.QtGui import {name} (QGIS 3.22: " \
                                            "in an ImportError fallback)"
        if module == f"{QT_PACKAGE}.Qt":
            yield "import from qgis.PyQt.Qt", "from qgis.PyQt.QtCore import Qt"


def _attribute_idioms(node: ast.Attribute) -> Iterator[Tuple[str, str]]:
    if node.attr == "exec_":
        yield "exec_()", "exec()"
    elif node.attr in RENAMED_ENUMS:
        yield node.attr, RENAMED_ENUMS[node.attr]
    elif node.attr in ("SIGNAL", "SLOT"):
        yield f"{node.attr}()", "new-style signals: obj.signal.connect(slot)"
    root, names = _attribute_names(node)
    if root == "QVariant" and names[:1] == ("Type",):
        yield "QVariant.Type", "QMetaType.Type"
    elif root == "QVariant" and len(names) == 1 and names[0][0].isupper():
        yield f"QVariant.{names[0]}", \
            f"QMetaType.Type.{QMETATYPE_NAMES.get(names[0], names[0])}"


def _call_idioms(node: ast.Call, in_event_handler: bool) -> Iterator[Tuple[str, str]]:
    func = node.func
    if isinstance(func, ast.Name) and func.id == "QVariant" and not node.args:
        yield "QVariant()", "NULL (qgis.core)"
    if not isinstance(func, ast.Attribute):
        return
    if func.attr == "desktop" and not node.args:
        yield "QApplication.desktop()", "QGuiApplication.primaryScreen() / QWidget.screen()"
    elif func.attr == "width" and isinstance(func.value, ast.Call) and (
            (isinstance(func.value.func, ast.Attribute) and func.value.func.attr == "fontMetrics")
            or (isinstance(func.value.func, ast.Name)
                and func.value.func.id in ("QFontMetrics", "QFontMetricsF"))):
        yield "QFontMetrics.width()", "horizontalAdvance()"
    elif (in_event_handler and func.attr in EVENT_ACCESSORS and not node.args
          and isinstance(func.value, ast.Name) and func.value.id in ("e", "event", "ev")):
        yield f"{func.value.id}.{func.attr}()", EVENT_ACCESSORS[func.attr]


# --- against a live PyQt -----------------------------------------------------------------------

def resolve(chain: QtChain, modules: Mapping[str, Any]) -> Tuple[List[Any], str | None]:
    """The objects along ``chain`` in ``modules`` (name -> module object), and the first name
    missing there, if any."""
    if chain.module not in modules:
        return [], f"module {chain.module}"
    objects = [modules[chain.module]]
    for name in chain.names:
        try:
            objects.append(getattr(objects[-1], name))
        except AttributeError:
            return objects, name
    return objects, None


def is_enum_member(value: Any) -> bool:
    """A member of a Qt enum: a Python enum in PyQt6, a sip enum in PyQt5."""
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def unscoped_enum_findings(chains: List[QtChain], modules: Mapping[str, Any]) -> List[Finding]:
    """Enum members reached without their enum's name (``Qt.AlignLeft`` for
    ``Qt.AlignmentFlag.AlignLeft``), outside QGIS 3-only code."""
    found = []
    for chain in chains:
        objects, missing = resolve(chain, modules)
        if chain.qgis3_only or missing or len(chain.names) < 2:
            continue
        for index, value in enumerate(objects[2:], start=2):
            enum_type = type(value)
            if is_enum_member(value) and objects[index - 1] is not enum_type:
                names = chain.names[:index - 1]
                scoped = ".".join(names + (enum_type.__name__, chain.names[index - 1]))
                if enum_type.__name__ == "Type" and names[-1:] == ("QVariant",):
                    scoped = "QMetaType.Type." + QMETATYPE_NAMES.get(chain.names[index - 1],
                                                                     chain.names[index - 1])
                found.append(Finding(chain.path, chain.line,
                                     ".".join(chain.names[:index]), scoped))
                break
    return found


def unresolved_findings(chains: List[QtChain], modules: Mapping[str, Any],
                        binding: str, qt6: bool) -> List[Finding]:
    """Chains with a name that ``binding`` lacks. On Qt 6 (``qt6``) QGIS 3-only code is left
    out; on Qt 5 a name with an ``except ImportError`` fallback may be missing (the fallback,
    QGIS 3-only, is checked instead)."""
    found = []
    for chain in chains:
        if (chain.qgis3_only and qt6) or (chain.has_fallback and not qt6):
            continue
        _, missing = resolve(chain, modules)
        if missing:
            found.append(Finding(chain.path, chain.line, f"{chain.module}.{chain.text}",
                                 f"no {missing} in {binding}.{chain.module}"))
    return found


# --- Designer forms ----------------------------------------------------------------------------

UI_ENUM = re.compile(r"<(enum|set)>([^<]*)</\1>")
UI_SPACER = re.compile(r"<spacer\b.*?</spacer>", re.S)
UI_CLASS = re.compile(r'class="(\w+)"|<class>(\w+)</class>|<extends>(\w+)</extends>')


def ui_findings(text: str, path: str = "<string>") -> List[Finding]:
    """Qt 5-only classes, compiled resources (pyrcc5), renamed enums and spacers that PyQt6's
    uic cannot build in a .ui file."""
    found = [Finding(path, text[:spacer.start()].count("\n") + 1, "a spacer without sizeHint",
                     "a sizeHint property (PyQt6's uic passes QSizePolicy.Policy as its size)")
             for spacer in UI_SPACER.finditer(text) if "sizeHint" not in spacer.group(0)]
    for number, line in enumerate(text.splitlines(), start=1):
        for match in UI_CLASS.finditer(line):
            name = next(g for g in match.groups() if g)
            if name in REMOVED_CLASSES:
                found.append(Finding(path, number, name, REMOVED_CLASSES[name]))
        if "<include location=" in line and ".qrc" in line:
            found.append(Finding(path, number, "a .qrc resource (pyrcc5)",
                                 "icons set in code by file path"))
        for _, value in UI_ENUM.findall(line):
            for member in value.split("|"):
                name = member.split("::")[-1]
                if name in RENAMED_ENUMS:
                    found.append(Finding(path, number, member, RENAMED_ENUMS[name]))
    return found


def ui_enum_chains(text: str, path: str = "<string>") -> List[QtChain]:
    """The enums a .ui file sets (``Qt::Horizontal``, ``QDialogButtonBox::Ok``), as chains
    rooted in QtCore (Qt) or QtWidgets (a widget class)."""
    chains = []
    for number, line in enumerate(text.splitlines(), start=1):
        for _, value in UI_ENUM.findall(line):
            for member in value.split("|"):
                names = tuple(member.strip().split("::"))
                module = "QtCore" if names[0] == "Qt" else "QtWidgets"
                chains.append(QtChain(path, number, module, names, False))
    return chains


def tree_findings(root: Path = ROOT) -> List[Finding]:
    """:func:`idiom_findings` and :func:`ui_findings` over the shipped files."""
    found: List[Finding] = []
    for path in shipped_files(root):
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(root).as_posix()
        check = ui_findings if path.suffix == ".ui" else idiom_findings
        found += check(text, relative)
    return found


def tree_chains(root: Path = ROOT) -> List[QtChain]:
    """The Qt chains of every shipped .py file (the forms' enums are left to uic)."""
    return [chain for path in shipped_files(root) if path.suffix == ".py"
            for chain in qt_chains(path.read_text(encoding="utf-8"),
                                   path.relative_to(root).as_posix())]
