"""A Processing feedback that keeps what an algorithm says, for tests to read."""

from qgis.core import QgsProcessingFeedback


class Log(QgsProcessingFeedback):
    """Every message in ``lines`` (``text``: all of them, one a line); the warnings also in
    ``warnings``."""

    def __init__(self):
        super().__init__()
        self.lines = []
        self.warnings = []

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)
        self.warnings.append(text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.lines.append(text)

    @property
    def text(self):
        return "\n".join(self.lines)
