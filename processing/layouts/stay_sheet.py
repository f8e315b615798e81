"""The stay sheet of itinerance:planstages: a PDF, one A4 page per day, in the style of the
circuit sheets (the same template): the day's map (its line bold, the night's lodging, the aires
and Accueil Vélo stops), its profile chart when there is a DEM, its figures, the lodging and the
services on the way."""

import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsMarkerSymbol,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..layers import output_styles, profile_io
from ..layers.sinks import TYPES, value
from ..translate import tr
from . import map_credits, print_layouts

TEMPLATE = "circuit_sheet_a4"
ON_PAGE = "\"circuit\" = attribute(@atlas_feature, 'name')"  # rows of the page's day
GRADE_WINDOW_M = 100.0


@dataclass
class SheetDay:
    """One page: ``name`` (the atlas page's, unique), ``line`` (WKB), the figures, the
    night's lodging (None on the last day)."""

    name: str
    sequence: str
    line: bytes
    length_km: float
    gain_m: Optional[float]
    lodging: Optional[str]
    lodging_xy: Optional[tuple]
    accueil_velo: bool
    detour_m: Optional[float]
    start_km: float


@dataclass
class SheetStop:
    """An aire or Accueil Vélo stop on the way: its day's page name, kind (aire,
    accueil_velo), name, position and km ridden."""

    day: str
    kind: str
    name: str
    xy: tuple
    at_km: float


def _memory(kind, crs, name, fields):
    layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, TYPES[t]) for n, t in fields])
    layer.updateFields()
    return layer


