"""Keep the Dutch translation complete.

``update``  runs pyside6-lupdate over the sources and forms into resources/i18n/*.ts;
``release`` compiles the .ts files into the .qm files that the app loads;
``check``   fails when a source string is missing from the .ts, a translation is unfinished,
            or a .qm is older than its .ts content.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("nl",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = [
        p for p in sorted((ROOT / "sec_workshop" / "gui").rglob("*.py")) if "forms" not in p.parts
    ]
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def update(target_dir: Path) -> None:
    for lang in LANGS:
        ts = target_dir / f"sec_workshop_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def release() -> None:
    for lang in LANGS:
        ts = I18N / f"sec_workshop_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(I18N / f"sec_workshop_{lang}.qm")],
            check=True,
            capture_output=True,
        )


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = None if translation is None else translation.get("type")
            out[(name, source)] = (text, kind)
    return out


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ours = I18N / f"sec_workshop_{lang}.ts"
            fresh = Path(tmp) / ours.name
            if ours.exists():
                shutil.copy(ours, fresh)
            update(Path(tmp))
            have = messages(ours) if ours.exists() else {}
            want = messages(fresh)
            for key in sorted(set(want) - set(have)):
                problems.append(f"{lang}: not in the .ts yet: {key[0]}: {key[1]!r}")
            for key, (text, kind) in sorted(want.items()):
                if kind == "unfinished" or not text:
                    problems.append(f"{lang}: unfinished: {key[0]}: {key[1]!r}")
            qm = I18N / f"sec_workshop_{lang}.qm"
            compiled = Path(tmp) / qm.name
            subprocess.run(
                [tool("pyside6-lrelease"), str(ours), "-qm", str(compiled)],
                check=True,
                capture_output=True,
            )
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                problems.append(
                    f"{lang}: {qm.name} is stale; run packaging/translations.py release"
                )
    for p in problems[:50]:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} translation problem(s)", file=sys.stderr)
        return 1
    print("translations complete")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=("update", "release", "check"))
    args = parser.parse_args()
    if args.action == "update":
        update(I18N)
        return 0
    if args.action == "release":
        release()
        return 0
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
