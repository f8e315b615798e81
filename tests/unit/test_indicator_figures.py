"""Territory indicators per perimeter on a territory where every figure is known by hand
(tests/indicator_scenario.py), and the year-on-year comparison."""

import numpy as np
import pytest
from indicator_scenario import (
    ACCESS_DISTANCE,
    AIRES,
    ASCENSIONS,
    ESTABLISHMENTS,
    EXPECTED,
    MAX_DISTANCE,
    NETWORK,
    PERIMETERS,
    POLES,
    ROUTES,
    TRAME,
    elevation,
    shifted,
)
from shapely.geometry import Point, Polygon

from itinerance.processing.logic.inventory import data_model
from itinerance.processing.logic.reports import territory_figures as ti


def array(points):
    return np.array(shifted(points), dtype=float)


def scenario_inventory(**without):
    settings = ti.Settings(max_distance=MAX_DISTANCE, access_distance=ACCESS_DISTANCE)
    inventory = ti.Inventory(settings=settings)
    inventory.network = ti.NetworkInput(
        [array(points) for points, _, _ in NETWORK], settings.snap_tolerance,
        {"network": [n for _, n, _ in NETWORK], "surface": [s for _, _, s in NETWORK]},
        {"surface": data_model.SURFACES.codes})
    inventory.aires = ti.PointsInput(array([p for p, _ in AIRES]), [k for _, k in AIRES],
                                     data_model.AIRE_KINDS.codes)
    inventory.establishments = ti.EstablishmentsInput(
        array([p for p, _, _ in ESTABLISHMENTS]), [lab for _, _, lab in ESTABLISHMENTS],
        [c for _, c, _ in ESTABLISHMENTS], data_model.CATEGORIES.codes)
    inventory.routes = ti.RoutesInput([array(points) for points, _ in ROUTES],
                                      inventory.establishments, ACCESS_DISTANCE)
    inventory.trame = ti.TrameInput([array(points) for points in TRAME],
                                    settings.trame_snap_tolerance)
    shapes = [Polygon(shifted(POLES["Parc"])), Point(shifted([POLES["Terril"]])[0])]
    inventory.poles = ti.PolesInput([s.representative_point().coords[0] for s in shapes],
                                    shapes, inventory.trame, settings.hub_access_distance)
    inventory.climbs, outside = ti.ClimbsInput.detect(
        [array(points) for points, _ in ASCENSIONS], lambda xy: elevation(xy[:, 0]), 5.0)
    assert outside == 0
    for name in without:
        setattr(inventory, name, None)
    return inventory


def perimeter(name):
    return Polygon(*[shifted(ring) for ring in PERIMETERS[name][1]][:1])


@pytest.fixture(scope="module")
def rows():
    inventory = scenario_inventory()
    names = list(PERIMETERS)
    return dict(zip(names, ti.indicator_rows(inventory, [perimeter(n) for n in names])))


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_figure_is_the_one_worked_out_by_hand(rows, name):
    row = rows[name]
    for field, expected in EXPECTED[name].items():
        assert row[field] == pytest.approx(expected, abs=1e-9), field


def test_lengths_and_counts_of_adjacent_perimeters_add_up_to_the_whole(rows):
    for field in ("network_km", "surface_enrobe_km", "veloroute_km", "trame_km", "node_count",
                  "aire_count", "accueil_velo_count", "prospect_count", "climb_count",
                  "pole_count"):
        assert rows["West"][field] + rows["East"][field] == pytest.approx(rows["EPCI"][field],
                                                                          abs=1e-9), field


def test_every_perimeter_has_the_same_fields_in_the_fields_order(rows):
    names = [spec.name for spec in scenario_inventory().fields()]
    assert all(list(row) == names for row in rows.values())
    assert names[:2] == ["network_km", "network_reseau_nord_km"]
    # the data model's values are fields even where nothing has them
    for field in ("surface_pave_km", "aire_bivouac_count", "accueil_velo_office_tourisme_count",
                  "climb_hc_count"):
        assert field in names


def test_a_missing_layer_leaves_its_figures_empty_not_zero():
    inventory = scenario_inventory(aires=True, climbs=True)
    row = inventory.row(perimeter("West"))
    assert row["aire_count"] is None and row["served_pct"] is None
    assert row["climb_count"] is None and row["climb_cat4_count"] is None
    assert row["network_km"] == pytest.approx(1.2)
    assert "aire_amenagee_count" not in row  # no aires layer, no kinds to break down


def test_the_map_shapes_of_a_perimeter_are_its_clipped_layers():
    shapes = ti.Shapes()
    scenario_inventory().row(perimeter("East"), shapes)
    assert sum(np.hypot(*np.diff(p, axis=0).T).sum() for p in shapes.served) == \
        pytest.approx(800.0)
    assert not shapes.unserved
    assert sum(np.hypot(*np.diff(p, axis=0).T).sum() for p in shapes.trame) == \
        pytest.approx(1100.0)
    assert len(shapes.aires) == 1 and len(shapes.labelled) == 0


def test_breakdown_values_differing_by_case_or_accents_share_a_field():
    breakdown = ti.Breakdown.of(["Enrobé", "enrobe", None, "Cœur de Flandre", ""],
                                data_model.SURFACES.codes)
    assert breakdown.slugs[:5] == list(data_model.SURFACES.codes)
    assert breakdown.slugs[5:] == ["coeur_de_flandre"]
    assert breakdown.code.tolist() == [0, 0, -1, 5, -1]
    assert ti.aire_field("aire_amenagee") == "aire_amenagee_count"
    assert ti.aire_field("halte") == "aire_halte_count"


def test_previous_rows_are_matched_by_code_then_by_name():
    previous = [{"name": "Cassel", "code": "59135", "aire_count": 1},
                {"name": "HAZEBROUCK ", "code": None, "aire_count": 2},
                {"name": "Bailleul", "code": "99999", "aire_count": 3},
                {"name": "Old commune", "code": None, "aire_count": 4}]
    matched, left = ti.match_previous(
        [("Cassel (renamed)", "59135"), ("Hazebrouck", "59295"), ("Bailleul", "59043"),
         ("Steenvoorde", None)], previous)
    assert [row["aire_count"] if row else None for row in matched] == [1, 2, None, None]
    assert [row["name"] for row in left] == ["Bailleul", "Old commune"]


def test_changes_are_the_differences_and_unknown_stays_unknown():
    fields = [ti.Field("aire_count", "int", "aire_count"),
              ti.Field("served_pct", "real", "served_pct")]
    assert [f.name for f in ti.change_fields(fields)] == [
        "aire_count", "aire_count_prev", "aire_count_change", "served_pct", "served_pct_prev",
        "served_pct_change"]
    row = ti.with_changes({"aire_count": 5, "served_pct": 40.0},
                          {"aire_count": 3, "served_pct": None})
    assert row == {"aire_count": 5, "aire_count_prev": 3, "aire_count_change": 2,
                   "served_pct": 40.0, "served_pct_prev": None, "served_pct_change": None}
    assert ti.with_changes({"aire_count": 5}, None)["aire_count_change"] is None
