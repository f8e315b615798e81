"""Builds the installable plugin zip from the files git tracks, plus the compiled translations
and the documentation pages rendered to HTML (docs_html).

Tests, CI and developer files stay out; the zip holds one folder, ``itinerance/``, with the
LICENSE, README and docs/ (the pages the Help buttons open, and their pictures).
"""

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # python -P leaves this folder out
from docs_html import html_name, render_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
FOLDER = "itinerance"
EXCLUDED_PREFIXES = ("tests/", ".ci/", ".github/")
EXCLUDED_FILES = {"Makefile", ".gitignore", ".gitattributes", ".ruff.toml", "mypy.ini"}


def plugin_files(root=ROOT):
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True,
                             check=True).stdout.decode().split("\0")
    files = [name for name in tracked if name and name not in EXCLUDED_FILES
             and not name.startswith(EXCLUDED_PREFIXES) and (root / name).is_file()]
    files += sorted(p.relative_to(root).as_posix() for p in (root / "i18n").glob("*.qm"))
    return files


def doc_pages(files):
    """The Markdown pages the zip renders to HTML: README.md and every page of docs/."""
    return [name for name in files
            if name.endswith(".md") and (name == "README.md" or name.startswith("docs/"))]


def build_zip(out, root=ROOT):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    files = plugin_files(root)
    if not any(name.endswith(".qm") for name in files):
        raise SystemExit("no compiled translation in i18n/: run `make qm` first")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(root / name, f"{FOLDER}/{name}")
        for name in doc_pages(files):
            page = render_page((root / name).read_text(encoding="utf-8"))
            archive.writestr(f"{FOLDER}/{html_name(name)}", page)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(f"wrote {build_zip(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
