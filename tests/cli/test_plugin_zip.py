"""The zip `make zip` builds passes the checks of plugins.qgis.org's uploader; each check
catches the bad zip it is written for; the documentation pages are in the zip as HTML whose
links and pictures resolve."""

import posixpath
import re
import warnings
import zipfile

import pytest
from build_zip import build_zip
from plugin_zip_checks import ERROR, MAX_SIZE, TO_SET, check_zip, is_placeholder

FOLDER = "itinerance"


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory):
    return build_zip(tmp_path_factory.mktemp("zip") / "itinerance.zip")


@pytest.fixture(scope="module")
def members(built_zip):
    with zipfile.ZipFile(built_zip) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def errors(findings):
    return [f.message for f in findings if f.kind == ERROR]


def test_the_zip_passes_every_check_of_the_repository(built_zip, members):
    findings = check_zip(built_zip, FOLDER)
    assert errors(findings) == []
    to_set = [f.message for f in findings if f.kind == TO_SET]
    # the only values allowed to wait: the project's own addresses, until it has them
    assert all(re.match(r"metadata.txt: (email|tracker|repository|homepage)=", m)
               for m in to_set), to_set
    if to_set:
        warnings.warn("to set before publishing (docs/publishing.md): " + "; ".join(to_set),
                      stacklevel=1)
    license_text = members[f"{FOLDER}/LICENSE"].decode()
    assert "GNU GENERAL PUBLIC LICENSE" in license_text and "Version 2, June 1991" in license_text
    assert "either version 2\nof the License, or (at your option) any later version" \
        in license_text
    assert "GPL-2.0-or-later" in members[f"{FOLDER}/metadata.txt"].decode()


def test_the_publishing_check_refuses_the_placeholders(built_zip):
    to_set = [f for f in check_zip(built_zip, FOLDER) if f.kind == TO_SET]
    published = check_zip(built_zip, FOLDER, publish=True)
    assert sorted(errors(published)) == sorted(f.message for f in to_set)


def test_the_zip_ships_the_docs_and_no_developer_file(members):
    names = set(members)
    assert f"{FOLDER}/docs/inventory-dock.md" in names
    assert f"{FOLDER}/docs/images/inventaire_dock.png" in names
    assert not [n for n in names if n.startswith((f"{FOLDER}/tests/", f"{FOLDER}/.ci/"))]
    assert not names & {f"{FOLDER}/{n}" for n in ("Makefile", ".gitignore", ".ruff.toml",
                                                 "mypy.ini")}


def test_every_markdown_page_is_in_the_zip_as_html_with_links_that_resolve(members):
    pages = [n for n in members if n.endswith(".md")]
    assert f"{FOLDER}/README.md" in pages and len(pages) > 15
    broken = []
    for page in pages:
        html_page = page[:-3] + ".html"
        assert html_page in members, f"no HTML for {page}"
        text = members[html_page].decode()
        assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text
        body = re.sub(r"<(pre|code)>.*?</\1>", "", text, flags=re.S)
        assert "](" not in body, f"{html_page}: a link left in Markdown"
        broken += [(html_page, target) for target in re.findall(r'(?:href|src)="([^"]+)"', body)
                   if not re.match(r"[a-z][a-z0-9+.-]*:", target)  # http(s): not offline
                   and not link_resolves(members, html_page, target)]
    assert not broken


def link_resolves(members, page, target):
    """A relative link of ``page`` leads to a file of the zip (not a .md) and its anchor."""
    path, _, anchor = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path \
        else page
    if path.endswith(".md") or resolved not in members:
        return False
    return not anchor or f'id="{anchor}"' in members[resolved].decode()


def test_each_algorithm_page_the_help_buttons_open_is_in_the_zip_as_html(qgis_app, members):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("itinerance")
    ids = [alg.name() for alg in provider.algorithms()]
    assert "airesgap" in ids
    for alg_id in ids:
        assert f"{FOLDER}/docs/algorithms/{alg_id}.html" in members
    assert f"{FOLDER}/docs/inventory-dock.html" in members


# --- each check catches the zip it is written for --------------------------------------------

ELF_HEADER = b"\x7fELF\x02\x01\x01" + bytes(57)


def rebuilt(members, tmp_path, folder=FOLDER, drop=(), add=None, metadata=None):
    """A copy of the good zip with a change: another top folder, files left out or added,
    metadata.txt rewritten by ``metadata(text)``."""
    out = tmp_path / "changed.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            inside = name.split("/", 1)[1]
            if inside in drop:
                continue
            if inside == "metadata.txt" and metadata:
                data = metadata(data.decode()).encode()
            archive.writestr(f"{folder}/{inside}", data)
        for inside, data in (add or {}).items():
            archive.writestr(f"{folder}/{inside}", data)
    return out


def set_field(field, value):
    return lambda text: re.sub(rf"^{field}=.*$", f"{field}={value}", text, flags=re.M)


def drop_field(field):
    return lambda text: re.sub(rf"^{field}=.*\n", "", text, flags=re.M)


