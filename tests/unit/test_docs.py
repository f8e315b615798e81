"""The documentation: a short README and Markdown pages in docs/ whose links all lead somewhere."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def github_anchors(text):
    """The anchors GitHub gives a page's headings (duplicates get -1, -2…)."""
    anchors, seen = set(), {}
    for line in FENCE.sub("", text).splitlines():
        if re.match(r"#{1,6} ", line):
            slug = re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def links(page):
    return LINK.findall(FENCE.sub("", page.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_link_of_the_page_leads_to_a_file_and_heading(page):
    broken = []
    for target in links(page):
        if re.match(r"[a-z]+:", target):  # http(s), mailto: not checked offline
            continue
        path, _, anchor = target.partition("#")
        destination = (page.parent / path).resolve() if path else page
        if not destination.exists() or (
                anchor and destination.suffix == ".md"
                and anchor not in github_anchors(destination.read_text(encoding="utf-8"))):
            broken.append(target)
    assert not broken, f"{page.name}: broken links {broken}"


def test_readme_is_short_and_links_the_guides_and_the_reference():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode()) < 12_000
    assert "make demo" in readme and "make test" in readme
    targets = set(links(ROOT / "README.md"))
    for page in ("docs/user-guide.md", "docs/guide-utilisation.md", "docs/algorithms/README.md",
                 "docs/development.md"):
        assert page in targets


def test_every_page_is_reachable_from_the_readme():
    """No orphan page: following links from README.md reaches every page of docs/."""
    reached, todo = set(), [ROOT / "README.md"]
    while todo:
        page = todo.pop().resolve()
        if page in reached:
            continue
        reached.add(page)
        for target in links(page):
            path = target.partition("#")[0]
            if path.endswith(".md") and not re.match(r"[a-z]+:", path):
                todo.append(page.parent / path)
    orphans = [p.relative_to(ROOT).as_posix() for p in PAGES if p.resolve() not in reached]
    assert not orphans
