"""The crash test: a process that is killed at a random moment never leaves half an import.

What a maintainer checks with this file: ``sec-workshop import-notes`` is run over and over by
a child process that is killed with SIGKILL (no clean-up, no ``finally``, no atexit) at a
random moment, at least 20 times. After every kill:

* the next process can open the data folder at once: the OS lock of the killed process died
  with it (a stale lock file must never block);
* ``sec-workshop check`` finds the database sound (integrity and foreign keys, exit 0);
* the board holds a whole number of imports: its note count is a multiple of the number of
  lines in the notes file (an import is all or nothing);
* every import that the child saw finish is still there (a commit is durable once it
  returns), and there is at most one more than that per kill (the one in flight).

The random seed is in every failure message; set ``SEC_CRASH_SEED`` to replay a run.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from sec_workshop.cli import main
from sec_workshop.domain.enums import SessionStatus
from sec_workshop.services.workspace import Workspace

K = 7  # notes per import: the lines of the notes file
KILLS = 24  # at least 20 (the brief), a few more for luck
MIN_DELAY, MAX_DELAY = 0.05, 0.6  # seconds between "child is ready" and SIGKILL
READY_TIMEOUT = 30.0  # seconds a child may take to import the app before it is a failure

# The child: imports the app once, says "ready", then runs the real CLI entry point in a
# loop. "begin"/"end" around each call go straight to the file with os.write (no buffer
# that a kill could lose), so the test knows how many imports returned before the kill.
DRIVER = textwrap.dedent(
    """
    import os
    import sys

    from sec_workshop.cli import main
    import sec_workshop.exchange.notes_file  # noqa: F401  (warm up before "ready")
    import sec_workshop.messages  # noqa: F401
    import sec_workshop.services.workspace  # noqa: F401

    data, board, notes, log = sys.argv[1:5]
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.write(fd, b"ready\\n")
    while True:
        os.write(fd, b"begin\\n")
        code = main(["--data-dir", data, "import-notes", board, notes])
        if code != 0:
            os.write(fd, b"failed %d\\n" % code)
            sys.exit(3)
        os.write(fd, b"end\\n")
    """
)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SEC_WORKSHOP_DATA_DIR", None)
    env.pop("PYTHONPATH", None)
    return env


def _empty_planned_board(data: Path) -> str:
    """The board of the demo's planned session: it starts without notes."""
    with Workspace.open(data) as ws:
        (wijk,) = ws.wijken.list()
        planned = {
            s.session.id
            for s in ws.sessions.summaries(wijk.id)
            if s.session.status == SessionStatus.PLANNED
        }
        boards = [
            b
            for b in ws.boards.summaries(wijk.id)
            if b.board.session_id in planned and b.note_count == 0
        ]
    assert boards, "the demo wijk should have a planned session with an empty board"
    return boards[0].board.id


def _note_count(capsys: pytest.CaptureFixture[str], data: Path, board_id: str) -> int:
    """The board's note count as ``sec-workshop list --json`` reports it (run in-process)."""
    capsys.readouterr()
    code = main(["--data-dir", str(data), "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, f"list --json failed after a kill: {err}"
    overview: dict[str, Any] = json.loads(out)
    counts = [
        board["note_count"]
        for wijk in overview["wijken"]
        for session in wijk["sessions"]
        for board in session["boards"]
        if board["id"] == board_id
    ]
    assert len(counts) == 1, f"board {board_id} not in the listing (or twice)"
    return int(counts[0])


def _wait_ready(proc: subprocess.Popen[bytes], log: Path, stderr: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if log.exists() and log.read_bytes().startswith(b"ready\n"):
            return
        if proc.poll() is not None:
            pytest.fail(
                f"the import child ended before it was ready (exit {proc.returncode}):\n"
                + stderr.read_text(errors="replace")
            )
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    pytest.fail(f"the import child was not ready within {READY_TIMEOUT} s")


@pytest.mark.slow
def test_sigkill_during_imports_never_leaves_half_an_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = int(os.environ.get("SEC_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    tag = f"(seed {seed}; replay with SEC_CRASH_SEED={seed})"

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    board_id = _empty_planned_board(data)
    notes = tmp_path / "notes.txt"
    notes.write_text("".join(f"Crashbriefje {i + 1}\n" for i in range(K)), encoding="utf-8")
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = _child_env()

    returned = 0  # imports whose main() returned 0 before a kill, over all children
    in_flight = 0  # kills that landed between "begin" and "end" of an import
    running_at_kill = 0
    previous = 0
    for i in range(KILLS):
        log = tmp_path / f"child-{i}.log"
        stderr = tmp_path / f"child-{i}.err"
        with stderr.open("wb") as err_fh:
            proc = subprocess.Popen(
                [sys.executable, str(driver), str(data), board_id, str(notes), str(log)],
                stdout=subprocess.DEVNULL,
                stderr=err_fh,
                env=env,
                cwd=tmp_path,
            )
            try:
                _wait_ready(proc, log, stderr)
                time.sleep(rng.uniform(MIN_DELAY, MAX_DELAY))
                if proc.poll() is None:
                    running_at_kill += 1
                    proc.send_signal(signal.SIGKILL)
            finally:
                if proc.poll() is None:
                    proc.kill()
                proc.wait()
        lines = log.read_text().split()
        assert "failed" not in lines, (
            f"kill {i}: an import failed before the kill {tag}:\n"
            + stderr.read_text(errors="replace")
        )
        assert proc.returncode == -signal.SIGKILL, (
            f"kill {i}: the child ended by itself with {proc.returncode} {tag}:\n"
            + stderr.read_text(errors="replace")
        )
        returned += lines.count("end")
        if lines[-1] == "begin":
            in_flight += 1

        # The next process must get the folder: the killed one's lock died with it.
        check = subprocess.run(
            [sys.executable, "-m", "sec_workshop", "--data-dir", str(data), "check"],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert check.returncode == 0, (
            f"kill {i}: 'sec-workshop check' failed (exit {check.returncode}) {tag}:\n"
            f"{check.stdout}{check.stderr}"
        )

        count = _note_count(capsys, data, board_id)
        assert count % K == 0, (
            f"kill {i}: the board has {count} notes, not a multiple of {K}: "
            f"an import was saved in part {tag}"
        )
        assert count >= previous, f"kill {i}: notes went missing ({previous} -> {count}) {tag}"
        previous = count
        committed = count // K
        assert committed >= returned, (
            f"kill {i}: {returned} imports returned, but only {committed} are saved {tag}"
        )
        assert committed <= returned + in_flight, (
            f"kill {i}: {committed} imports saved, more than {returned} returned plus "
            f"{in_flight} in flight {tag}"
        )

    assert previous > 0, f"no import ever finished: the test proved nothing {tag}"
    assert running_at_kill >= KILLS * 0.8, (
        f"only {running_at_kill} of {KILLS} kills hit a running child {tag}"
    )
    assert in_flight >= 3, (
        f"only {in_flight} of {KILLS} kills landed inside an import call; "
        f"the all-or-nothing rule was hardly tested {tag}"
    )
