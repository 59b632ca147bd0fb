"""Compile the Qt Designer forms in ui/ into sec_workshop/gui/forms/ (``--check``: fail if stale)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
FORMS = ROOT / "sec_workshop" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by packaging/build_forms.py; do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic not found; install PySide6-Essentials")
    return found


def compile_form(source: Path) -> str:
    out = subprocess.run(
        [uic(), "--no-autoconnection", str(source)], check=True, capture_output=True, text=True
    ).stdout
    # Drop uic's own banner (it names the Qt version) so output is stable across machines.
    lines = [ln for ln in out.splitlines() if not ln.startswith("##")]
    return HEADER.format(name=source.name) + "\n".join(lines).strip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when a compiled form is stale")
    args = parser.parse_args()
    FORMS.mkdir(parents=True, exist_ok=True)
    stale = []
    expected = {"__init__.py"}
    for source in sorted(UI.glob("*.ui")):
        target = FORMS / f"ui_{source.stem}.py"
        expected.add(target.name)
        text = compile_form(source)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
    extra = {p.name for p in FORMS.glob("*.py")} - expected
    if args.check:
        if stale or extra:
            print(f"stale forms: {sorted(stale)}; unexpected: {sorted(extra)}", file=sys.stderr)
            print("run: python packaging/build_forms.py", file=sys.stderr)
            return 1
        print(f"forms up to date ({len(expected) - 1})")
        return 0
    init = FORMS / "__init__.py"
    init.write_text('"""Python forms compiled from ui/*.ui (generated; never edit by hand)."""\n')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
