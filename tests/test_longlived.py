import gc
import threading

import pytest

from jobfit.batch import rank_resumes
from jobfit.longlived import young_collections_only


@pytest.fixture(autouse=True)
def _known_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_the_oldest_generation_waits_within_the_block_and_is_restored_after():
    with young_collections_only():
        young0, young1, oldest = gc.get_threshold()
        assert (young0, young1) == (700, 10)
        assert oldest > 10**9
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_block_raises():
    with pytest.raises(ValueError), young_collections_only():
        raise ValueError
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_blocks_restore_only_when_the_last_ends():
    with young_collections_only():
        with young_collections_only():
            pass
        assert gc.get_threshold()[2] > 10**9
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_blocks_on_two_threads_restore_the_threshold():
    entered, leave = threading.Event(), threading.Event()

    def other():
        with young_collections_only():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with young_collections_only():
        thread.start()
        entered.wait(5)
    assert gc.get_threshold()[2] > 10**9  # the other thread's batch still runs
    leave.set()
    thread.join(5)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_ranking_leaves_the_threshold_as_it_found_it():
    ranked = rank_resumes("Python developer: Python and SQL required.", [("a", "Python, SQL")])
    assert ranked[0].report is not None
    assert gc.get_threshold() == (700, 10, 10)


def test_a_ranking_runs_without_full_collections():
    seen = []
    items = [("a", "Python, SQL"), ("b", "Java")]
    rank_resumes(
        "Python developer: Python and SQL required.",
        items,
        progress=lambda: seen.append(gc.get_threshold()),
    )
    assert len(seen) == 2 and all(oldest > 10**9 for *_, oldest in seen)
