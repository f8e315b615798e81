"""itinerance:planstages: an itinerary cut into days, each night at a lodging near the route,
from a station to a station: the multi-day products the contracts sell."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..inputs.place_inputs import feature_source, has_field, no_places, read_places
from ..layers import output_styles, profile_io
from ..layers.geometry_io import (
    LAMBERT_93,
    multiline_wkb,
    point_wkbs,
    read_lines,
    working_crs,
)
from ..logic.inventory.accueil_velo_list import normalise
from ..logic.network import route_coverage
from ..logic.products import stage_plan, stages
from ..translate import format_number
from .base import ItineranceAlgorithm, advanced

JOIN_TOLERANCE_M = 1.0  # pieces whose ends are this close are one line (as accueilvelocoverage)
PROFILE_KEYS = ("balanced", "family", "sporty")
PROFILE_STEP_M = 25.0  # metres between elevation samples along the route
LODGING_CATEGORY = "hebergement"
STAGE_FIELDS = (("day", "int"), ("from", "text"), ("to", "text"), ("start_km", "real"),
                ("end_km", "real"), ("length_km", "real"), ("gain_m", "real"),
                ("lodging", "text"), ("accueil_velo", "bool"), ("detour_m", "real"),
                ("aire_count", "int"), ("aires", "text"), ("accueil_velo_stop_count", "int"),
                ("accueil_velo_stops", "text"))
OPTION_FIELDS = (("day", "int"), ("lodging", "text"), ("at_km", "real"), ("detour_m", "real"),
                 ("accueil_velo", "bool"), ("chosen", "bool"), ("day_km", "real"),
                 ("next_day_km", "real"))


class PlanStages(ItineranceAlgorithm):
    ROUTE = "ROUTE"
    STATIONS = "STATIONS"
    START = "START"
    END = "END"
    LODGINGS = "LODGINGS"
    PROFILE = "PROFILE"
    DAY_MIN_KM = "DAY_MIN_KM"
    DAY_MAX_KM = "DAY_MAX_KM"
    DAY_TARGET_KM = "DAY_TARGET_KM"
    ACCUEIL_VELO_WEIGHT = "ACCUEIL_VELO_WEIGHT"
    MAX_DETOUR_M = "MAX_DETOUR_M"
    NETWORK = "NETWORK"
    DEM = "DEM"
    MAX_DAY_GAIN_M = "MAX_DAY_GAIN_M"
    AIRES = "AIRES"
    TARGET_CRS = "TARGET_CRS"
    STAGES = "STAGES"
    LODGING_OPTIONS = "LODGING_OPTIONS"
    OUTPUT_SHEET = "OUTPUT_SHEET"
    OUTPUT_GPX = "OUTPUT_GPX"
    ICON = "planstages.svg"

    def name(self):
        return "planstages"

    def flags(self):
        # the stay sheet renders a print layout: on the main thread, as the map exports do
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Plan multi-day stages")

    def group(self):
        return self.tr("Itinerance products")

    def groupId(self):  # noqa: N802 - QGIS API
        return "products"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        points = [QgsProcessing.TypeVectorPoint]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROUTE, self.tr("Route (lines, assembled into one route)"),
            [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STATIONS, self.tr("Railway stations (points)"), points, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.START, self.tr("Start station (name; empty: the nearest to the route's start)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.END, self.tr("End station (name; empty: the nearest to the route's other end)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LODGINGS, self.tr("Lodgings (points; of etablissements, the hebergement)"),
            points))
        self.addParameter(QgsProcessingParameterEnum(
            self.PROFILE, self.tr("Rider profile"),
            [self.tr("Balanced: 40 to 70 km, 55 km aimed at"),
             self.tr("Family: 25 to 45 km, 35 km aimed at"),
             self.tr("Sporty: 60 to 110 km, 85 km aimed at")], defaultValue=0))
        for name, text in ((self.DAY_MIN_KM, self.tr("Shortest day (km; empty: the profile's)")),
                           (self.DAY_MAX_KM, self.tr("Longest day (km; empty: the profile's)")),
                           (self.DAY_TARGET_KM,
                            self.tr("Day length aimed at (km; empty: the profile's)"))):
            self.addParameter(QgsProcessingParameterNumber(
                name, text, QgsProcessingParameterNumber.Double, None, optional=True,
                minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCUEIL_VELO_WEIGHT,
            self.tr("Preference for Accueil Vélo nights (km² of the cost; 0: none)"),
            QgsProcessingParameterNumber.Double, 25.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DETOUR_M, self.tr("Farthest lodging from the route (m)"),
            QgsProcessingParameterNumber.Double, 2000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Network to reach the lodgings (default: straight line)"),
            [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Digital elevation model"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DAY_GAIN_M, self.tr("Most elevation gain in a day (m; needs the DEM)"),
            QgsProcessingParameterNumber.Double, None, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AIRES, self.tr("Aires to list on the way"), points, optional=True))
        self.addParameter(advanced(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.STAGES, self.tr("Stages"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LODGING_OPTIONS, self.tr("Lodging options at each stage end"),
            QgsProcessing.TypeVectorPoint, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_SHEET, self.tr("Stay sheet (PDF, one page per day)"),
            self.tr("PDF files (*.pdf)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_GPX, self.tr("GPX (one track per day)"), self.tr("GPX files (*.gpx)"),
            optional=True, createByDefault=False))
        self.add_number_outputs({
            "STAGE_COUNT": self.tr("Days"),
            "TOTAL_KM": self.tr("Length ridden (km)"),
            "ACCUEIL_VELO_NIGHTS": self.tr("Nights at an Accueil Vélo lodging"),
            "CANDIDATE_COUNT": self.tr("Lodgings within reach of the route"),
            "SKIPPED_COUNT": self.tr("Features skipped (no usable geometry)"),
        })

    def aliases(self):
        return {"day": self.tr("Day"), "from": self.tr("From"), "to": self.tr("To"),
                "start_km": self.tr("Start (km ridden)"), "end_km": self.tr("End (km ridden)"),
                "length_km": self.tr("Length (km)"), "gain_m": self.tr("Elevation gain (m)"),
                "lodging": self.tr("Lodging"), "accueil_velo": self.tr("Accueil Vélo"),
                "detour_m": self.tr("Detour to the lodging (m)"),
                "aire_count": self.tr("Aires on the way"), "aires": self.tr("Aires"),
                "accueil_velo_stop_count": self.tr("Accueil Vélo stops on the way"),
                "accueil_velo_stops": self.tr("Accueil Vélo stops"),
                "at_km": self.tr("At (km ridden)"), "chosen": self.tr("In the plan"),
                "day_km": self.tr("Day ending there (km)"),
                "next_day_km": self.tr("Next day (km)")}

    def styles(self):
        return {self.STAGES: None,
                self.LODGING_OPTIONS: lambda layer: output_styles.covered_flag(
                    layer, "chosen", self.tr("In the plan"), self.tr("Alternative"))}

    # --- the run ---------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        bounds = self.day_bounds(parameters, context)
        route_source = feature_source(self, parameters, self.ROUTE, context)
        crs = working_crs(route_source.sourceCrs(),
                          self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        lines = read_lines(route_source, crs, context, feedback)
        skipped = self.report_skipped(feedback, self.tr("route"), lines)
        route = self.assemble(lines, feedback)
        inputs = self.read_inputs(parameters, context, crs)
        skipped += sum(p.skipped for p in inputs.values() if p is not None)
        start_m, end_m, start_name, end_name = self.ends(parameters, context, route,
                                                         inputs["stations"], feedback)
        lodgings = self.lodgings(parameters, context, crs, route, inputs["establishments"],
                                 feedback)
        profile = self.profile(parameters, context, crs, route, feedback)
        try:
            plan = stage_plan.plan(route, lodgings, start_m, end_m,
                                   self.parameterAsDouble(parameters, self.MAX_DETOUR_M,
                                                          context), bounds, profile)
        except stages.StagesError as error:
            raise QgsProcessingException(self.no_plan_message(
                route, error, start_m, end_m, lodgings, inputs)) from None
        names = (start_name, end_name)
        outputs, rows, stops = self.write(parameters, context, crs, route, plan, lodgings,
                                          inputs, names)
        self.write_files(parameters, context, crs, route, plan, lodgings, names,
                         (rows, stops, profile), outputs, feedback)
        self.style_outputs(context, {k: v for k, v in outputs.items()
                                     if k == self.LODGING_OPTIONS})
        nights = int(lodgings.labelled[plan.nights].sum())
        feedback.pushInfo(self.tr(
            "{} day(s), {:.1f} km from {} to {}: {}; {} of {} night(s) at an Accueil Vélo "
            "lodging.").format(plan.day_count, plan.length_km.sum(), start_name, end_name,
                               " + ".join(f"{km:.1f}" for km in plan.length_km), nights,
                               len(plan.nights)))
        return {"STAGE_COUNT": plan.day_count, "TOTAL_KM": float(plan.length_km.sum()),
                "ACCUEIL_VELO_NIGHTS": nights, "CANDIDATE_COUNT": len(plan.candidates),
                "SKIPPED_COUNT": skipped, **outputs}

    def day_bounds(self, parameters, context):
        """The day bounds: the profile's, each value given instead; refused if they cannot
        hold."""
        def optional(name):
            value = parameters.get(name)
            return None if value in (None, "") else self.parameterAsDouble(
                parameters, name, context)

        key = PROFILE_KEYS[self.parameterAsEnum(parameters, self.PROFILE, context)]
        low, high, target = stages.profile_bounds(key, optional(self.DAY_MIN_KM),
                                                  optional(self.DAY_MAX_KM),
                                                  optional(self.DAY_TARGET_KM))
        max_gain = optional(self.MAX_DAY_GAIN_M)
        if max_gain is not None and parameters.get(self.DEM) in (None, ""):
            raise QgsProcessingException(self.tr(
                "MAX_DAY_GAIN_M needs a DEM to measure the gain: give DEM, or leave "
                "MAX_DAY_GAIN_M empty."))
        bounds = stages.DayBounds(low, high, target, self.parameterAsDouble(
            parameters, self.ACCUEIL_VELO_WEIGHT, context), max_gain)
        try:
            bounds.check()
        except stages.StagesError as error:
            raise QgsProcessingException(self.bounds_message(error)) from None
        return bounds

    def bounds_message(self, error):
        details = error.details
        if error.code == "target":
            return self.tr("The day length aimed at ({:g} km) must lie between the shortest "
                           "({:g} km) and the longest day ({:g} km).").format(
                details["target_km"], details["min_km"], details["max_km"])
        return self.tr("The shortest day (DAY_MIN_KM = {:g} km) is longer than the longest "
                       "(DAY_MAX_KM = {:g} km): no day can hold. Give a shortest day at most "
                       "the longest.").format(details["min_km"], details["max_km"])

    def assemble(self, lines, feedback):
        """The route's lines as one route (``route_coverage.assemble_route``), its breaks
        reported."""
        if not lines.parts:
            raise QgsProcessingException(self.tr(
                "The route layer has no usable line ({} features read).").format(lines.features))
        route = route_coverage.assemble_route(lines.parts, JOIN_TOLERANCE_M)
        if route.jumps:
            feedback.pushWarning(self.tr(
                "The route's {} lines form {} separate pieces, joined in the order that keeps "
                "the breaks short; the {} break(s), not counted in the length:").format(
                len(lines.parts), len(route.pieces), len(route.jumps)))
            for jump in route.jumps:
                feedback.pushInfo(self.tr("  at km {:.1f}: {:.0f} m").format(
                    jump.chainage_m / 1000, jump.length_m))
        feedback.pushInfo(self.tr("Route: {:.1f} km.").format(route.length / 1000))
        return route

    def read_inputs(self, parameters, context, crs):
        """The stations, the establishments (every category: the lodgings and the Accueil Vélo
        stops on the way) and the aires."""
        def read(name, extra=()):
            source = feature_source(self, parameters, name, context, required=False)
            return read_places(source, crs, context, extra_fields=extra) if source \
                else no_places(extra)

        return {"stations": read(self.STATIONS, ("commune",)),
                "establishments": read(self.LODGINGS, ("category", "commune")),
                "aires": read(self.AIRES)}

    def ends(self, parameters, context, route, stations, feedback):
        """(start chainage, end chainage, start name, end name) from START and END."""
        wanted = [self.parameterAsString(parameters, name, context).strip()
                  for name in (self.START, self.END)]
        if not len(stations.names):
            if any(wanted):
                raise QgsProcessingException(self.tr(
                    "START or END names a station: give the STATIONS layer too."))
            return 0.0, route.length, self.tr("km 0"), self.tr("km {:.1f}").format(
                route.length / 1000)
        distance, _, chainage = route_coverage.nearest_on_routes([route], stations.xy)
        picked = [self.station(stations.names, w) if w else None for w in wanted]
        ends_xy = np.array([route.point_at(0.0), route.point_at(route.length)])
        if picked[0] is None:
            near = 0 if picked[1] is None or chainage[picked[1]] > route.length / 2 else 1
            picked[0] = self.nearest_station(stations.xy, ends_xy[near])
        if picked[1] is None:
            far = 1 if chainage[picked[0]] <= route.length / 2 else 0
            picked[1] = self.nearest_station(stations.xy, ends_xy[far])
        start, end = picked
        if abs(chainage[start] - chainage[end]) < 1.0:
            raise QgsProcessingException(self.tr(
                "The start and end stations ({} and {}) meet the route at the same point: "
                "choose two stations along it.").format(stations.names[start],
                                                        stations.names[end]))
        for k in picked:
            feedback.pushInfo(self.tr("Station {}: {:.0f} m from the route, at km {:.1f} of "
                                      "it.").format(stations.names[k], distance[k],
                                                    chainage[k] / 1000))
        return (float(chainage[start]), float(chainage[end]), stations.names[start],
                stations.names[end])

    def station(self, names, wanted):
        """The index of the station called ``wanted`` (case and accents aside)."""
        key = normalise(wanted)
        for i, name in enumerate(names):
            if normalise(name) == key:
                return i
        close = [name for name in names if key in normalise(name)][:10]
        raise QgsProcessingException(self.tr(
            "No station is called {}. {}").format(wanted, self.tr(
                "Stations with that in their name: {}.").format(", ".join(close)) if close
                else self.tr("Check the name in the STATIONS layer.")))

    @staticmethod
    def nearest_station(xy, at):
        return int(np.argmin(np.hypot(xy[:, 0] - at[0], xy[:, 1] - at[1])))

    def lodgings(self, parameters, context, crs, route, establishments, feedback):
        """The hebergement establishments (every one when the layer has no category) with their
        detour to the route: straight, or along NETWORK."""
        categories = establishments.values["category"]
        any_category = not has_field(self.parameterAsSource(parameters, self.LODGINGS, context),
                                     "category")
        keep = np.array([any_category or c == LODGING_CATEGORY for c in categories], dtype=bool)
        index = np.flatnonzero(keep)
        xy = establishments.xy[index]
        detour, _, _ = route_coverage.nearest_on_routes([route], xy)
        network_source = feature_source(self, parameters, self.NETWORK, context, required=False)
        if network_source is not None:
            from ..logic.products import station_access as access

            network = read_lines(network_source, crs, context, feedback)
            self.report_skipped(feedback, self.tr("network"), network)
            if not network.parts:
                raise QgsProcessingException(self.tr(
                    "NETWORK has no usable line: give lines, or leave NETWORK empty for "
                    "straight detours."))
            attached = access.attach(network.parts, xy, route.pieces)
            detour = access.distances_to_lines(attached, np.arange(len(xy)))
        feedback.pushInfo(self.tr("{} lodging(s), {} of them Accueil Vélo.").format(
            len(index), int(establishments.labelled[index].sum())))
        if not len(index):
            raise QgsProcessingException(self.tr(
                "LODGINGS has no lodging: give points, or the etablissements layer with "
                "hebergement establishments."))
        return stage_plan.Lodgings(xy, establishments.labelled[index], detour,
                                   [establishments.names[i] for i in index])

    def profile(self, parameters, context, crs, route, feedback):
        """Elevations along the route every PROFILE_STEP_M, when a DEM is given."""
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            return None
        dem = profile_io.open_dem(dem_layer, 1)
        chainage = np.unique(np.concatenate([np.arange(0.0, route.length, PROFILE_STEP_M),
                                             [route.length], route.piece_start,
                                             route.piece_end]))
        z = dem.sample_from(route.points_at(chainage), crs.toWkt())
        if not np.isfinite(z).any():
            feedback.reportError(self.tr("The DEM does not cover the route: no gain."))
        return stage_plan.Profile(chainage, z)

    def no_plan_message(self, route, error, start_m, end_m, lodgings, inputs):
        """Why no plan fits: the stretch, the place near it, the lodgings beyond it."""
        places = inputs["stations"]
        communes = inputs["establishments"].values["commune"]
        named = [(xy, c) for xy, c in zip(inputs["establishments"].xy.tolist(), communes) if c]
        xy = np.array([*places.xy.tolist(), *[p[0] for p in named]]).reshape(-1, 2)
        facts = stage_plan.describe_blockage(route, error, start_m, end_m, lodgings, xy,
                                             places.names + [p[1] for p in named])
        place = facts["place"] or self.tr("no named place near")
        if facts["reason"] == "end":
            text = self.tr(
                "No plan fits the day bounds: the end (km {:.1f}) lies too near or too far "
                "from every night the plan can reach; a last night between km {:.1f} and km "
                "{:.1f} (near {}) would be needed.").format(
                abs(end_m - start_m) / 1000, facts["start_km"], facts["end_km"], place)
        else:
            after = self.tr("from the start") if facts["at_start"] else self.tr(
                "after the night at km {:.1f}").format(facts["from_km"])
            text = self.tr(
                "No plan fits the day bounds: {}, the next night would have to lie between km "
                "{:.1f} and km {:.1f} (near {}), and {}.").format(
                after, facts["start_km"], facts["end_km"], place,
                self.tr("every day there climbs more than MAX_DAY_GAIN_M")
                if facts["reason"] == "gain" else self.tr("no lodging lies within reach there"))
        if facts["next_name"]:
            text += " " + self.tr("The next lodging within reach is {} at km {:.1f}.").format(
                facts["next_name"], facts["next_km"])
        if facts["nearest_name"]:
            text += " " + self.tr("The lodging nearest to that stretch is {}, {:.0f} m from "
                                  "the route.").format(facts["nearest_name"],
                                                       facts["nearest_m"])
        return text + " " + self.tr("Widen the day bounds or MAX_DETOUR_M, or add lodgings.")

    # --- the outputs -----------------------------------------------------------------------

    def write(self, parameters, context, crs, route, plan, lodgings, inputs, names):
        """STAGES and LODGING_OPTIONS; returns (outputs, the stages' rows, the stops on the
        way)."""
        lines = stage_plan.day_lines(route, plan.boundaries_m)
        ridden = np.abs(plan.boundaries_m - plan.boundaries_m[0]) / 1000.0
        stops, on_the_way = self.stops(route, plan, inputs, parameters, context)
        rows = []
        for d, pieces in enumerate(lines):
            night = plan.nights[d] if d < len(plan.nights) else None
            rows.append((multiline_wkb(pieces), [
                d + 1, names[0] if d == 0 else lodgings.names[plan.nights[d - 1]],
                lodgings.names[night] if night is not None else names[1],
                ridden[d], ridden[d + 1], ridden[d + 1] - ridden[d],
                None if plan.gain_m is None else float(plan.gain_m[d]),
                lodgings.names[night] if night is not None else None,
                bool(lodgings.labelled[night]) if night is not None else None,
                float(lodgings.detour_m[night]) if night is not None else None,
                *stops[d]]))
        return self.write_outputs(parameters, context, crs, {
            self.STAGES: (STAGE_FIELDS, QgsWkbTypes.MultiLineString, rows),
            self.LODGING_OPTIONS: (OPTION_FIELDS, QgsWkbTypes.Point,
                                   self.option_rows(plan, lodgings, ridden))}), rows, on_the_way

    def stops(self, route, plan, inputs, parameters, context):
        """Per day: (aire count, their names, Accueil Vélo stop count, their names), those within
        MAX_DETOUR_M of the route in a straight line; and every stop as (day, kind, name, xy,
        km ridden)."""
        radius = self.parameterAsDouble(parameters, self.MAX_DETOUR_M, context)
        establishments = inputs["establishments"]
        ridden = np.abs(plan.boundaries_m - plan.boundaries_m[0]) / 1000.0
        kinds, on_the_way = [], []
        for kind, places, pick in (
                ("aire", inputs["aires"], np.arange(len(inputs["aires"].names))),
                ("accueil_velo", establishments, np.flatnonzero(establishments.labelled))):
            day, into = stage_plan.stops_by_day(route, plan.boundaries_m, places.xy[pick],
                                                radius)
            names = [places.names[i] for i in pick.tolist()]
            kinds.append((day, into, names))
            on_the_way += [(d, kind, names[k], tuple(places.xy[pick[k]]),
                            ridden[d - 1] + into[k] / 1000.0)
                           for k, d in enumerate(day.tolist()) if d > 0]
        result = []
        for d in range(1, plan.day_count + 1):
            row = []
            for day, into, names in kinds:
                on = np.flatnonzero(day == d)
                on = on[np.argsort(into[on], kind="stable")]
                row += [len(on), "; ".join(names[i] for i in on.tolist())[:254] or None]
            result.append(row)
        return result, sorted(on_the_way, key=lambda stop: stop[4])

    @staticmethod
    def option_rows(plan, lodgings, ridden):
        night, lodging = plan.options
        at = np.abs(plan.chainage_m[lodging] - plan.boundaries_m[0]) / 1000.0
        chosen = lodging == plan.nights[night]
        rows = []
        for k, (n, i) in enumerate(zip(night.tolist(), lodging.tolist())):
            rows.append((point_wkbs(lodgings.xy[i])[0], [
                n + 1, lodgings.names[i], at[k], float(lodgings.detour_m[i]),
                bool(lodgings.labelled[i]), bool(chosen[k]), at[k] - ridden[n],
                ridden[n + 2] - at[k]]))
        return rows

    def write_files(self, parameters, context, crs, route, plan, lodgings, names, sheet,
                    outputs, feedback):
        """The GPX and the stay sheet, when asked for; ``sheet``: (the stages' rows, the stops
        on the way, the profile)."""
        gpx_path = self.parameterAsFileOutput(parameters, self.OUTPUT_GPX, context)
        if gpx_path:
            from ..layers import gpx_io

            gpx_io.write_stages(gpx_path, crs, context, stage_plan.day_lines(
                route, plan.boundaries_m), plan, lodgings, names)
            outputs[self.OUTPUT_GPX] = gpx_path
            feedback.pushInfo(self.tr("Wrote {}.").format(gpx_path))
        sheet_path = self.parameterAsFileOutput(parameters, self.OUTPUT_SHEET, context)
        if sheet_path:
            self.write_sheet(sheet_path, parameters, context, crs, plan, lodgings, names,
                             sheet, feedback)
            outputs[self.OUTPUT_SHEET] = sheet_path

    def write_sheet(self, path, parameters, context, crs, plan, lodgings, names, sheet,
                    feedback):
        from ..layouts import print_layouts, stay_sheet

        rows, stops, profile = sheet
        days = []
        for (wkb, values), night in zip(rows, list(plan.nights) + [None]):
            title = self.tr("Day {}: {} → {}").format(values[0], values[1], values[2])
            span = self.tr("km {} → km {} of the stay").format(format_number(values[3], 1),
                                                                format_number(values[4], 1))
            days.append(stay_sheet.SheetDay(
                title, span, wkb, values[5], values[6], values[7],
                tuple(lodgings.xy[night]) if night is not None else None,
                bool(values[8]), values[9], values[3]))
        sheet_stops = [stay_sheet.SheetStop(days[d - 1].name, kind, name, xy, at)
                       for d, kind, name, xy, at in stops]
        profile_km = profile_z = None
        if profile is not None:
            riding = np.abs(profile.chainage_m - plan.boundaries_m[0]) / 1000.0
            order = np.argsort(riding, kind="stable")
            profile_km, profile_z = riding[order], np.asarray(profile.z_m)[order]
        background = print_layouts.visible_layers(context.project())
        if not background:
            route_layer = self.parameterAsVectorLayer(parameters, self.ROUTE, context)
            background = [route_layer] if route_layer is not None else []
        stay_sheet.export(path, context, crs, self.tr("{} → {}").format(*names), days,
                          sheet_stops, profile_km, profile_z, background, feedback)
