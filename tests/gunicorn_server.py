"""Start the Procfile's gunicorn command on 127.0.0.1 for a test or a benchmark."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def procfile_command(port: int, **overrides: str) -> list[str]:
    """The Procfile's `web` command bound to 127.0.0.1:`port`; `overrides` replace flags."""
    lines = (ROOT / "Procfile").read_text().splitlines()
    line = next(line for line in lines if line.startswith("web:"))
    args = shlex.split(line.removeprefix("web:"))
    assert args[0] == "gunicorn"
    flags = dict(zip(args[1:-1:2], args[2:-1:2], strict=True))
    flags["--bind"] = f"127.0.0.1:{port}"
    flags.update({f"--{name.replace('_', '-')}": value for name, value in overrides.items()})
    # No control socket: it lives at one path per user, which parallel servers would share.
    command = [sys.executable, "-m", "gunicorn", "--no-control-socket"]
    for flag, value in flags.items():
        command += [flag, value]
    return [*command, args[-1]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn running the app with `env` added to this environment; a context manager."""

    def __init__(self, env: dict[str, str], log: Path, **overrides: str):
        self.port = free_port()
        self.command = procfile_command(self.port, **overrides)
        inherited = {
            k: v for k, v in os.environ.items() if not k.startswith(("JOBFIT_", "OPENAI_"))
        }
        self.env = {**inherited, "JOBFIT_ENGINE": "offline", **env}
        self.log = log
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        with self.log.open("wb") as out:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen(
                self.command, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log.read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                    if sock.recv(64).startswith(b"HTTP/1.1 200"):
                        return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("gunicorn did not answer within 30 s")

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def pids(self) -> list[int]:
        """The master's pid and its workers'."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [self.process.pid, *map(int, children.read_text().split())]

    def rss_kib(self) -> int:
        """Resident memory of the master and its workers, in KiB."""
        total = 0
        for pid in self.pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        return total


def exchange(port: int, raw: bytes, timeout: float = 30) -> bytes:
    """Send `raw` on a fresh connection and return all the server answers until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        try:
            sock.sendall(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass  # it answered before reading it all; the answer is still there to read
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data
