"""Every translated text is a literal pylupdate5 can extract: ``self.tr(variable)`` is never
found by pylupdate5, so its text would stay English for ever."""

import ast
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# A method or function named tr() is a wrapper: it passes its argument on. The others translate
# texts marked with QT_TRANSLATE_NOOP where they are defined (pylupdate5 extracts them there).
NOOP_TRANSLATORS = {("plugin/dependencies.py", "install_hint"),
                    ("processing/database/project_db.py", "model_text"),
                    ("plugin/dock/layer_roles.py", "role_title"),
                    ("processing/inputs/inventory_findings.py", "label"),
                    ("processing/database/stored_texts.py", "sample_text"),
                    ("processing/database/stored_texts.py", "in_user_language"),
                    ("processing/help/texts.py", "help_text")}


def _text_argument(call):
    """The argument holding the text of a tr()/translate() call, or None if not such a call."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    if name == "tr" and call.args:
        return call.args[0]
    if name == "translate" and len(call.args) >= 2 and not (
            isinstance(func, ast.Attribute) and not isinstance(func.value, ast.Name)):
        owner = func.value.id if isinstance(func, ast.Attribute) else None
        if owner in (None, "QCoreApplication", "QApplication"):
            return call.args[1]
    return None


def _untranslatable_calls(path, relative):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def visit(node, function):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if isinstance(node, ast.Call):
            text = _text_argument(node)
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            allowed = function == "tr" or (relative, function) in NOOP_TRANSLATORS
            if text is not None and not literal and not allowed:
                found.append(f"{relative}:{node.lineno} {ast.unparse(node)[:80]}")
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, None)
    return found


def test_every_tr_call_has_a_literal_text():
    files = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    bad = []
    for relative in files:
        if not relative.startswith("tests/"):
            bad += _untranslatable_calls(ROOT / relative, relative)
    assert not bad, "tr() of a non-literal text (pylupdate5 cannot extract it):\n" + "\n".join(bad)


def test_the_check_catches_a_variable(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("class A:\n    def name(self, text):\n        return self.tr(text)\n"
                      "    def ok(self):\n        return self.tr('Fine') + 'x'.translate({})\n")
    assert [line.split()[0] for line in _untranslatable_calls(sample, "sample.py")] == [
        "sample.py:3"]
