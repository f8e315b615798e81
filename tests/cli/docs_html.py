"""The documentation's Markdown pages as HTML pages, for the zip (never for git).

The Help buttons open a page of the installed plugin; a browser shows HTML on every system,
while a .md file has no default viewer on Windows. Links between pages (``other.md#heading``)
become links to the HTML pages, with the same anchors as on GitHub; pictures keep their
relative paths, so the pages work from the plugin's folder.
"""

import re

import markdown
from markdown.extensions.toc import TocExtension

EXTENSIONS = ("tables", "fenced_code", "sane_lists")
# a relative link to a Markdown page, in an href the renderer wrote
MD_HREF = re.compile(r'href="(?![A-Za-z][A-Za-z0-9+.-]*:)([^"#]*)\.md(#[^"]*)?"')
STYLE = """
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #222; }
img { max-width: 100%; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; }
code, pre { background: #f4f4f4; }
pre { padding: 0.6em; overflow-x: auto; }
"""
PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
{body}
</body>
</html>
"""


def github_slug(text, _separator="-"):
    """The anchor GitHub gives a heading: lowercase, punctuation dropped, spaces as '-'."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def render_page(text):
    """A Markdown page as a complete HTML page with links to .html pages."""
    renderer = markdown.Markdown(extensions=[
        *EXTENSIONS, TocExtension(slugify=github_slug)])
    body = MD_HREF.sub(lambda m: f'href="{m[1]}.html{m[2] or ""}"', renderer.convert(text))
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    title = re.sub(r"<[^>]+>", "", heading[1]) if heading else "Itinérance"  # already escaped
    return PAGE.format(title=title, style=STYLE, body=body)


def html_name(md_name):
    return md_name[:-len(".md")] + ".html"
