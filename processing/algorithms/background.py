"""Pure numpy and scipy work run in a thread while QGIS does something else."""

import functools
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Optional


class InBackground:
    """A computation started on demand in a thread, its result waited for when needed.

    For work that holds Python's lock only briefly (numpy, scipy) while the main thread waits
    on QGIS, which lets go of it (GDAL building a GeoPackage's spatial index): the two then
    share the machine's cores. Only pure logic goes in the thread, never a QGIS object."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        self._call = functools.partial(function, *args)
        self._future: Optional[Future] = None

    def start(self) -> None:
        if self._future is None:
            pool = ThreadPoolExecutor(max_workers=1)
            self._future = pool.submit(self._call)
            pool.shutdown(wait=False)  # the thread ends with its one task

    def result(self) -> Any:
        """The result (started now if it was not); an error in the thread is raised here."""
        self.start()
        assert self._future is not None
        return self._future.result()
