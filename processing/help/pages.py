"""The documentation pages the Help buttons open: the algorithms' and the Inventory dock's.

The zip ships docs/ with each Markdown page also rendered to HTML, which a browser shows on
every system (a .md file has no default viewer on Windows); a working copy of the repository
has the Markdown only.
"""

from pathlib import Path

from qgis.PyQt.QtCore import QUrl

DOCS = Path(__file__).resolve().parents[2] / "docs"


def help_page(name, docs=None):
    """The file to open for ``name``, a Markdown page relative to docs/ ("inventory-dock.md"):
    its HTML rendering if the plugin has one, else the page itself; None if neither exists."""
    page = (docs or DOCS) / name
    return next((path for path in (page.with_suffix(".html"), page) if path.is_file()), None)


def help_url(name, docs=None):
    """``help_page`` as a file:// URL, or "" when there is no page."""
    page = help_page(name, docs)
    return QUrl.fromLocalFile(str(page)).toString() if page else ""
