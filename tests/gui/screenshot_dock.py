"""Screenshot of the Inventory dock inside real QGIS, on a virtual X display (``make screenshot``).

Starts ``qgis`` under ``xvfb-run`` with the sample project, a throwaway profile where the plugin
is enabled, and ``screenshot_in_qgis.py`` as start-up code, which opens the dock and grabs the
main window. Needs the qgis and xvfb Debian packages; no display of its own.
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
IN_QGIS = HERE / "screenshot_in_qgis.py"
SCREEN = "1600x1000x24"
TIMEOUT_S = 180

QGIS3_INI = """[PythonPlugins]
itinerance=true

[migration]
settings=true
fileVersion=2

[qgis]
checkVersion=false
showTips=false
allowVersionCheck=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true
"""


def make_profile(folder):
    """A fresh QGIS profile with the plugin enabled and no first-run questions."""
    shutil.rmtree(folder, ignore_errors=True)
    settings = folder / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text(QGIS3_INI, encoding="utf-8")
    (folder / "profiles" / "profiles.ini").write_text(
        "[core]\ndefaultProfile=default\n", encoding="utf-8")


def plugin_path(folder):
    """A folder holding only an ``itinerance`` link to the repository: QGIS_PLUGINPATH."""
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "itinerance"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    return folder


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=ROOT / "build" / "sample")
    parser.add_argument("--out", type=Path,
                        default=ROOT / "docs" / "images" / "inventaire_dock.png")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "screenshot")
    args = parser.parse_args(argv)

    project = (args.sample / "itinerance_sample.qgz").resolve()
    if not project.exists():
        sys.exit(f"{project} is missing: run `make sample` first.")
    work = args.work.resolve()
    make_profile(work / "profile")
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    env = dict(os.environ,
               QGIS_CUSTOM_CONFIG_PATH=str(work / "profile"),
               QGIS_PLUGINPATH=str(plugin_path(work / "plugins")),
               ITINERANCE_SCREENSHOT=str(out),
               XDG_RUNTIME_DIR=str(work / "xdg"),
               LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) X display, not offscreen
    (work / "xdg").mkdir(mode=0o700, exist_ok=True)
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}",
               "qgis", "--nologo", "--noversioncheck", "--project", str(project),
               "--code", str(IN_QGIS)]
    try:
        subprocess.run(command, env=env, timeout=TIMEOUT_S, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except subprocess.TimeoutExpired:
        sys.exit(f"QGIS did not finish within {TIMEOUT_S} s; no screenshot.")
    if not out.exists():
        log = work / "profile" / "screenshot.log"
        detail = log.read_text(encoding="utf-8") if log.exists() else "no log"
        sys.exit(f"No screenshot written. {detail}")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
