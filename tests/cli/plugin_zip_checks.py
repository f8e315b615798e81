"""Checks a plugin zip as plugins.qgis.org's uploader does, before anyone uploads it.

The rules follow the repository's validator (QGIS-Django, ``qgis-app/plugins/validator.py``)
and the plugin metadata documentation (PyQGIS cookbook, "metadata.txt"):

- the archive: at most 25 MB, readable (no CRC error), no path going up or absolute, no
  ``.pyc``, no ``__pycache__``, ``__MACOSX`` or ``.git`` folder, no compiled binary;
- one top folder whose name starts with a letter and holds only ASCII letters, digits, ``_``
  and ``-`` (lowercase and ``_`` only for a new plugin), with ``__init__.py``, ``metadata.txt``
  and ``LICENSE`` in it;
- ``metadata.txt``: a ``[general]`` section with the required fields filled in, a dotted
  version, a QGIS minimum version of 3.x or more, flags written True or False, an author
  without a slash, an e-mail address, http(s) URLs for tracker, repository and homepage other
  than the template's ``http://bugs``, ``http://repo`` and ``http://homepage``, a category the
  repository knows, an icon present in the zip, a description and an about without HTML;
- the project's own rules: no tests, CI or developer files in the zip.

The repository also fetches each URL (an unreachable one is refused): that needs the network and
the real addresses, so it is left to the upload. Placeholder addresses (an ``.invalid`` host,
see docs/publishing.md) are reported apart, as values to set before publishing: ``publish=True``
counts them as errors.

Run: ``python tests/cli/plugin_zip_checks.py dist/itinerance-<version>.zip [--publish]``.
"""

import argparse
import configparser
import re
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

MAX_SIZE = 25_000_000  # bytes: the repository's PLUGIN_MAX_UPLOAD_SIZE
REQUIRED_FIELDS = ("name", "description", "version", "qgisMinimumVersion", "author", "email",
                   "about", "tracker", "repository")
URL_FIELDS = ("tracker", "repository", "homepage")
TEMPLATE_URLS = {"http://bugs", "http://repo", "http://homepage"}  # refused by the validator
BOOLEAN_FIELDS = ("experimental", "deprecated", "server", "hasProcessingProvider")
CATEGORIES = {"Raster", "Vector", "Database", "Mesh", "Web"}  # the metadata documentation's list
FORBIDDEN_FOLDERS = {"__MACOSX", ".git", "__pycache__"}
BINARY_SUFFIXES = {".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".o", ".a", ".lib",
                   ".bin", ".class", ".jar", ".msi", ".com"}
DEVELOPER_FILES = {"Makefile", ".gitignore", ".gitattributes", ".ruff.toml", "mypy.ini"}
DEVELOPER_FOLDERS = ("tests/", ".ci/", ".github/")
PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(invalid|example(\.(com|org|net))?)$")
PACKAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]+$")
NEW_PACKAGE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")  # PEP 8: asked of new plugins
VERSION = re.compile(r"^\d+(\.\d+){1,3}([-.]?(alpha|beta|rc|a|b|dev)\d*)?$")
QGIS_VERSION = re.compile(r"^(\d+)\.(\d+)(\.\d+)?$")
EMAIL = re.compile(r"^[^@\s]+@([^@\s]+\.[^@\s]+)$")
HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")
ERROR, TO_SET = "error", "to set before publishing"


@dataclass(frozen=True)
class Finding:
    kind: str  # ERROR, or TO_SET for a placeholder
    message: str

    def __str__(self):
        return f"{self.kind}: {self.message}"


def check_zip(path, expected_folder=None, publish=False):
    """Every finding about the zip at ``path``; ``publish`` makes placeholders errors too."""
    path = Path(path)
    if path.stat().st_size > MAX_SIZE:
        return [Finding(ERROR, f"{path.name} is {path.stat().st_size / 1e6:.1f} MB: the "
                               f"repository takes at most {MAX_SIZE / 1e6:.0f} MB")]
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return [Finding(ERROR, f"{path.name} is not a zip file")]
    with archive:
        findings = check_archive(archive, expected_folder)
    if publish:
        findings = [Finding(ERROR, f.message) if f.kind == TO_SET else f for f in findings]
    return findings


def check_archive(archive, expected_folder=None):
    try:
        bad = archive.testzip()
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        bad = str(error)
    if bad:
        return [Finding(ERROR, f"the zip is damaged (CRC error or bad data): {bad}")]
    names = archive.namelist()
    findings = [Finding(ERROR, message) for message in name_problems(names)]
    findings += [Finding(ERROR, f"{name} is a compiled binary: the repository takes none")
                 for name in names if is_binary(name, archive)]
    folders = {name.split("/")[0] for name in names}
    if len(folders) != 1 or not any("/" in name for name in names):
        findings.append(Finding(ERROR, "the zip must hold exactly one folder, the plugin's; "
                                       f"it holds {sorted(folders)}"))
        return findings
    (folder,) = folders
    findings += [Finding(ERROR, message) for message in folder_problems(folder, expected_folder)]
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        if f"{folder}/{required}" not in names:
            findings.append(Finding(ERROR, f"no {required} in {folder}/"))
    if f"{folder}/metadata.txt" in names:
        text = archive.read(f"{folder}/metadata.txt").decode("utf-8", errors="replace")
        findings += metadata_findings(text, folder, set(names))
    return findings