BAD_ZIPS = {
    "pycache": (dict(add={"plugin/__pycache__/dock.cpython-311.pyc": b"\x00"}),
                "__pycache__ folder"),
    "pyc": (dict(add={"plugin/dock.pyc": b"\x00"}), "compiled binary"),
    "shared library": (dict(add={"processing/logic/fast.so": ELF_HEADER}), "compiled binary"),
    "ELF without suffix": (dict(add={"resources/helper": ELF_HEADER}), "compiled binary"),
    "windows exe": (dict(add={"resources/tool.exe": b"MZ" + bytes(62)}), "compiled binary"),
    "macos folder": (dict(add={"__MACOSX/._LICENSE": b""}), "__MACOSX folder"),
    "tests": (dict(add={"tests/test_x.py": b"assert True"}), "developer files"),
    "no email": (dict(metadata=drop_field("email")), "email is missing"),
    "no repository": (dict(metadata=drop_field("repository")), "repository is missing"),
    "no about": (dict(metadata=drop_field("about")), "about is missing"),
    "no license": (dict(drop={"LICENSE"}), "no LICENSE"),
    "no __init__": (dict(drop={"__init__.py"}), "no __init__.py"),
    "GitHub archive folder": (dict(folder="itinerance-main"), "PEP 8"),
    "folder with the version": (dict(folder="itinerance.0.3.0"), "ASCII letter"),
    "folder with an accent": (dict(folder="itinérance"), "ASCII letter"),
    "another folder": (dict(folder="itinerance_dev"), "another plugin"),
    "template URL": (dict(metadata=set_field("tracker", "http://bugs")), "tracker"),
    "URL without scheme": (dict(metadata=set_field("homepage", "www.example.fr")), "homepage"),
    "bad version": (dict(metadata=set_field("version", "v0.3")), "version 'v0.3'"),
    "old QGIS": (dict(metadata=set_field("qgisMinimumVersion", "2.18")), "older than QGIS 3"),
    "flag read as False": (dict(metadata=set_field("experimental", "yes please")),
                           "experimental=yes please"),
    "unknown category": (dict(metadata=set_field("category", "Analysis")), "category"),
    "missing icon": (dict(metadata=set_field("icon", "icon.png")), "icon icon.png"),
    "HTML in about": (dict(metadata=set_field("about", "A <b>bold</b> plugin")), "without HTML"),
    "slash in author": (dict(metadata=set_field("author", "A/B")), "slash"),
    "bad email": (dict(metadata=set_field("email", "itinerance at example")), "e-mail address"),
}


@pytest.mark.parametrize("case", BAD_ZIPS, ids=list(BAD_ZIPS))
def test_each_check_catches_its_bad_zip(case, members, tmp_path):
    change, expected = BAD_ZIPS[case]
    found = errors(check_zip(rebuilt(members, tmp_path, **change), FOLDER))
    assert any(expected in message for message in found), found


def test_a_zip_too_big_for_the_repository_is_refused(built_zip, monkeypatch):
    import plugin_zip_checks

    monkeypatch.setattr(plugin_zip_checks, "MAX_SIZE", built_zip.stat().st_size - 1)
    [message] = errors(check_zip(built_zip, FOLDER))
    assert "at most" in message
    assert MAX_SIZE == 25_000_000  # the repository's limit


def test_a_damaged_zip_is_refused(built_zip, tmp_path):
    data = bytearray(built_zip.read_bytes())
    with zipfile.ZipFile(built_zip) as archive:
        info = archive.getinfo(f"{FOLDER}/metadata.txt")
    data[info.header_offset + 30 + len(info.filename) + 5] ^= 0xFF  # a byte of its data
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    assert any("damaged" in m or "cannot be read" in m for m in errors(check_zip(damaged)))


def test_placeholders_are_told_apart_from_real_addresses(members, tmp_path):
    example = rebuilt(members, tmp_path, metadata=set_field(
        "homepage", "https://example.com/itinerance"))
    findings = check_zip(example, FOLDER)
    assert [f.kind for f in findings if "homepage" in f.message] == [TO_SET]
    assert any("homepage" in m for m in errors(check_zip(example, FOLDER, publish=True)))
    for placeholder in ("itinerance@set-before-publishing.invalid",
                        "https://set-before-publishing.invalid/itinerance",
                        "https://www.example.org/x", "user@example.com"):
        assert is_placeholder(placeholder), placeholder
    for real in ("https://github.com/hdf-mobilites/itinerance", "contact@coeurdeflandre.fr",
                 "https://gitlab.com/example-team/itinerance", ""):
        assert not is_placeholder(real), real


def test_real_addresses_pass_the_publishing_check(members, tmp_path):
    real = {"email": "sig@coeurdeflandre.fr",
            "repository": "https://github.com/coeurdeflandre/itinerance",
            "tracker": "https://github.com/coeurdeflandre/itinerance/issues",
            "homepage": "https://github.com/coeurdeflandre/itinerance"}

    def set_all(text):
        for field, value in real.items():
            text = set_field(field, value)(text)
        return text

    assert check_zip(rebuilt(members, tmp_path, metadata=set_all), FOLDER, publish=True) == []
