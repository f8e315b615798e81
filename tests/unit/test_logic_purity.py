"""A guard on the design: ``processing/logic/`` is pure Python (no qgis, no Qt, no QGIS
``processing``, never climbing out of ``logic/`` by a relative import), and the GUI (``plugin/``)
never imports an algorithm module (``processing/algorithms/``). Read with ``ast``: every import
statement, module level or lazy inside a function, and the literal names given to
``importlib.import_module`` or ``__import__``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = "itinerance"  # the plugin's folder once installed; the tests import it so
LOGIC = f"{PACKAGE}.processing.logic"
ALGORITHMS = f"{PACKAGE}.processing.algorithms"
# qgis covers qgis.PyQt, qgis.core...; processing is QGIS's own (ours is only reached relatively)
FORBIDDEN_IN_LOGIC = {"qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip", "processing"}


def module_name(path: Path, root: Path = ROOT) -> str:
    """``itinerance.processing.logic.network.graph`` for processing/logic/network/graph.py."""
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def imported_modules(source: str, module: str, is_package: bool = False):
    """(line, absolute name, relative) of every import in ``source``, the module ``module``:
    relative imports resolved (``from ..x import y`` gives ``<parent>.x.y``: y may be a module)."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, False) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]  # level 1: the package itself
                base = ".".join(anchor + ([node.module] if node.module else []))
            found += [(node.lineno, f"{base}.{alias.name}" if alias.name != "*" else base,
                       bool(node.level)) for alias in node.names]
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str) and _is_dynamic_import(node.func)):
            found.append((node.lineno, node.args[0].value, node.args[0].value.startswith(".")))
    return sorted(found)


def _is_dynamic_import(func) -> bool:
    return (isinstance(func, ast.Name) and func.id == "__import__") or \
        (isinstance(func, ast.Attribute) and func.attr == "import_module")


def logic_violations(source: str, module: str, is_package: bool = False):
    """What a logic module may not import: qgis, Qt, sip, QGIS's processing, or anything of the
    plugin outside logic/ (a relative import that climbs out)."""
    found = []
    for line, name, relative in imported_modules(source, module, is_package):
        if relative and not (name == LOGIC or name.startswith(LOGIC + ".")):
            found.append((line, f"{name} (a relative import out of logic/)"))
        elif not relative and name.split(".")[0] in FORBIDDEN_IN_LOGIC:
            found.append((line, name))
        elif not relative and name.startswith(PACKAGE + ".") and not name.startswith(LOGIC):
            found.append((line, f"{name} (the plugin outside logic/)"))
    return found


def gui_violations(source: str, module: str, is_package: bool = False):
    """Imports of an algorithm module from the GUI, relative or absolute."""
    return [(line, name) for line, name, _ in imported_modules(source, module, is_package)
            if name == ALGORITHMS or name.startswith(ALGORITHMS + ".")]


def tree_violations(folder: str, check):
    offenders = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        name = module_name(path)
        for line, what in check(path.read_text(encoding="utf-8"), name,
                                path.name == "__init__.py"):
            offenders.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    return offenders


# --- each check fails on a planted violation ---------------------------------------------------

GRAPH = f"{LOGIC}.network.graph"


def test_the_logic_check_catches_each_forbidden_import():
    source = ("import numpy as np\nfrom qgis.core import QgsGeometry\nimport PyQt5.QtCore\n"
              "from qgis.PyQt.QtCore import QVariant\nfrom processing.core import Processing\n"
              "import sip\nfrom PyQt6 import QtGui\n")
    assert [line for line, _ in logic_violations(source, GRAPH)] == [2, 3, 4, 5, 6, 7]


def test_the_logic_check_catches_a_relative_import_climbing_out():
    source = ("from . import paths\nfrom .paths import shortest\nfrom ..relief import dem\n"
              "from ...translate import tr\nfrom ..._version import v\n"
              "from ... import provider\nfrom ...logic.wkb import read\n")
    found = logic_violations(source, GRAPH)
    assert [line for line, _ in found] == [4, 5, 6]
    assert "itinerance.processing.translate.tr" in found[0][1]
    # one level less deep: logic/wkb.py may reach logic/network, not processing/
    assert logic_violations("from .network import graph\nfrom ..layers import sinks\n",
                            f"{LOGIC}.wkb") == [(2, f"{PACKAGE}.processing.layers.sinks "
                                                    "(a relative import out of logic/)")]
    # a package's __init__ is its own package
    assert logic_violations("from .graph import build\nfrom ..wkb import read\n"
                            "from ...inputs import x\n", f"{LOGIC}.network", is_package=True) \
        == [(3, f"{PACKAGE}.processing.inputs.x (a relative import out of logic/)")]


def test_the_logic_check_sees_lazy_and_dynamic_imports():
    source = ("import importlib\n\ndef draw():\n    from qgis.core import QgsProject\n"
              "    return QgsProject\n\ndef later():\n    importlib.import_module('qgis.gui')\n"
              "    __import__('PyQt5')\n    return importlib.import_module('numpy')\n"
              "\ndef absolute():\n    from itinerance.processing.layers import sinks\n")
    assert [line for line, _ in logic_violations(source, GRAPH)] == [4, 8, 9, 13]


def test_the_gui_check_catches_an_algorithm_import():
    dock = f"{PACKAGE}.plugin.inventory_dock"
    source = ("from ..processing.algorithms.aires_gap import AiresGapAlgorithm\n"
              "from ..processing import algorithms\n"
              "from ..processing.inputs import circuit_inputs\n"
              "from ..processing.logic.network import graph\n\ndef run():\n"
              "    from ..processing.algorithms import base\n"
              "    from itinerance.processing.algorithms.base import ItineranceAlgorithm\n")
    assert [line for line, _ in gui_violations(source, dock)] == [1, 2, 7, 8]


def test_the_scan_covers_the_tree():
    modules = {module_name(p) for p in (ROOT / "processing" / "logic").rglob("*.py")}
    assert {f"{LOGIC}.network.graph", f"{LOGIC}.wkb", LOGIC} <= modules
    assert module_name(ROOT / "plugin" / "inventory_dock.py") == f"{PACKAGE}.plugin.inventory_dock"


# --- the tree ----------------------------------------------------------------------------------

def test_logic_is_pure_python():
    offenders = tree_violations("processing/logic", logic_violations)
    assert not offenders, ("processing/logic/ is pure Python: no qgis, Qt, sip or QGIS "
                           "processing, no relative import out of logic/ (move the QGIS side "
                           "to processing/layers, inputs...):\n" + "\n".join(offenders))


def test_the_gui_imports_no_algorithm():
    offenders = tree_violations("plugin", gui_violations)
    assert not offenders, ("plugin/ uses the glue and the engines, never processing/algorithms/"
                           ":\n" + "\n".join(offenders))


def test_each_engine_is_a_small_room():
    """A sub-package of logic/ holds about ten modules at most (a bigger one is split by
    concern, as network/node_network and osm/links are), and no module name is used twice
    across logic/ (``graph`` in network/ and ``graph`` elsewhere would be read as one)."""
    logic = ROOT / "processing" / "logic"
    packages = [p.parent for p in logic.rglob("__init__.py") if p.parent != logic]
    sizes = {str(p.relative_to(logic)): len([m for m in p.glob("*.py") if m.name != "__init__.py"])
             for p in packages}
    assert len(sizes) >= 8 and not {name: n for name, n in sizes.items() if n > 10}
    names = [m.stem for m in logic.rglob("*.py") if m.stem != "__init__"]
    assert sorted({n for n in names if names.count(n) > 1}) == []