def _add(layer, rows):
    features = []
    for geometry, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([value(v) for v in values])  # numpy numbers as Python ones
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _line(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def day_layers(days: List[SheetDay], stops: List[SheetStop], crs, charts):
    """The atlas's days (with the template's fields), the stops, the nights' lodgings."""
    day_layer = _add(_memory("MultiLineString", crs, tr("Days"), (
        ("name", "text"), ("sequence", "text"), ("length_km", "real"), ("gain_m", "real"),
        ("loss_m", "real"), ("max_grade_pct", "real"), ("n_aires", "int"),
        ("n_accueil_velo", "int"), ("chart_png", "text"))), [
        (_line(d.line), [d.name, d.sequence, d.length_km, d.gain_m, None, None,
                         sum(s.day == d.name and s.kind == "aire" for s in stops),
                         sum(s.day == d.name and s.kind == "accueil_velo" for s in stops),
                         charts.get(d.name)]) for d in days])
    stop_layer = _add(_memory("Point", crs, tr("On the way"), (
        ("circuit", "text"), ("kind", "text"), ("name", "text"), ("at_km", "real"))), [
        (QgsGeometry.fromWkt(f"Point({s.xy[0]} {s.xy[1]})"), [s.day, s.kind, s.name, s.at_km])
        for s in stops])
    night_layer = _add(_memory("Point", crs, tr("Night"), (
        ("circuit", "text"), ("lodging", "text"), ("accueil_velo", "bool"),
        ("detour_m", "real"), ("at_km", "real"))), [
        (QgsGeometry.fromWkt(f"Point({d.lodging_xy[0]} {d.lodging_xy[1]})"),
         [d.name, d.lodging, d.accueil_velo, d.detour_m, d.start_km + d.length_km])
        for d in days if d.lodging is not None])
    return day_layer, stop_layer, night_layer


def charts_of(days: List[SheetDay], profile_km, profile_z, folder) -> dict:
    """A profile chart per day (its samples between its start and end km): {name: png}."""
    charts = {}
    if profile_km is None:
        return charts
    for day in days:
        inside = (profile_km >= day.start_km) & (profile_km <= day.start_km + day.length_km)
        if inside.sum() < 2 or not np.isfinite(profile_z[inside]).any():
            continue
        png, _ = profile_io.render_chart(
            (profile_km[inside] - day.start_km) * 1000.0, profile_z[inside],
            Path(folder) / f"day_{len(charts) + 1}", "", {}, GRADE_WINDOW_M)
        charts[day.name] = png
    return charts


def _style(day_layer, stop_layer, night_layer):
    from .sheet_symbols import circuit_on_page, stops_on_page

    circuit_on_page(day_layer)
    stops_on_page(stop_layer, tr("Aire"), tr("Accueil Vélo"))
    house = QgsMarkerSymbol.createSimple({"name": "square", "color": "#e31a1c",
                                          "outline_color": "white", "size": "4.6"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(house, 0, 0, ON_PAGE, tr("Night")))
    night_layer.setRenderer(QgsRuleBasedRenderer(root))


def _texts(layout, with_dem):
    captions = {"length": tr("Length"), "gain": tr("Elevation gain"),
                "aires": tr("Aires"), "accueil_velo": tr("Accueil Vélo stops")}
    for key, caption in captions.items():
        label = print_layouts.item(layout, f"figure_{key}_caption", QgsLayoutItemLabel)
        if label is not None:
            label.setText(caption)
    for prefix, field in (("figure_loss", "loss_m"), ("figure_max_grade", "max_grade_pct"),
                          ("figure_gain", "gain_m")):
        print_layouts.leave_out_when_null(layout, prefix, field)
    sequence = print_layouts.item(layout, "sequence", QgsLayoutItemLabel)
    if sequence is not None:
        sequence.setText('[% "sequence" %]')
    chart = print_layouts.item(layout, "profile_chart", QgsLayoutItemPicture)
    if chart is not None and not with_dem:
        chart.setVisibility(False)


def export(path, context, crs, title, days, stops, profile_km, profile_z, background,
           feedback, dpi=200):
    """Write the stay sheet to ``path`` (PDF): one page per day. ``background``: layers drawn
    under the days (the project's visible layers, or the route)."""
    print_layouts.check_output(path)
    folder = Path(tempfile.gettempdir()) / f"stay_charts_{uuid.uuid4().hex}"
    charts = charts_of(days, profile_km, profile_z, folder)
    day_layer, stop_layer, night_layer = day_layers(days, stops, crs, charts)
    _style(day_layer, stop_layer, night_layer)
    # qgis_process without PROJECT_PATH has no project; a layout needs one
    project = context.project() or QgsProject()
    layout = print_layouts.load_template(project, TEMPLATE)
    print_layouts.set_texts(layout, title, "", "", map_credits.credit_line(
        "", background, feedback))
    _texts(layout, bool(charts))
    yes, no = (word.replace("'", "''") for word in (tr("yes"), tr("no")))
    print_layouts.fill_table(layout, "legs_table", night_layer, [
        (tr("Night at"), "\"lodging\""),
        (tr("Accueil Vélo"), f"if(\"accueil_velo\", '{yes}', '{no}')"),
        (tr("Detour"), "format_number(\"detour_m\", 0) || ' m'")],
        tr("The night"), tr("The last day ends at the station."), ON_PAGE)
    print_layouts.fill_table(layout, "stops_table", stop_layer, [
        (tr("At km"), "format_number(\"at_km\", 1)"), (tr("Stop"), "\"name\"")],
        tr("Aires and Accueil Vélo on the way"), tr("No aire or Accueil Vélo stop on the way."),
        ON_PAGE)
    main = print_layouts.item(layout, "main_map", QgsLayoutItemMap)
    plain = [layer.clone() for layer in background]
    for layer in plain:
        if isinstance(layer, QgsVectorLayer):
            output_styles.plain_background(layer)
    print_layouts.show_layers(main, [night_layer, stop_layer, day_layer] + plain, crs)
    atlas = print_layouts.start_atlas(layout, day_layer, '"name"', 0.12)
    feedback.pushInfo(tr("Rendering the stay sheet: {} page(s)…").format(atlas.count()))
    files = print_layouts.export(layout, path, dpi, atlas, feedback)
    del plain, layout, project  # the layout before its project
    return files
