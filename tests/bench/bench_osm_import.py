"""`make bench`, OpenStreetMap import: itinerance:importosmnetwork on a large extract generated
here (osm_bench_extract: at least 200,000 ways written as OSM XML) against ogr2ogr reading the
same file with the same GDAL configuration into a GeoPackage, the I/O floor, in the same run;
then the same extract as PBF (written by osmium-tool).
Also the import's parts, timed apart (reading with GDAL, reading the relations, building the
records), and the import again into the filled database (every feature updated).

``--before REV``: the same import by the plugin as it was at the git revision REV (exported
with git archive into the work folder), run in turn with this one, the best of each: the ratio
says whether this version is slower on the same cycling-only extract."""

import argparse
import compileall
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_common import prepare, timed  # noqa: E402
from osm_bench_extract import write_extract  # noqa: E402
from qgis_runner import QgisProcess  # noqa: E402

from itinerance.processing.logic.osm import extract as osm_network  # noqa: E402
from itinerance.processing.logic.osm import reader as osm_reader  # noqa: E402
from itinerance.processing.logic.osm import relations as osm_relations  # noqa: E402
from itinerance.processing.logic.relief import dem_sampling  # noqa: E402

ROOT = HERE.parent.parent


def ogr2ogr(extract, out):
    out.unlink(missing_ok=True)
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(out), str(extract), "-oo",
                    f"CONFIG_FILE={osm_reader.CONFIG}", "points", "lines"], check=True,
                   capture_output=True)


def best(runs, call):
    """The shortest of ``runs`` timings of ``call`` (the machine is shared), and its result."""
    results = [timed(None, call) for _ in range(runs)]
    return min(seconds for seconds, _ in results), results[-1][1]


def plugin_at(revision, work):
    """A QgisProcess whose plugin is the repository as it was at ``revision``."""
    folder = work / "before" / "itinerance"
    folder.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    compileall.compile_dir(str(folder), quiet=1)
    qgis = QgisProcess(work / "before" / "profile", folder.parent)
    qgis.enable_plugin()
    return qgis


