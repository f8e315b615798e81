"""Signal connections that can all be undone at once: when a panel moves to another layer, or
the plugin unloads."""

from contextlib import suppress


class SignalConnections:
    def __init__(self):
        self._connections = []

    def connect(self, signal, slot):
        signal.connect(slot)
        self._connections.append((signal, slot))

    def disconnect_all(self):
        for signal, slot in self._connections:
            with suppress(RuntimeError, TypeError):  # the layer is already gone
                signal.disconnect(slot)
        self._connections = []
