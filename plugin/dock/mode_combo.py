"""The mode selector of the dock's panels: the six modes by their names, cycling first."""

from ...processing.inputs.modes import CODES, DEFAULT_MODE, mode_labels


def fill_modes(combo):
    """Fill ``combo`` with the modes (their names shown, their codes as data), cycling chosen."""
    combo.clear()
    for code, label in zip(CODES, mode_labels()):
        combo.addItem(label, code)
    combo.setCurrentIndex(0)


def current_mode(combo):
    """The code of the mode chosen in ``combo``."""
    return combo.currentData() or DEFAULT_MODE
