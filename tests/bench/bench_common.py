"""What the benchmarks share: a throwaway QGIS profile with the plugin, timing, random walks."""

import compileall
import shutil
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent / "cli"))
from qgis_runner import QgisProcess  # noqa: E402


def prepare(out):
    """A fresh work folder and a qgis_process.bin runner with the plugin enabled in it. The
    plugin's modules are byte-compiled first, as after its first start in a user's QGIS (where
    PYTHONDONTWRITEBYTECODE is set, each qgis_process would compile them again: time that is
    neither ours nor QGIS's, added to both sides of every ratio)."""
    compileall.compile_dir(str(ROOT / "processing"), quiet=1)
    compileall.compile_dir(str(ROOT / "plugin"), quiet=1)
    compileall.compile_file(str(ROOT / "__init__.py"), quiet=1)
    work = Path(out).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    plugins = work / "plugins"
    plugins.mkdir()
    (plugins / "itinerance").symlink_to(ROOT, target_is_directory=True)
    qgis = QgisProcess(work / "profile", plugins)
    qgis.enable_plugin()
    return work, qgis


def timed(label, call):
    """Run ``call``, print and return its wall time with its result."""
    started = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - started
    if label:
        print(f"  {label}: {seconds:.2f} s", flush=True)
    return seconds, result


def random_walks(total_km, count, seed, step, turn, low, high):
    """``count`` meandering lines adding up to ``total_km``, starting between ``low`` and
    ``high`` (x, y); each step is ``step`` metres and turns by a normal angle of sd ``turn``."""
    rng = np.random.default_rng(seed)
    walks = []
    for _ in range(count):
        steps = int(total_km * 1000 / count / step)
        angles = np.cumsum(rng.normal(0, turn, steps))
        xy = np.cumsum(np.column_stack([np.cos(angles), np.sin(angles)]) * step, axis=0)
        walks.append(xy + rng.uniform(low, high))
    return walks
