"""The PDF of a node network's audit: an A4 page from the indicators' print layout template
(``indicators_a4``: map, chart, table of figures), an atlas of one page over the network: the
links by length class with the faces and the nodes that have a fact, the audit's chart, its
figures and the first of the places to look at."""

from qgis.core import QgsGeometry, QgsProject, QgsRectangle

from ..layers.audit_rows import LINK_OUTPUT_FIELDS, LOOP_OUTPUT_FIELDS, AuditLabels
from ..logic.reports.indicator_html import shown
from . import map_credits, print_layouts
from .indicator_pdf import add_table, memory_layer

TEMPLATE = "indicators_a4"
PLACES_ON_PAGE = 4  # rows of each table of places on the page


def _geometry(value):
    """A QgsGeometry from WKB bytes (as the output rows hold them) or as it is."""
    if isinstance(value, (bytes, bytearray)):
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(value))
        return geometry
    return value


def _map_layers(rows, crs):
    """Memory layers of the links, the faces and the nodes with a fact, styled."""
    authid, labels = crs.authid(), AuditLabels()
    links = memory_layer(f"LineString?crs={authid}", "links", LINK_OUTPUT_FIELDS,
                         [(_geometry(g), v) for g, v in rows.link_rows()])
    labels.style_links(links)
    faces = memory_layer(f"Polygon?crs={authid}", "faces", LOOP_OUTPUT_FIELDS,
                         [(_geometry(g), v) for g, v in rows.loop_rows()])
    labels.style_faces(faces)
    nodes = memory_layer(f"Point?crs={authid}", "nodes", (("facts", "text"),),
                         [(_geometry(g), [v[4]]) for g, v in rows.node_rows()])
    labels.style_nodes(nodes)
    return [nodes, links, faces]


def _figure_rows(texts, data):
    """The page's table: the figures, then the first places of each table."""
    rows = [(None, [1, texts.labels[name], shown(texts, name, value)])
            for name, value in data.figures.items()]
    for table in data.places + data.seams:
        for row in table.rows[:PLACES_ON_PAGE]:
            rows.append((None, [1, texts.headings["place"].format(table.title, row[0]),
                                " · ".join(row[1:])]))
    return rows


def page_name(rows, texts):
    """The page's title: the networks audited (their names, as the nodes give them)."""
    names = sorted({n for n in rows.read.nodes.nodes.network if n})
    return texts.legend["page"].format(", ".join(names)) if names else texts.title


def _coverage(rows, texts, crs, chart_path):
    """The atlas's one feature: the network's extent, named after its networks."""
    extent = QgsRectangle()
    extent.setMinimal()
    for geometry, _ in rows.link_rows():
        extent.combineExtentWith(_geometry(geometry).boundingBox())
    return memory_layer(f"Polygon?crs={crs.authid()}", "network",
                        (("page", "int"), ("name", "text"), ("chart_png", "text")),
                        [(QgsGeometry.fromRect(extent), [1, page_name(rows, texts),
                                                          str(chart_path)])])


def write_audit_pdf(path, texts, data, rows, chart_path, credit_layers, context, feedback,
                    dpi=150):
    """Write the PDF page (its credits: what ``credit_layers``, the inputs, declare); returns
    its path."""
    print_layouts.check_output(path)
    crs = rows.crs
    coverage = _coverage(rows, texts, crs, chart_path)
    figures = memory_layer("None", "figures",
                           (("page", "int"), ("indicator", "text"), ("value", "text")),
                           _figure_rows(texts, data))
    # qgis_process without --PROJECT_PATH has no project: a layout needs one
    project = context.project() or QgsProject()
    layout = print_layouts.load_template(project, TEMPLATE)
    layers = _map_layers(rows, crs)
    print_layouts.set_texts(layout, texts.title, texts.subtitle, "",
                            map_credits.credit_line("", credit_layers))
    main = print_layouts.item(layout, "main_map", print_layouts.QgsLayoutItemMap)
    print_layouts.show_layers(main, layers, crs)
    atlas = print_layouts.start_atlas(layout, coverage, '"name"', 0.05)
    add_table(layout, figures, texts, False)
    files = print_layouts.export(layout, path, dpi, atlas, feedback)
    return files[0]
