"""The wheel as a user gets it: built from this checkout, installed in a fresh venv, run.

What a maintainer checks with this file before a release:

* ``python -m build --wheel`` succeeds from the repository root;
* the wheel carries what the app needs at run time and that is not Python source found by
  the package finder: the shipped templates, the compiled Dutch translation (.qm, made by
  ``packaging/translations.py release``), the fonts, the generated forms (made by
  ``packaging/build_forms.py``) and the Alembic migration scripts;
* ``pip install`` of that wheel into a new venv outside the source tree works, with its
  dependencies from the package index (no registry means a failed test, not a skip);
* the installed ``sec-workshop`` command, run from a folder outside the source tree, uses the
  installed package and its ``_resources`` (not this checkout), prints its version, adds the
  demo wijk and lists it as JSON with the two shipped templates.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sec_workshop import __version__

ROOT = Path(__file__).resolve().parent.parent

WHEEL_MUST_CONTAIN = (
    "sec_workshop/_resources/templates/sec-standaard.json",
    "sec_workshop/_resources/i18n/sec_workshop_nl.qm",
    "sec_workshop/_resources/fonts/OpenSans-Regular.ttf",
    "sec_workshop/gui/forms/ui_new_wijk_dialog.py",
    "sec_workshop/storage/migrations/versions/0001_initial_schema.py",
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SEC_WORKSHOP_DATA_DIR", None)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    env.pop("VIRTUAL_ENV", None)
    return env


def _run(
    args: list[str | Path], cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _explain(proc: subprocess.CompletedProcess[str]) -> str:
    return f"exit {proc.returncode}\nstdout:\n{proc.stdout[-4000:]}\nstderr:\n{proc.stderr[-4000:]}"


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_source_tree(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert not outside.resolve().is_relative_to(ROOT), "the work folder must be outside the repo"

    # Build the wheel from the repository root.
    dist = tmp_path / "dist"
    built = _run([sys.executable, "-m", "build", "--wheel", "--outdir", dist], ROOT, 600)
    assert built.returncode == 0, "building the wheel failed:\n" + _explain(built)
    wheels = sorted(dist.glob("*.whl"))
    assert len(wheels) == 1, f"expected one wheel, found {[w.name for w in wheels]}"
    wheel = wheels[0]
    assert f"-{__version__}-" in wheel.name, f"{wheel.name} does not carry version {__version__}"

    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    missing = [n for n in WHEEL_MUST_CONTAIN if n not in names]
    assert not missing, f"{wheel.name} lacks {missing}"

    # A fresh venv outside the source tree, the wheel and its dependencies installed normally.
    venv = tmp_path / "venv"
    made = _run([sys.executable, "-m", "venv", venv], outside, 300)
    assert made.returncode == 0, "creating the venv failed:\n" + _explain(made)
    python = venv / "bin" / "python"
    installed = _run(
        [python, "-m", "pip", "install", "--disable-pip-version-check", wheel], outside, 900
    )
    assert installed.returncode == 0, (
        "pip install of the wheel failed (is the package index reachable?):\n" + _explain(installed)
    )
    command = venv / "bin" / "sec-workshop"
    assert command.is_file(), "the wheel did not install the sec-workshop command"

    # The installed package and its resources are used, not this checkout.
    where = _run(
        [
            python,
            "-c",
            "import sec_workshop, sec_workshop.resources as r;"
            "print(sec_workshop.__file__); print(r.root())",
        ],
        outside,
    )
    assert where.returncode == 0, _explain(where)
    package_file, resources_root = (Path(line) for line in where.stdout.split("\n")[:2])
    assert package_file.resolve().is_relative_to(venv.resolve()), (
        f"the venv imports sec_workshop from {package_file}, not from the installed wheel"
    )
    assert resources_root.name == "_resources" and resources_root.resolve().is_relative_to(
        venv.resolve()
    ), f"the installed app reads its resources from {resources_root}"

    version = _run([command, "--version"], outside)
    assert version.returncode == 0, _explain(version)
    assert __version__ in version.stdout + version.stderr, _explain(version)

    data = tmp_path / "data"
    demo = _run([command, "--data-dir", data, "demo"], outside)
    assert demo.returncode == 0, "sec-workshop demo failed:\n" + _explain(demo)

    listing = _run([command, "--data-dir", data, "list", "--json"], outside)
    assert listing.returncode == 0, "sec-workshop list --json failed:\n" + _explain(listing)
    overview = json.loads(listing.stdout)
    assert len(overview["wijken"]) == 1, f"expected the demo wijk only: {overview['wijken']}"
    name = overview["wijken"][0]["name"]
    assert f"'{name}'" in demo.stdout and "Demowijk" in demo.stdout, (
        f"the demo message does not name the demo wijk {name!r}:\n{demo.stdout}"
    )
    assert len(overview["templates"]) == 2, f"expected 2 templates: {overview['templates']}"
    assert (data / "sec-workshop.sqlite").is_file(), "the database is not in --data-dir"