def before_and_after(work, extract, qgis, revision, runs):
    """The import by the plugin at ``revision`` and by this one, in turn into new databases,
    ``runs`` times each: (best before, best now, results of each)."""
    before = plugin_at(revision, work)
    times = {"before": [], "now": []}
    results = {}
    for _ in range(runs):
        for name, runner in (("before", before), ("now", qgis)):
            database = work / f"{name}.gpkg"
            for path in work.glob(f"{name}.gpkg*"):
                path.unlink()
            runner.run("itinerance:createprojectdb", OUTPUT=database, ADD_TO_PROJECT=False)
            seconds, result = timed(None, lambda r=runner, d=database: r.run(
                "itinerance:importosmnetwork", INPUT=extract, DATABASE=d))
            times[name].append(seconds)
            results[name] = result["results"]
    return min(times["before"]), min(times["now"]), results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench_osm")
    parser.add_argument("--ways", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--before", help="a git revision to compare with (e.g. a tag)")
    args = parser.parse_args(argv)
    work, qgis = prepare(args.out)

    extract = work / "extrait.osm"
    made, figures = timed(None, lambda: write_extract(extract, args.ways))
    size = extract.stat().st_size / 1e6
    print(f"Extract: {figures['ways']:,} ways ({figures['network_ways']:,} in "
          f"{figures['links']:,} node-to-node route relations), {figures['nodes']:,} nodes "
          f"({figures['numbered_nodes']:,} numbered), {figures['relations']:,} relations, "
          f"{size:.0f} MB of OSM XML, written in {made:.1f} s", flush=True)

    if args.before:
        old, new, results = before_and_after(work, extract, qgis, args.before, args.runs)
        print(f"  itinerance:importosmnetwork at {args.before}: {old:.2f} s "
              f"(SECTION_COUNT {results['before']['SECTION_COUNT']}); this version: "
              f"{new:.2f} s (SECTION_COUNT {results['now']['SECTION_COUNT']}, LINK_COUNT "
              f"{results['now'].get('LINK_COUNT')}): {new / old:.2f}x, best of {args.runs} "
              "each, run in turn", flush=True)

    floor, _ = best(args.runs, lambda: ogr2ogr(extract, work / "ogr2ogr.gpkg"))
    print(f"  ogr2ogr, points and lines into a GeoPackage (the I/O floor): {floor:.2f} s",
          flush=True)

    database = work / "territoire.gpkg"

    def import_fresh(source=extract):
        for path in work.glob("territoire.gpkg*"):
            path.unlink()
        qgis.run("itinerance:createprojectdb", OUTPUT=database, ADD_TO_PROJECT=False)
        return timed(None, lambda: qgis.run("itinerance:importosmnetwork", INPUT=source,
                                            DATABASE=database))

    runs = [import_fresh() for _ in range(args.runs)]
    ours = min(seconds for seconds, _ in runs)
    results = runs[-1][1]["results"]
    print(f"  itinerance:importosmnetwork through qgis_process.bin, into a new project "
          f"GeoPackage: {ours:.2f} s, {ours / floor:.2f}x ogr2ogr "
          f"(NODE_COUNT {results['NODE_COUNT']}, SECTION_COUNT {results['SECTION_COUNT']}, "
          f"ITINERARY_COUNT {results['ITINERARY_COUNT']}, LINK_COUNT "
          f"{results.get('LINK_COUNT')}, NETWORK_LENGTH_M "
          f"{results['NETWORK_LENGTH_M'] / 1000:,.0f} km, SKIPPED_COUNT "
          f"{results['SKIPPED_COUNT']})", flush=True)
    again, _ = timed(None, lambda: qgis.run("itinerance:importosmnetwork", INPUT=extract,
                                            DATABASE=database))
    print(f"  the same import again, every feature updated in place: {again:.2f} s, "
          f"{again / floor:.2f}x ogr2ogr", flush=True)

    pbf = work / "extrait.osm.pbf"
    subprocess.run(["osmium", "cat", str(extract), "-o", str(pbf), "--overwrite"], check=True)
    pbf_floor, _ = best(args.runs, lambda: ogr2ogr(pbf, work / "ogr2ogr_pbf.gpkg"))
    runs = [import_fresh(pbf) for _ in range(args.runs)]
    pbf_ours = min(seconds for seconds, _ in runs)
    assert runs[-1][1]["results"]["SECTION_COUNT"] == results["SECTION_COUNT"]
    print(f"  the same extract as PBF ({pbf.stat().st_size / 1e6:.0f} MB, written by osmium): "
          f"ogr2ogr {pbf_floor:.2f} s, itinerance:importosmnetwork {pbf_ours:.2f} s, "
          f"{pbf_ours / pbf_floor:.2f}x", flush=True)

    read, (nodes, ways) = best(1, lambda: osm_reader.read_nodes_and_ways(extract))
    members, (relations, _) = best(1, lambda: osm_relations.read_relations(
        extract, keep=osm_network.wanted_relation))

    def build():
        return osm_network.build_extract(
            nodes, ways, relations,
            lambda lonlat: dem_sampling.transform_points(lonlat, "EPSG:4326", "EPSG:2154"))

    built, extract_records = best(1, build)
    assert len(extract_records.troncons) == figures["links"]  # one section per link
    assert len(extract_records.liaisons) == figures["links"]  # and one link
    assert np.isclose(extract_records.section_length(), results["NETWORK_LENGTH_M"])
    print(f"  its parts, in this process: GDAL reading nodes and ways {read:.2f} s, the "
          f"relations {members:.2f} s, the records (noding, splitting, chaining, the links' "
          f"paths) {built:.2f} s", flush=True)
    shutil.rmtree(work / "profile", ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
