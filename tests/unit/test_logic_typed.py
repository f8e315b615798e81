"""processing/logic is typed: every public function and method annotated, and mypy passes.

The share of annotated public functions is counted here with ``ast`` (independently of mypy,
which checks the annotations' meaning); mypy runs with the repository's mypy.ini, as
``make lint`` runs it.
"""

import ast
import configparser
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from typing import Set

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
LOGIC = ROOT / "processing" / "logic"
# Sub-packages left out of the type check (none: every one is typed). A sub-package added here
# must also be in the ``exclude`` line of mypy.ini, and the other way round.
NOT_YET_TYPED: Set[str] = set()


def _is_method_receiver(node, parents):
    """Whether the first parameter of ``node`` is self or cls (a method not static)."""
    if not parents or not isinstance(parents[-1], ast.ClassDef):
        return False
    names = {getattr(d, "id", getattr(d, "attr", None)) for d in node.decorator_list}
    return "staticmethod" not in names


def missing_annotations(node, is_method):
    """Names of the parameters of a def without annotation, and "return" if it has none."""
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    if is_method and positional:
        positional = positional[1:]
    params = [*positional, *args.kwonlyargs]
    params += [a for a in (args.vararg, args.kwarg) if a is not None]
    missing = [a.arg for a in params if a.annotation is None]
    if node.returns is None:
        missing.append("return")
    return missing


def public_defs(tree):
    """(qualified name, def node, is a method) of the public functions and methods of a module:
    module-level functions and methods of public classes whose names do not start with an
    underscore (dunder methods count), not the functions nested in functions."""
    found = []

    def visit(node, parents, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                if not child.name.startswith("_"):
                    visit(child, [*parents, child], f"{prefix}{child.name}.")
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                dunder = child.name.startswith("__") and child.name.endswith("__")
                if not child.name.startswith("_") or dunder:
                    found.append((prefix + child.name, child,
                                  _is_method_receiver(child, parents)))

    visit(tree, [], "")
    return found


def logic_modules():
    """The modules of processing/logic checked here (every sub-package but NOT_YET_TYPED)."""
    return sorted(path for path in LOGIC.rglob("*.py")
                  if path.relative_to(LOGIC).parts[0] not in NOT_YET_TYPED)


def annotation_report():
    """(annotated, total, [names of the defs lacking annotations])."""
    annotated, total, lacking = 0, 0, []
    for path in logic_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = path.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for name, node, is_method in public_defs(tree):
            total += 1
            missing = missing_annotations(node, is_method)
            if missing:
                lacking.append(f"{module}.{name} ({', '.join(missing)})")
            else:
                annotated += 1
    return annotated, total, lacking


def test_the_counter_sees_what_is_missing():
    """The counter itself, on a module whose answer is known by hand."""
    tree = ast.parse(
        "def typed(a: int, *args: str, k: float = 1.0, **kw: object) -> None: ...\n"
        "def no_return(a: int): ...\n"
        "def no_param(a, b: int) -> int: ...\n"
        "def _private(a): ...\n"
        "class Public:\n"
        "    def method(self, x: int) -> int: ...\n"
        "    def bare(self, x): ...\n"
        "    @staticmethod\n"
        "    def static(x: int) -> int: ...\n"
        "    def __init__(self) -> None: ...\n"
        "    def _hidden(self, y): ...\n"
        "class _Private:\n"
        "    def method(self, x): ...\n"
        "def outer() -> None:\n"
        "    def inner(x): ...\n")
    defs = {name: missing_annotations(node, is_method)
            for name, node, is_method in public_defs(tree)}
    assert defs == {"typed": [], "no_return": ["return"], "no_param": ["a"],
                    "Public.method": [], "Public.bare": ["x", "return"], "Public.static": [],
                    "Public.__init__": [], "outer": []}


def test_every_public_function_of_logic_is_annotated():
    annotated, total, lacking = annotation_report()
    assert total > 250  # the whole of logic/ was read, not an empty folder
    assert lacking == []
    assert annotated / total == 1.0


def test_the_exclusions_are_the_type_checkers():
    """What this test leaves out is what mypy.ini leaves out, so that both are lifted at once."""
    config = configparser.ConfigParser()
    config.read(ROOT / "mypy.ini", encoding="utf-8")
    exclude = config.get("mypy", "exclude", fallback="")
    excluded = set(re.findall(r"processing/logic/(\w+)/", exclude))
    assert excluded == NOT_YET_TYPED
    assert all((LOGIC / name).is_dir() for name in NOT_YET_TYPED)


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed in this environment (make setup installs "
                           "PIP_DEV, which has it; CI runs this)")
def test_mypy_passes_on_logic():
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "mypy.ini",
                           "--no-incremental", "--cache-dir", "/dev/null"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout
