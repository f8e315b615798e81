"""Builds the installable plugin zip from the files git tracks, plus the compiled translations.

Tests, CI and developer files stay out; the zip holds one folder, ``itinerance/``.
"""

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
EXCLUDED_PREFIXES = ("tests/", ".ci/", ".github/", "docs/")  # docs: README pictures
EXCLUDED_FILES = {"Makefile", ".gitignore", ".gitattributes", ".ruff.toml"}


def plugin_files(root=ROOT):
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True,
                             check=True).stdout.decode().split("\0")
    files = [name for name in tracked if name and name not in EXCLUDED_FILES
             and not name.startswith(EXCLUDED_PREFIXES)]
    files += sorted(p.relative_to(root).as_posix() for p in (root / "i18n").glob("*.qm"))
    return files


def build_zip(out, root=ROOT):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    files = plugin_files(root)
    if not any(name.endswith(".qm") for name in files):
        raise SystemExit("no compiled translation in i18n/: run `make qm` first")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            path = root / name
            if path.is_file():  # a tracked file deleted in the working tree stays out
                archive.write(path, f"itinerance/{name}")
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(f"wrote {build_zip(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
