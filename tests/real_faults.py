"""Real faults for the tests: small tmpfs disks (full, read-only), read-only bind mounts, and
other processes that hold a database or a data folder. Mounting needs root; without it (or
where the kernel refuses) the test is skipped with the reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


# Where the faults can be made (as root, and in CI, which sets "required") a fault test
# that cannot make its fault fails. Only a developer without root may pass them over, and
# is told which and why (SEC_WORKSHOP_REAL_FAULTS=optional does the same as root).
_SETTING = os.environ.get("SEC_WORKSHOP_REAL_FAULTS", "")
_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
REQUIRED = _SETTING == "required" or (_ROOT and _SETTING != "optional")


def _cannot(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"the real fault cannot be made here: {reason}")
    pytest.skip(f"real fault not made without root: {reason}")


def _needs_root() -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        _cannot("needs root to mount a small disk (runs in CI, which is root)")
    if shutil.which("mount") is None:
        _cannot("no mount command on this machine")


@contextmanager
def tmpfs(path: Path, size: str = "4m") -> Iterator[Path]:
    """A fresh tmpfs of ``size`` at ``path`` (made if needed), unmounted afterwards."""
    _needs_root()
    path.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path))
    if done.returncode != 0:
        _cannot(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        _run("umount", "-l", str(path))


def remount_read_only(mount_point: Path) -> None:
    done = _run("mount", "-o", "remount,ro", str(mount_point))
    assert done.returncode == 0, done.stderr


def remount_writable(mount_point: Path) -> None:
    done = _run("mount", "-o", "remount,rw", str(mount_point))
    assert done.returncode == 0, done.stderr


@contextmanager
def read_only_file(file: Path) -> Iterator[Path]:
    """``file`` made read-only by a read-only bind mount of itself (its folder stays
    writable): what root sees of a file on a write-protected medium."""
    _needs_root()
    done = _run("mount", "--bind", str(file), str(file))
    if done.returncode != 0:
        _cannot(f"cannot bind-mount here: {done.stderr.strip()}")
    try:
        done = _run("mount", "-o", "remount,ro,bind", str(file))
        assert done.returncode == 0, done.stderr
        yield file
    finally:
        _run("umount", "-l", str(file))


def fill(mount_point: Path, leave: int = 0) -> Path:
    """Fill the disk at ``mount_point`` until fewer than ``leave`` bytes (rounded to pages)
    are free, or none at all."""
    filler = mount_point / "vulling.bin"
    chunk = b"\0" * 4096
    with open(filler, "ab") as fh:
        try:
            while shutil.disk_usage(mount_point).free > leave:
                fh.write(chunk)
                fh.flush()
        except OSError:
            pass  # the disk is full
    return filler


@contextmanager
def process_running(code: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """Run ``code`` in another Python process until it prints ``ready``; ended afterwards."""
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line.strip() != "ready":
            proc.kill()
            _, err = proc.communicate(timeout=20)
            raise AssertionError(f"helper process did not start: {line!r} {err}")
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(20)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


HOLD_DATABASE = """
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    con.execute("CREATE TABLE IF NOT EXISTS ander_programma (x)")
    print("ready", flush=True)
    sys.stdin.read()
"""

HOLD_FOLDER = """
    import sys
    from pathlib import Path
    from sec_workshop.services.workspace import Workspace
    ws = Workspace.open(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.read()
    ws.close()
"""


@contextmanager
def database_held_by_another_program(database: Path) -> Iterator[None]:
    """Another program with an exclusive lock on the SQLite file (not our folder lock)."""
    with process_running(HOLD_DATABASE, str(database)):
        yield


@contextmanager
def folder_held_by_another_window(folder: Path) -> Iterator[None]:
    """Another SEC Workshop process with ``folder`` open, as a window would have it."""
    with process_running(HOLD_FOLDER, str(folder)):
        yield


@contextmanager
def folder_for_another_user(name: str = "nobody") -> Iterator[tuple[Path, int, int]]:
    """A fresh folder that user ``name`` may use (pytest's own temporary folders are closed
    to other users); yields the folder and the user's uid and gid."""
    _needs_root()
    import pwd

    try:
        user = pwd.getpwnam(name)
    except KeyError:
        _cannot(f"no user {name!r} on this machine")
    folder = Path(tempfile.mkdtemp(prefix="sec-workshop-"))
    try:
        folder.chmod(0o755)
        yield folder, user.pw_uid, user.pw_gid
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def give_to(path: Path, uid: int, gid: int) -> None:
    """Make ``path`` (and what is in it) belong to another user."""
    for entry in (path, *path.rglob("*")):
        os.chown(entry, uid, gid)


def as_user(uid: int, gid: int, warm_up: Callable[[], object], action: Callable[[], str]) -> str:
    """Run ``action`` in a forked process that has become user ``uid``, so that file
    permissions bind as they do for a real user (root ignores them). ``warm_up`` runs first,
    still as root, so that every module the action needs is loaded from folders that other
    users may not read. Returns what ``action`` returned, or the error it raised."""
    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test run
        try:
            os.close(readable)
            warm_up()
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            out = action()
        except BaseException as exc:  # reported to the parent, which asserts on it
            out = f"!{type(exc).__name__}: {exc}"
        os.write(writable, out.encode("utf-8", "replace"))
        os._exit(0)
    os.close(writable)
    chunks = []
    while chunk := os.read(readable, 65536):
        chunks.append(chunk)
    os.close(readable)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8")
