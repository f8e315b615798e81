"""Connectivity of an itinerary network between hubs (pôles de loisirs, terrils, parcs).

Pure numpy/scipy, metres in one metric CRS. One module a step, each with its part of the model:

- :mod:`.hubs`: each hub attached at its nearest network point (or isolated);
- :mod:`.bridges`: the edges whose loss splits a component, and the hub pairs each would cut;
- :mod:`.hub_distances`: network distances between hubs (one Dijkstra, shared);
- :mod:`.indices`: IIC, PC, each hub's share of IIC, the headline figures;
- :mod:`.component_links`: the shortest straight link between every two components;
- :mod:`.missing_links`: those links and the isolated hubs' links, ranked greedily;
- :mod:`.segments`: segment geometry the others share.

Typical use (the glue)::

    net = graph.build_network(lines, snap_tolerance)
    att = attach_hubs(net, hubs, access_distance)             # att.network: split at hubs
    br = components_and_bridges(att.network)                  # output edges: att.network's
    cut = bridge_cut_pairs(att.network, br, att.node)
    d = hub_distances(att.network, att.node, att.access_m)   # exact, no limit (PC needs all)
    figures = summary(att.network, br, att, weights, d, threshold)
    reach, loss = reachable_hubs(d, threshold), d_iic_pct(weights, d, threshold)
    links = missing_links(att.network, att, hubs, weights, max_link, threshold, count)
"""
