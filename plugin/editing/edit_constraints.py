"""The edit buffer checked against the layer's hard constraints before anything is written.

QGIS commits in stages (attribute changes, then new features, then deletions...): when the
database refuses a late stage, the earlier ones are already written. Checking the rules QGIS
knows (NOT NULL columns, value lists, unique fields) first makes the usual failure, a new aire
without a name, refuse the whole save and write nothing.
"""

from qgis.core import QgsFieldConstraints, QgsVectorLayerUtils

from ...processing.translate import tr  # module-level strings: pylupdate5's @default context


def feature_label(layer, feature):
    """How a message names a feature: its name or number, else its id (new ones say so)."""
    for field_name in ("name", "number"):
        if layer.fields().indexFromName(field_name) >= 0:
            value = feature[field_name]
            if value not in (None, "") and not (hasattr(value, "isNull") and value.isNull()):
                return f"«{value}»"
    if feature.id() < 0:
        return tr("the new feature")
    return tr("feature {}").format(feature.id())


def buffer_violations(layer):
    """[(feature label, field title, errors)] for the features the edit buffer adds or changes."""
    buffer = layer.editBuffer()
    if buffer is None:
        return []
    all_fields = range(layer.fields().count())
    to_check = {fid: all_fields for fid in buffer.addedFeatures()}
    for fid, changes in buffer.changedAttributeValues().items():
        if fid not in to_check:
            to_check[fid] = list(changes)
    violations = []
    for fid, indexes in to_check.items():
        feature = layer.getFeature(fid)
        for index in indexes:
            ok, errors = QgsVectorLayerUtils.validateAttribute(
                layer, feature, index, QgsFieldConstraints.ConstraintStrengthHard,
                QgsFieldConstraints.ConstraintOriginNotSet)
            if not ok:
                violations.append((feature_label(layer, feature),
                                   layer.fields().at(index).displayName(), "; ".join(errors)))
    return violations
