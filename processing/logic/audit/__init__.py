"""The audit of a node network: link and face classes, node facts, cross-border seams, and the
whole audit composed from the network, relief and loop engines."""
