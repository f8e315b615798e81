"""Qt only through ``qgis.PyQt``: QGIS 3 ships PyQt5, QGIS 4 ships PyQt6, and ``qgis.PyQt`` is
the one name that works on both. A direct ``PyQt5``/``PyQt6``/``sip`` import anywhere in the
repository (plugin, tests, tools) fails here."""

import ast
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FORBIDDEN = {"PyQt5", "PyQt6", "PySide2", "PySide6", "sip"}
SKIPPED_DIRS = {"build", "dist", ".venv", ".git", "__pycache__"}


def python_files(root=ROOT):
    """Every .py of the tree; skipped folders are pruned, not entered (build/ can hold a whole
    Debian root, with this tree bind-mounted inside it)."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        yield from (Path(folder) / name for name in sorted(files) if name.endswith(".py"))


def direct_qt_imports(source, filename="<string>"):
    """(line, module) of every import of a forbidden module: statements, and the literal names
    given to ``__import__`` or ``importlib.import_module``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            names = [node.args[0].value]
        found += [(node.lineno, name) for name in names
                  if name.split(".")[0] in FORBIDDEN]
    return found


def test_detector_catches_each_form():
    source = ("import PyQt5.QtCore\nfrom PyQt6 import QtGui\nimport sip\n"
              "from qgis.PyQt import QtCore\nfrom .sip import x\nimport sipconfig_like\n"
              "import importlib\nimportlib.import_module('PyQt5.QtWidgets')\n__import__('sip')\n")
    assert direct_qt_imports(source) == [
        (1, "PyQt5.QtCore"), (2, "PyQt6"), (3, "sip"), (8, "PyQt5.QtWidgets"), (9, "sip")]


def test_scan_covers_the_repository():
    files = {path.relative_to(ROOT).as_posix() for path in python_files()}
    assert "plugin/itinerance_plugin.py" in files
    assert "tests/unit/test_qt_imports.py" in files
    assert not [f for f in files if f.startswith((".venv/", "build/"))]


def test_no_direct_qt_import():
    offenders = [f"{path.relative_to(ROOT)}:{line}: import {name}"
                 for path in python_files()
                 for line, name in direct_qt_imports(path.read_text(encoding="utf-8"), path)]
    assert not offenders, ("import Qt through qgis.PyQt (works with QGIS 3 and the Qt 6 based "
                           "QGIS 4):\n" + "\n".join(offenders))
