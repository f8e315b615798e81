"""A throwaway PostgreSQL + PostGIS server for the tests, from the Debian packages.

``initdb`` refuses to run as root, and CI runs as root: there the cluster belongs to the
``postgres`` system user (created by the ``postgresql`` package) and its commands run through
``runuser``. Elsewhere it belongs to whoever runs the tests. It listens on a free loopback port
(password authentication) and on a socket in its own folder, never on the system's 5432.
"""

import getpass
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "itinerance"
PASSWORD = "itinerance-test"


def _bin_dir():
    """The newest installed PostgreSQL server's bin folder."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise RuntimeError("PostgreSQL server not installed: run `make setup` (Debian packages "
                           "postgresql and postgresql-postgis).")
    return Path(found[-1]).parent


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self):
        self.bin = _bin_dir()
        self.root = os.geteuid() == 0
        self.owner = "postgres" if self.root else getpass.getuser()
        self.folder = Path(tempfile.mkdtemp(prefix="itinerance-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = _free_port()
        self.host = "127.0.0.1"
        self.started = False

    def _run(self, *args):
        command = [str(self.bin / args[0]), *map(str, args[1:])]
        if self.root:
            command = ["runuser", "-u", self.owner, "--", *command]
        completed = subprocess.run(command, capture_output=True, text=True, check=False,
                                   cwd=self.folder)
        if completed.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stdout}\n"
                               f"{completed.stderr}\n{log}")
        return completed

    def start(self):
        pwfile = self.folder / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self.root:
            user = pwd.getpwnam(self.owner)
            for path in (self.folder, pwfile):
                os.chown(path, user.pw_uid, user.pw_gid)
        self.folder.chmod(0o700)
        self._run("initdb", "-D", self.data, "-U", SUPERUSER, "--pwfile", pwfile, "-E", "UTF8",
                  "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256")
        options = (f"-c listen_addresses={self.host} -p {self.port} "
                   f"-c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", self.data, "-l", self.log, "-o", options, "-w", "-t", "60",
                  "start")
        self.started = True
        return self

    def stop(self):
        if self.started:
            try:
                self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
            finally:
                self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def conninfo(self, dbname="postgres", user=SUPERUSER, password=PASSWORD):
        """A libpq key=value connection string over TCP."""
        return (f"host={self.host} port={self.port} dbname={dbname} user={user} "
                f"password={password}")

    def uri(self, dbname, user=SUPERUSER, password=PASSWORD):
        return f"postgresql://{user}:{password}@{self.host}:{self.port}/{dbname}"

    def connect(self, dbname="postgres", **kwargs):
        import psycopg2

        connection = psycopg2.connect(self.conninfo(dbname, **kwargs))
        connection.autocommit = True
        return connection

    def execute(self, dbname, sql, params=None):
        """Run ``sql`` in autocommit (psycopg2: independent of QGIS); returns the rows, if any."""
        connection = self.connect(dbname)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def drop_schema(self, dbname, schema):
        """Drop ``schema`` and the styles QGIS stored for its layers in public.layer_styles."""
        self.execute(dbname, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        self.execute(dbname, "DELETE FROM public.layer_styles WHERE f_table_schema = %s",
                     (schema,))

    def create_database(self, name, postgis=True):
        self.execute("postgres", f'CREATE DATABASE "{name}"')
        if postgis:
            self.execute(name, "CREATE EXTENSION postgis")
        return name
