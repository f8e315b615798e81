"""Where itinerance:airesgap spends its time inside a real qgis_process run.

Given to qgis_process.bin as PYQGIS_STARTUP (QGIS runs it when its Python starts, before the
plugins load): when the plugin's provider is imported, the steps of the algorithm are wrapped
with timers, and at the end of processAlgorithm one line goes to stderr::

    ITINERANCE_PHASES {"read_lines": 0.05, ..., "processAlgorithm": 0.71}

(processor seconds, summed over the calls of each step: unlike wall time, they hardly change
when other processes share the machine). A step counts the processor time of its own thread,
so that work done meanwhile in another thread (the suggestions while the outputs are written,
the shared vertices while the T-junctions are found) is counted once, in its own step; the
whole of processAlgorithm counts every thread. The wrappers cost microseconds.
"""

import functools
import importlib.abc
import importlib.machinery
import json
import sys
import threading
import time

MARK = "ITINERANCE_PHASES"
PROVIDER = "itinerance.processing.provider"
times = {}


def _timed(owner, name, label=None, clock=time.thread_time, worker_only=False):
    """Wrap ``owner.name`` to add its processor time (``clock``) to ``times[label]``; with
    ``worker_only``, only its calls in threads other than the main one."""
    function = getattr(owner, name)
    label = label or name

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if worker_only and threading.current_thread() is threading.main_thread():
            return function(*args, **kwargs)
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            times[label] = times.get(label, 0.0) + clock() - started

    setattr(owner, name, wrapper)


def _report(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        finally:
            print(MARK, json.dumps(times), file=sys.stderr, flush=True)
            times.clear()

    return wrapper


def install():
    from itinerance.processing.algorithms import aires_gap, base
    from itinerance.processing.logic.network import coverage as network_coverage
    from itinerance.processing.logic.network import graph as network

    for name in ("read_lines", "read_points", "line_wkbs"):
        _timed(aires_gap, name)
    for name in ("build_network_flat", "locate_points", "split_at"):
        _timed(network, name)
    _timed(network, "_shared_vertices", "build_network_flat", worker_only=True)
    for name in ("distance_field", "stretches", "stretch_runs", "gaps", "suggest_sites"):
        _timed(network_coverage, name)
    _timed(aires_gap.AiresGap, "diagnostic_rows")
    _timed(base, "add_sink")
    _timed(base, "write")
    _timed(aires_gap.AiresGap, "write_outputs")
    _timed(aires_gap.AiresGap, "processAlgorithm", clock=time.process_time)
    aires_gap.AiresGap.processAlgorithm = _report(aires_gap.AiresGap.processAlgorithm)


class _AfterProvider(importlib.abc.MetaPathFinder):
    """Runs :func:`install` once the provider module (hence the algorithms) is imported."""

    def find_spec(self, name, path, target=None):
        if name != PROVIDER:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            install()

        spec.loader.exec_module = exec_module
        return spec


def phases(stderr):
    """The timings a run printed (the last run's), or None."""
    lines = [line for line in stderr.splitlines() if line.startswith(MARK)]
    return json.loads(lines[-1][len(MARK):]) if lines else None


if __name__ != "phase_timer":  # run by QGIS as a startup script, not imported by the bench
    sys.meta_path.insert(0, _AfterProvider())
