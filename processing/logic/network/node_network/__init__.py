"""The points-nœuds network seen from its numbered nodes: the sections contracted between nodes
(node_graph), the census of family and sporty loops from each node (loops) and the faces of the
planar network (faces). Built on the graph engine of the parent package; used by the audit."""
