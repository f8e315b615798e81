import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from itinerance.processing.logic.relief import climbs as climb_facts


def test_steepest_section_from_its_start_over_the_window():
    assert climb_facts.steepest_section(850.0, 100.0, 1300.0) == pytest.approx((0.85, 0.95))
    # slopeprofile cuts the window to a climb shorter than it
    assert climb_facts.steepest_section(0.0, 100.0, 60.0) == pytest.approx((0.0, 0.06))
    assert climb_facts.steepest_section(None, 100.0, 1300.0) is None
    assert climb_facts.steepest_section(float("nan"), 100.0, 1300.0) is None


def test_surface_lengths_of_a_straight_climb_against_shapely():
    climb = np.array([(0.0, 0.0), (1000.0, 0.0)])
    sections = [np.array([(-50.0, 5.0), (600.0, 5.0)]),  # along, 5 m aside
                np.array([(650.0, 3.0), (800.0, -3.0)]),  # along, unknown surface
                np.array([(800.0, 40.0), (1000.0, 40.0)])]  # parallel but 40 m away
    surfaces = ["enrobe", None, "terre"]
    lengths = climb_facts.surface_lengths(climb, sections, surfaces, tolerance=15.0, step=5.0)
    # oracle: the part of the climb within 15 m of each section, by shapely
    line = LineString(climb)
    along = [line.intersection(LineString(s).buffer(15.0)).length for s in sections]
    assert along[2] == 0
    assert lengths["enrobe"] == pytest.approx(along[0], abs=5.0)
    assert lengths[None] == pytest.approx(1000.0 - along[0], abs=5.0)
    assert "terre" not in lengths
    assert sum(lengths.values()) == pytest.approx(1000.0)


def test_a_street_the_climb_only_crosses_does_not_count():
    climb = np.array([(0.0, 0.0), (400.0, 0.0)])
    crossing = [np.array([(200.0, -300.0), (200.0, 300.0)])]
    assert climb_facts.surface_lengths(climb, crossing, ["enrobe"]) == {
        None: pytest.approx(400.0)}
    # the same street turned to run along the climb for 100 m
    along = [np.array([(150.0, 4.0), (250.0, 4.0)])]
    assert climb_facts.surface_lengths(climb, along, ["enrobe"])["enrobe"] == pytest.approx(
        100.0 + 2 * np.sqrt(15.0 ** 2 - 4.0 ** 2), abs=5.0)


def test_surface_lengths_with_the_sections_indexed_once():
    from itinerance.processing.logic.inventory.checks import LinesIndex

    climb = np.array([(0.0, 0.0), (300.0, 0.0)])
    sections = [np.array([(0.0, 3.0), (300.0, 3.0)])]
    index = LinesIndex(sections)
    assert climb_facts.surface_lengths(climb, index, ["beton"]) == \
        climb_facts.surface_lengths(climb, sections, ["beton"]) == {"beton": pytest.approx(300.0)}


def test_surface_lengths_without_any_section_are_all_unknown():
    lengths = climb_facts.surface_lengths(np.array([(0.0, 0.0), (300.0, 400.0)]), [], [])
    assert lengths == {None: pytest.approx(500.0)}


def test_a_piece_counts_once_for_the_nearest_of_two_parallel_sections():
    climb = np.array([(0.0, 0.0), (200.0, 0.0)])
    sections = [np.array([(0.0, 2.0), (200.0, 2.0)]), np.array([(0.0, -8.0), (200.0, -8.0)])]
    lengths = climb_facts.surface_lengths(climb, sections, ["pave", "beton"])
    assert lengths == {"pave": pytest.approx(200.0)}


def test_surface_summary():
    labels = {"enrobe": "Asphalt", "stabilise": "Stabilised gravel"}
    assert climb_facts.surface_summary({None: 1000.0}, labels, "unknown") == "unknown"
    assert climb_facts.surface_summary({"enrobe": 980.0, None: 20.0}, labels,
                                       "unknown") == "Asphalt"
    assert climb_facts.surface_summary(
        {None: 80.0, "stabilise": 200.0, "enrobe": 720.0}, labels, "unknown") \
        == "Asphalt 72 %, Stabilised gravel 20 %, unknown 8 %"
    # a code without a label is shown as it is
    assert climb_facts.surface_summary({"gravier": 500.0, "enrobe": 500.0}, labels,
                                       "unknown") in ("gravier 50 %, Asphalt 50 %",
                                                      "Asphalt 50 %, gravier 50 %")


@pytest.mark.parametrize("values", [[1, 1, 1], [72.4, 20.4, 7.2], [0.2, 99.8], [5]])
def test_whole_percentages_add_up_to_100(values):
    shares = climb_facts.whole_percentages(values)
    assert sum(shares) == 100
    exact = [100 * v / sum(values) for v in values]
    assert all(abs(s - e) < 1 for s, e in zip(shares, exact))


def test_place_names_the_pole_commune_and_nearby_node():
    communes = [("Cassel", box(0, 0, 1000, 1000)), ("Oxelaëre", box(1000, 0, 2000, 1000))]
    poles = [("Mont Cassel", Point(500, 500).buffer(100))]
    nodes = [(35, 560.0, 500.0), (36, 1500.0, 500.0)]
    assert climb_facts.place((500.0, 500.0), poles, communes, nodes) == ("Mont Cassel",
                                                                        "Cassel", 35)
    assert climb_facts.place((1200.0, 500.0), poles, communes, nodes) == (None, "Oxelaëre",
                                                                         None)
    assert climb_facts.place((1200.0, 500.0), poles, communes, nodes, near=400.0)[2] == 36
    assert climb_facts.place((5000.0, 5000.0), poles, communes, nodes) == (None, None, None)
    assert climb_facts.place((500.0, 500.0), [], [], []) == (None, None, None)


def test_nearest_line_names_lines_by_their_position_in_the_input():
    from itinerance.processing.logic.inventory.checks import LinesIndex

    lines = [np.array([(0.0, 0.0), (10.0, 0.0)]), np.array([(5.0, 5.0)]),  # one vertex: left out
             np.array([(0.0, 100.0), (0.0, 200.0)])]
    line, distance, direction = LinesIndex(lines).nearest_line([(5.0, 2.0), (3.0, 150.0)])
    assert line.tolist() == [0, 2]
    assert distance == pytest.approx([2.0, 3.0])
    assert np.abs(direction) == pytest.approx(np.array([(1.0, 0.0), (0.0, 1.0)]))
    empty = LinesIndex([]).nearest_line([(0.0, 0.0)])
    assert empty[0].tolist() == [-1] and np.isinf(empty[1]).all()