def name_problems(names):
    for name in names:
        parts = name.split("/")
        if name.startswith("/") or ".." in parts or re.match(r"^[A-Za-z]:", name):
            yield f"{name}: no absolute path or '..' in a zip the repository takes"
        forbidden = FORBIDDEN_FOLDERS.intersection(parts[:-1])
        if forbidden:
            yield f"{name}: no {forbidden.pop()} folder in the zip"
        inside = "/".join(parts[1:])
        if inside in DEVELOPER_FILES or inside.startswith(DEVELOPER_FOLDERS):
            yield f"{name}: tests, CI and developer files stay out of the zip"


def is_binary(name, archive):
    """A compiled binary, by its name or its first bytes (ELF, Windows PE, Mach-O)."""
    if name.endswith("/"):
        return False
    if Path(name).suffix.lower() in BINARY_SUFFIXES:
        return True
    with archive.open(name) as member:
        head = member.read(4096)
    if head.startswith(b"\x7fELF") or head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf",
                                                    b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe"):
        return True
    if head.startswith(b"MZ") and len(head) >= 64:  # DOS header; the PE header it points to
        offset = int.from_bytes(head[60:64], "little")
        return head[offset:offset + 4] == b"PE\0\0"
    return False


def folder_problems(folder, expected_folder):
    if not PACKAGE_NAME.match(folder):
        yield (f"the zip's folder {folder!r} must start with an ASCII letter and hold only "
               "ASCII letters, digits, '_' and '-'")
    elif not NEW_PACKAGE_NAME.match(folder):
        yield f"the zip's folder {folder!r} must be lowercase with '_' (PEP 8) for a new plugin"
    if expected_folder and folder != expected_folder:
        yield f"the zip's folder is {folder!r}, not {expected_folder!r}: QGIS would install " \
              "it as another plugin"


def metadata_findings(text, folder, names):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read_string(text)
    except configparser.Error as error:
        return [Finding(ERROR, f"metadata.txt cannot be read: {error}")]
    if not parser.has_section("general"):
        return [Finding(ERROR, "metadata.txt has no [general] section")]
    meta = {key: value.strip() for key, value in parser.items("general")}
    findings = [Finding(ERROR, f"metadata.txt: {field} is missing or empty")
                for field in REQUIRED_FIELDS if not meta.get(field)]
    findings += [Finding(ERROR, f"metadata.txt: {message}") for message in value_problems(meta)]
    icon = meta.get("icon", "").removeprefix("./")
    if icon and f"{folder}/{icon}" not in names:
        findings.append(Finding(ERROR, f"metadata.txt: the icon {icon} is not in the zip"))
    findings += [Finding(TO_SET, f"metadata.txt: {field}={meta[field]} is a placeholder")
                 for field in ("email", *URL_FIELDS) if is_placeholder(meta.get(field, ""))]
    return findings


def value_problems(meta):
    version = meta.get("version", "")
    if version and not VERSION.match(version):
        yield f"version {version!r} is not a dotted version number such as 1.2.0"
    minimum = meta.get("qgisMinimumVersion", "")
    if minimum and not _qgis_version(minimum):
        yield f"qgisMinimumVersion {minimum!r} is not a QGIS version such as 3.22"
    elif minimum and _qgis_version(minimum) < (3, 0):
        yield f"qgisMinimumVersion {minimum} is older than QGIS 3, which the repository serves"
    maximum = meta.get("qgisMaximumVersion", "")
    if maximum and (not _qgis_version(maximum) or
                    _qgis_version(minimum) and _qgis_version(maximum) < _qgis_version(minimum)):
        yield f"qgisMaximumVersion {maximum!r} is not a QGIS version from qgisMinimumVersion on"
    for flag in BOOLEAN_FIELDS:
        value = meta.get(flag)
        if value is not None and value.lower() not in ("true", "false", "yes", "no"):
            yield f"{flag}={value} is read as False: write True or False"
    if "/" in meta.get("author", ""):
        yield "author must not contain a slash"
    email = meta.get("email", "")
    if email and not EMAIL.match(email):
        yield f"email {email!r} is not an e-mail address"
    for field in URL_FIELDS:
        url = meta.get(field, "")
        parsed = urlparse(url)
        if url and (url in TEMPLATE_URLS or parsed.scheme not in ("http", "https")
                    or not parsed.netloc):
            yield f"{field} {url!r} is not a web address (http or https)"
    category = meta.get("category")
    if category is not None and category not in CATEGORIES:
        yield f"category {category!r} is not one of {', '.join(sorted(CATEGORIES))}"
    for field in ("description", "about"):
        if HTML_TAG.search(meta.get(field, "")):
            yield f"{field} must be plain text, without HTML"
    if "\n" in meta.get("description", ""):
        yield "description must be one line; the long text goes in about"
    if meta.get("about") and meta.get("about") == meta.get("description"):
        yield "about must say more than description"


def _qgis_version(text):
    match = QGIS_VERSION.match(text or "")
    return (int(match[1]), int(match[2])) if match else None


def is_placeholder(value):
    """An address to replace: a host (or e-mail domain) under .invalid or example.*."""
    if not value:
        return False
    email = EMAIL.match(value)
    host = email[1] if email else urlparse(value).hostname or ""
    return bool(PLACEHOLDER_HOSTS.search(host.lower()))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("zip", type=Path)
    parser.add_argument("--folder", default="itinerance", help="the plugin's folder name")
    parser.add_argument("--publish", action="store_true",
                        help="refuse placeholders too: the check before an upload")
    args = parser.parse_args(argv)
    findings = check_zip(args.zip, args.folder, publish=args.publish)
    for finding in findings:
        print(finding)
    errors = sum(f.kind == ERROR for f in findings)
    print(f"{args.zip}: {errors} errors, {len(findings) - errors} values to set before "
          "publishing" + ("" if errors else "; the repository's checks pass"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
