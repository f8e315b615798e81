"""What the benchmarks share: a throwaway QGIS profile with the plugin, timing, random walks."""

import compileall
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent / "cli"))
from qgis_runner import QgisProcess, QgisProcessError, qgis_process_command  # noqa: E402


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


class Measured:
    """One process measured: wall and processor seconds, peak memory (MB, its largest
    resident set), what it printed and its exit code."""

    def __init__(self, wall, cpu, peak_mb, stdout, stderr, returncode):
        self.wall, self.cpu, self.peak_mb = wall, cpu, peak_mb
        self.stdout, self.stderr, self.returncode = stdout, stderr, returncode

    @property
    def results(self):
        """The algorithm's results, of a ``--json`` run."""
        return json.loads(self.stdout[self.stdout.find("{"):])["results"]


# Linux gives a child the peak resident set of the process it was forked from (exec records
# the old address space's high-water mark): a bench holding a million-edge network would lend
# every qgis_process its own gigabytes. A small launcher, forked by us but forking qgis_process
# itself, measures it with wait4 and prints its usage on its last stderr line.
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write("\\n@rusage %d %f\\n" % (usage.ru_maxrss, usage.ru_utime + usage.ru_stime))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _launcher_usage(stderr):
    """(stderr without the launcher's line, peak kB, processor seconds) of a launched run."""
    head, _, tail = stderr.rstrip("\n").rpartition("\n@rusage ")
    peak_kb, cpu = tail.split()
    return head, int(peak_kb), float(cpu)


def run_measured(qgis, *args, extra_env=None, timeout=3600):
    """``qgis_process`` with ``args`` in the profile of ``qgis``, measured alone: its own
    processor time and peak memory (see LAUNCHER), its wall time from here."""
    env = qgis.env()
    env.update(extra_env or {})
    command = [sys.executable, "-c", LAUNCHER, qgis_process_command(), *args]
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)  # a group: killed together
    streams = {}
    readers = [threading.Thread(target=lambda name, pipe: streams.__setitem__(name, pipe.read()),
                                args=(name, pipe))
               for name, pipe in (("out", child.stdout), ("err", child.stderr))]
    for reader in readers:
        reader.start()
    timer = threading.Timer(timeout, lambda: os.killpg(child.pid, signal.SIGKILL))
    timer.start()
    try:
        _, status, _ = os.wait4(child.pid, 0)
    finally:
        timer.cancel()
    wall = time.perf_counter() - started
    for reader in readers:
        reader.join()
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait
    stderr, peak_kb, cpu = _launcher_usage(streams["err"])
    result = Measured(wall, cpu, peak_kb / 1024, streams["out"], stderr, child.returncode)
    if result.returncode != 0:
        raise QgisProcessError(f"{' '.join(command)} exited {result.returncode}\n"
                               f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def growth(t1, t2, n1, n2):
    """The growth exponent between two sizes: log(t2 / t1) / log(n2 / n1) (1: linear)."""
    return math.log(t2 / t1) / math.log(n2 / n1)


def copy_floor(qgis, work, layer):
    """``native:savefeatures`` copying ``layer`` to a GeoPackage, measured: the floor an
    algorithm reading that layer and writing about as much is set beside."""
    target = work / "copy.gpkg"
    target.unlink(missing_ok=True)
    return run_measured(qgis, "run", "native:savefeatures", f"--INPUT={layer}",
                        f"--OUTPUT={target}")


def beside_copy(ours, copy, exponent):
    """The table cells a region bench ends its rows with: time, the copy's, their ratio, the
    growth exponent (text, empty for the first size), both peaks."""
    return (f"{ours.wall:.1f} | {copy.wall:.1f} | {ours.wall / copy.wall:.2f} | {exponent} | "
            f"{ours.peak_mb:.0f} | {copy.peak_mb:.0f} |")
