"""A large synthetic OpenStreetMap extract for `make bench`, written as OSM XML: a points-nœuds
network on a grid (a numbered node at each crossing, each link between two nodes a route
relation of several ways, as mapped in OpenStreetMap), a few long named itineraries over the
network's ways, green links, and the untagged buildings and roads every real extract is mostly
made of."""

import numpy as np
from pyproj import Transformer

TO_WGS84 = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
ORIGIN = (640_000.0, 7_030_000.0)
SURFACES = np.array(["asphalt", "compacted", "ground", "paving_stones", "concrete", ""])


def _tags(**tags):
    return "".join(f'<tag k="{k}" v="{v}"/>' for k, v in tags.items() if v != "")


def write_extract(path, target_ways=200_000, ways_per_link=4, vertices_per_way=4, spacing=1000.0,
                  seed=7):
    """Write the extract to ``path``; returns its figures (nodes, ways, relations…). About a
    third of the ways are other features (buildings, roads) the import leaves aside."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(target_ways * 2 / 3 / ways_per_link / 2)))
    gx, gy = np.meshgrid(np.arange(side), np.arange(side))
    grid = np.column_stack([gx.ravel(), gy.ravel()]) * spacing
    grid = grid + rng.normal(0, spacing / 20, grid.shape)
    node_of = np.arange(side * side).reshape(side, side)
    links = np.concatenate([  # (from grid node, to grid node)
        np.column_stack([node_of[:, :-1].ravel(), node_of[:, 1:].ravel()]),
        np.column_stack([node_of[:-1, :].ravel(), node_of[1:, :].ravel()])])
    # each link: ways_per_link ways of vertices_per_way vertices, sharing their end vertices
    steps = ways_per_link * (vertices_per_way - 1)
    t = np.linspace(0, 1, steps + 1)
    a, b = grid[links[:, 0]], grid[links[:, 1]]
    bend = rng.normal(0, spacing / 15, (len(links), 1)) * np.sin(np.pi * t)[None, :]
    normal = (b - a)[:, ::-1] * np.array([-1, 1]) / spacing
    xy = (a[:, None, :] + (b - a)[:, None, :] * t[None, :, None]
          + normal[:, None, :] * bend[:, :, None])
    inner = xy[:, 1:-1].reshape(-1, 2)  # the links' own vertices (their ends are grid nodes)
    grid_ids = np.arange(1, len(grid) + 1)
    inner_ids = len(grid) + 1 + np.arange(len(inner)).reshape(len(links), steps - 1)
    vertex_ids = np.concatenate([grid_ids[links[:, :1]], inner_ids, grid_ids[links[:, 1:]]],
                                axis=1)
    # other features: small closed buildings (4 nodes) to make up the rest of the ways
    others = max(0, target_ways - len(links) * ways_per_link)
    centres = rng.uniform(0, side * spacing, (others, 2))
    square = np.array([[0, 0], [12, 0], [12, 9], [0, 9]])
    building_xy = (centres[:, None, :] + square[None]).reshape(-1, 2)
    first_building = len(grid) + len(inner) + 1
    all_xy = np.concatenate([grid, inner, building_xy]) + ORIGIN
    lon, lat = TO_WGS84.transform(all_xy[:, 0], all_xy[:, 1])
    numbers = rng.integers(1, 99, len(grid))

    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" '
                  'generator="itinerance bench">\n')
        for i in range(len(all_xy)):
            tag = f'<tag k="rcn_ref" v="{numbers[i]:02d}"/>' if i < len(grid) else ""
            out.write(f'<node id="{i + 1}" version="1" lat="{lat[i]:.7f}" '
                      f'lon="{lon[i]:.7f}">{tag}</node>\n')
        way_id = 0
        link_ways = []
        surfaces = SURFACES[rng.integers(0, len(SURFACES), len(links))]
        for k in range(len(links)):
            ways = []
            for w in range(ways_per_link):
                way_id += 1
                refs = vertex_ids[k, w * (vertices_per_way - 1):(w + 1) * (vertices_per_way - 1)
                                  + 1]
                nds = "".join(f'<nd ref="{r}"/>' for r in refs)
                out.write(f'<way id="{way_id}" version="1">{nds}'
                          f'{_tags(highway="cycleway", surface=surfaces[k])}</way>\n')
                ways.append(way_id)
            link_ways.append(ways)
        for j in range(others):
            way_id += 1
            refs = first_building + 4 * j + np.array([0, 1, 2, 3, 0])
            nds = "".join(f'<nd ref="{r}"/>' for r in refs)
            out.write(f'<way id="{way_id}" version="1">{nds}{_tags(building="yes")}</way>\n')
        relation_id = 0
        for k, ways in enumerate(link_ways):
            relation_id += 1
            members = "".join(f'<member type="way" ref="{w}" role=""/>' for w in ways)
            name = f"{numbers[links[k, 0]]:02d}-{numbers[links[k, 1]]:02d}"
            out.write(f'<relation id="{relation_id}" version="1">{members}'
                      + _tags(type="route", route="bicycle", network="rcn",
                              **{"network:type": "node_network",
                                 "cycle_network": "FR:Points-nœuds du banc d'essai"},
                              name=name) + "</relation>\n")
        itineraries = 10  # long named routes along rows of the grid
        for row in range(min(itineraries, side)):
            relation_id += 1
            start = row * (side - 1)
            members = "".join(f'<member type="way" ref="{w}" role=""/>'
                              for k in range(start, start + side - 1) for w in link_ways[k])
            out.write(f'<relation id="{relation_id}" version="1">{members}'
                      + _tags(type="route", route="bicycle", network="ncn",
                              name=f"Véloroute {row + 1}") + "</relation>\n")
        out.write("</osm>\n")
    return {"nodes": len(all_xy), "ways": way_id, "network_ways": len(links) * ways_per_link,
            "links": len(links), "numbered_nodes": len(grid), "relations": relation_id,
            "itineraries": min(itineraries, side)}
