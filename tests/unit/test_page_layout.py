"""Pure helpers of the map exports: formats, page files, drawing order, credits, logos, scales."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itinerance.processing.logic.reports import page_layout


def test_output_format_from_the_extension():
    assert page_layout.output_format("carte.PDF") == "pdf"
    assert page_layout.output_format("/tmp/x/carte.png") == "png"
    assert page_layout.output_format("carte.jpg") is None
    assert page_layout.output_format("carte") is None


def test_page_files_are_numbered_for_an_atlas():
    assert page_layout.page_files("/d/carte.png", 1) == [page_layout.Path("/d/carte.png")]
    files = [str(p) for p in page_layout.page_files("/d/carte.png", 3)]
    assert files == ["/d/carte_01.png", "/d/carte_02.png", "/d/carte_03.png"]
    many = page_layout.page_files("/d/carte.png", 120)
    assert str(many[0]) == "/d/carte_001.png" and str(many[-1]) == "/d/carte_120.png"


def test_drawing_order_points_over_lines_over_areas_over_rasters_stable():
    kinds = ["raster", "polygon", "line", "point", "line", "other", "point"]
    order = page_layout.drawing_order(kinds)
    assert [kinds[i] for i in order] == ["point", "point", "line", "line", "polygon", "other",
                                         "raster"]
    assert order[:4] == [3, 6, 2, 4]  # the given order within a kind


def test_credits_once_each_longest_kept():
    line = page_layout.credits_line([
        "© OpenStreetMap contributors", "  OpenStreetMap   contributors ", "", None,
        "IGN BD TOPO", "ign bd topo", "Département du Nord"])
    assert line == "© OpenStreetMap contributors · IGN BD TOPO · Département du Nord"
    # a longer credit given after a shorter one replaces it
    assert page_layout.credits_line(["IGN", "IGN BD TOPO"]) == "IGN BD TOPO"


def test_logo_boxes_one_logo_centred():
    [box] = page_layout.logo_boxes((10, 20, 40, 20), [1.0], gap=2)
    assert box == pytest.approx((20, 20, 20, 20))


def test_logo_boxes_pick_the_rows_that_make_logos_largest():
    # a narrow, tall zone: three wide logos one above the other
    boxes = page_layout.logo_boxes((0, 0, 30, 45), [2.0, 2.0, 2.0], gap=2)
    assert [b[3] for b in boxes] == pytest.approx([41 / 3] * 3)  # (45 - 2 × 2) / 3
    assert len({b[1] for b in boxes}) == 3
    # a wide zone: side by side, same height, aspect kept, inside the zone
    boxes = page_layout.logo_boxes((5, 5, 100, 20), [1.0, 3.0, 0.5], gap=2)
    assert {b[1] for b in boxes} == {5.0}
    for box, ratio in zip(boxes, [1.0, 3.0, 0.5]):
        assert box[2] == pytest.approx(ratio * box[3])
        assert 5 <= box[0] and box[0] + box[2] <= 105 + 1e-9
    assert boxes[1][0] == pytest.approx(boxes[0][0] + boxes[0][2] + 2)


def test_logo_boxes_nothing_to_place():
    assert page_layout.logo_boxes((0, 0, 30, 20), []) == []
    assert page_layout.logo_boxes((0, 0, 0, 20), [1.0]) == []
    assert page_layout.logo_boxes((0, 0, 30, 20), [0.0]) == []


@pytest.mark.parametrize("scale, expected", [
    (341_249.99, 350_000), (350_000, 350_000), (1_001, 1_250), (9_999, 10_000),
    (231_039, 250_000), (76, 80)])
def test_round_scale_at_or_above(scale, expected):
    assert page_layout.round_scale(scale) == pytest.approx(expected)


def test_round_scale_refuses_nonsense():
    with pytest.raises(ValueError):
        page_layout.round_scale(0)
    with pytest.raises(ValueError):
        page_layout.round_scale(float("nan"))


def test_covered_share():
    assert page_layout.covered_share((0, 0, 10, 10), (0, 0, 10, 10)) == 1.0
    assert page_layout.covered_share((0, 0, 5, 10), (0, 0, 10, 10)) == 0.5
    assert page_layout.covered_share((20, 20, 30, 30), (0, 0, 10, 10)) == 0.0


def test_wrap_label_between_words():
    assert page_layout.wrap_label("Network stretches with distance to the nearest aire", 20) \
        == "Network stretches\nwith distance to the\nnearest aire"
    assert page_layout.wrap_label("Aires", 20) == "Aires"
    assert page_layout.wrap_label("Anticonstitutionnellement long", 10) \
        == "Anticonstitutionnellement\nlong"


@given(st.floats(min_value=1.0, max_value=1e8, allow_nan=False))
def test_round_scale_is_the_smallest_documented_one_at_or_above(scale):
    """1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7.5, 8 x 10^k (docs/algorithms/map-exports.md)."""
    listed = sorted(m * 10.0 ** k for m in (1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7.5, 8)
                    for k in range(10))
    rounded = page_layout.round_scale(scale)
    assert rounded == pytest.approx(next(s for s in listed if s >= scale * (1 - 1e-9)))
