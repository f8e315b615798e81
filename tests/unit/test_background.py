"""Work run in a thread while the main one waits on QGIS (processing/algorithms/background)."""

import threading

import pytest

from itinerance.processing.algorithms.background import InBackground


def test_the_work_runs_once_in_another_thread_and_gives_its_result():
    ran_in = []

    def work(a, b):
        ran_in.append(threading.current_thread())
        return a + b

    job = InBackground(work, 2, 3)
    assert ran_in == []  # nothing runs before it is started or asked for
    job.start()
    job.start()
    assert job.result() == 5 and job.result() == 5
    assert len(ran_in) == 1 and ran_in[0] is not threading.main_thread()


def test_asked_for_without_being_started_it_runs_then():
    assert InBackground(sorted, [3, 1, 2]).result() == [1, 2, 3]


def test_an_error_in_the_thread_is_raised_where_the_result_is_asked_for():
    def fails():
        raise ValueError("no candidate node on the network")

    job = InBackground(fails)
    job.start()  # nothing raised here: the main thread goes on writing
    with pytest.raises(ValueError, match="no candidate node"):
        job.result()
