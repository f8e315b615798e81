"""Runs ``qgis_process`` headless in a throwaway profile (tests, demo, smoke)."""

import functools
import json
import os
import subprocess
from pathlib import Path


@functools.cache
def qgis_process_command():
    """The command users type where it works. QGIS 3.22 (Debian bookworm): the
    ``/usr/bin/qgis_process`` wrapper passes ``--noversioncheck`` from /etc/default/qgis, which
    3.22 rejects, so the binary behind it is called. QGIS 3.40 (Debian trixie) and newer: the
    wrapper drops that option and works (it also sets GRASS's library path)."""
    from qgis.core import Qgis

    if Qgis.QGIS_VERSION_INT < 34000:
        return "/usr/bin/qgis_process.bin"
    return "/usr/bin/qgis_process"


class QgisProcessError(RuntimeError):
    pass


class QgisProcess:
    def __init__(self, profile_dir, plugin_path=None):
        self.profile_dir = Path(profile_dir)
        self.plugin_path = plugin_path

    def env(self):
        env = dict(os.environ)
        env.update({"QT_QPA_PLATFORM": "offscreen",
                    "QGIS_CUSTOM_CONFIG_PATH": str(self.profile_dir)})
        env.setdefault("XDG_RUNTIME_DIR", str(self.profile_dir / "xdg"))
        Path(env["XDG_RUNTIME_DIR"]).mkdir(parents=True, mode=0o700, exist_ok=True)
        if self.plugin_path is not None:
            env["QGIS_PLUGINPATH"] = str(self.plugin_path)
        else:
            env.pop("QGIS_PLUGINPATH", None)
        # qgis_process must find QGIS's own processing package, never our folder of that name
        env.pop("PYTHONPATH", None)
        return env

    def call(self, *args, check=True, timeout=600):
        command = qgis_process_command()
        completed = subprocess.run([command, *args], env=self.env(), capture_output=True,
                                   text=True, timeout=timeout, check=False)
        if check and completed.returncode != 0:
            raise QgisProcessError(
                f"{command} {' '.join(args)} exited {completed.returncode}\n"
                f"stdout:\n{completed.stdout[-3000:]}\nstderr:\n{completed.stderr[-3000:]}")
        return completed

    def enable_plugin(self, name="itinerance"):
        return self.call("plugins", "enable", name)

    def set_locale(self, locale):
        """QGIS's language in this profile, as Settings > Options > General > Override system
        locale writes it (QGIS3.ini of the profile ``qgis_process`` uses)."""
        from qgis.PyQt.QtCore import QSettings

        settings = QSettings(str(self.profile_dir / "profiles" / "default" / "QGIS" /
                                 "QGIS3.ini"), QSettings.IniFormat)
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)
        settings.sync()
        if settings.status() != QSettings.NoError:
            raise QgisProcessError(f"cannot write the locale into {settings.fileName()}")

    def run(self, algorithm, check=True, **parameters):
        """Run ``algorithm`` with ``--json``; returns the parsed JSON (``results`` inside)."""
        args = ["--json", "run", algorithm]
        for key, value in parameters.items():
            if isinstance(value, bool):
                value = "true" if value else "false"
            # a list (multiple layers, files) repeats the parameter, as qgis_process wants
            for item in value if isinstance(value, (list, tuple)) else [value]:
                args.append(f"--{key}={item}")
        completed = self.call(*args, check=check)
        if completed.returncode != 0:
            return {"returncode": completed.returncode, "stdout": completed.stdout,
                    "stderr": completed.stderr}
        start = completed.stdout.find("{")
        try:
            return json.loads(completed.stdout[start:])
        except ValueError as error:
            raise QgisProcessError(
                f"no JSON from {qgis_process_command()}:\n{completed.stdout[-3000:]}") from error
