"""Keep the Dutch translation complete, and English plurals right.

``update``  runs pyside6-lupdate over the sources and forms into resources/i18n/*.ts:
            sec_workshop_nl.ts holds every text, sec_workshop_en.ts only the plural ones
            ("Move %n step(s)" becomes "Move 1 step" / "Move 3 steps");
``release`` compiles the .ts files into the .qm files that the app loads;
``check``   fails when a source string is missing from a .ts, a translation is unfinished,
            drops a %1 or the shortcut letter of its source, or writes a plural out
            ("stap(pen)") instead of choosing it; when a .qm is older than its .ts content;
            when a tr()/translate() in the code is one that lupdate cannot see (inside an
            f-string, or with a call as its n); and when a window in Dutch shows a text
            untranslated: for that it runs tests/test_translations.py, which opens the window
            on the demo wijk, visits every tab, the board and roadmap editors and the dialogs,
            and compares what they show with the .ts (``--no-window`` leaves that out).

Plurals: ``QCoreApplication.translate(context, "Move %n step(s)", None, n)`` and
``self.tr("Move %n step(s)", "", n)`` both choose the form at run time. pyside6-lupdate only
marks the second as plural, so ``update`` marks every "%n" text as plural itself and keeps
the forms already translated.
"""

from __future__ import annotations

import argparse
import ast
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("nl", "en")
# English is the source language: its file only gives the plural forms of "%n" texts
# ("Move 1 step", "Move 3 steps" for "Move %n step(s)").
PLURALS_ONLY = ("en",)
# Qt's plural rules: Dutch and English both have one form for 1 and one for the rest.
NUMERUS_FORMS = {"nl": 2, "en": 2}
WINDOW_TEST = "tests/test_translations.py"

_PLACEHOLDER = re.compile(r"%(?:\d|n)")
_SHORTCUT = re.compile(r"&(?!&)\S")
# A plural written out instead of chosen: "%1 stap(pen)", "%1 note(s)".
_PLURAL_WRITTEN_OUT = re.compile(r"\w\((?:s|en|pen|ten|ën)\)")


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


def ts_file(lang: str, folder: Path = I18N) -> Path:
    return folder / f"sec_workshop_{lang}.ts"


def update(target_dir: Path) -> None:
    for lang in LANGS:
        ts = ts_file(lang, target_dir)
        plurals = _plural_forms(ts) if ts.exists() else {}
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        _mark_plurals(ts, plurals, lang)
        if lang in PLURALS_ONLY:
            # lupdate's own -pluralonly knows only the plurals that it marked itself.
            _keep_only_plurals(ts)


_MESSAGE = re.compile(
    r"(?P<indent>[ ]*)<message(?P<attrs>[^>]*)>\n"
    r"(?P<head>(?:[ ]*<(?:source|comment|extracomment|translatorcomment)>.*?</\w+>\n)+)"
    r"(?P<tail>[ ]*<translation[^>]*?(?:/>|>.*?</translation>)\n[ ]*</message>)",
    re.DOTALL,
)


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    return {key: m.forms for key, m in messages(ts).items() if m.numerus and any(m.forms)}


def _xml(text: str) -> str:
    """Text as lupdate writes it into a .ts."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("'", "&apos;")):
        text = text.replace(char, entity)
    return text.replace('"', "&quot;")


def _mark_plurals(ts: Path, kept: dict[tuple[str, str], list[str]], lang: str) -> None:
    """Every "%n" text becomes a plural entry, with the forms it had before this update."""
    text = ts.read_text(encoding="utf-8")
    names = [(m.start(), html.unescape(m[1])) for m in re.finditer(r"<name>(.*?)</name>", text)]
    context = ""
    out: list[str] = []
    at = 0
    for match in _MESSAGE.finditer(text):
        while names and names[0][0] < match.start():
            context = names.pop(0)[1]
        found = re.search(r"<source>(.*?)</source>", match["head"], re.DOTALL)
        source = html.unescape(found[1]) if found else ""
        if "%n" not in source or 'numerus="yes"' in match["attrs"]:
            continue
        single = re.search(r"<translation[^>]*>(.*?)</translation>", match["tail"], re.DOTALL)
        forms = kept.get((context, source)) or [html.unescape(single[1]) if single else ""]
        forms = (forms + [""] * NUMERUS_FORMS[lang])[: NUMERUS_FORMS[lang]]
        state = "" if all(f.strip() for f in forms) else ' type="unfinished"'
        pad = match["indent"]
        body = "".join(f"{pad}        <numerusform>{_xml(f)}</numerusform>\n" for f in forms)
        out.append(text[at : match.start()])
        out.append(
            f'{pad}<message{match["attrs"]} numerus="yes">\n{match["head"]}'
            f"{pad}    <translation{state}>\n{body}{pad}    </translation>\n{pad}</message>"
        )
        at = match.end()
    if out:
        ts.write_text("".join(out) + text[at:], encoding="utf-8")


def _keep_only_plurals(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    text = _MESSAGE.sub(lambda m: m[0] if 'numerus="yes"' in m["attrs"] else "", text)
    text = re.sub(r"\n(?:[ ]*\n)+", "\n", text)
    text = re.sub(r"<context>\s*<name>[^<]*</name>\s*</context>\n", "", text)
    ts.write_text(text, encoding="utf-8")


def release() -> None:
    for lang in LANGS:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                str(ts_file(lang)),
                "-qm",
                str(I18N / f"sec_workshop_{lang}.qm"),
            ],
            check=True,
            capture_output=True,
        )


class Message:
    """One entry of a .ts file: its source, its translation (plural forms when ``%n``)."""

    def __init__(self, source: str, forms: list[str], kind: str | None, numerus: bool) -> None:
        self.source = source
        self.forms = forms
        self.kind = kind
        self.numerus = numerus


def messages(ts: Path) -> dict[tuple[str, str], Message]:
    out: dict[tuple[str, str], Message] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation is None:
                forms: list[str] = []
                kind = None
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                kind = translation.get("type")
            else:
                forms = [translation.text or ""]
                kind = translation.get("type")
            out[(name, source)] = Message(source, forms, kind, numerus)
    return out


def problems_of(lang: str, key: tuple[str, str], message: Message) -> list[str]:
    where = f"{lang}: {key[0]}: {key[1]!r}"
    if message.kind in ("unfinished", "vanished", "obsolete") or not any(message.forms):
        return [f"unfinished: {where}"]
    out = []
    if "%n" in message.source and not message.numerus:
        out.append(f"not a plural, so %n never changes the words: {where}; run update")
    if message.numerus and (
        len(message.forms) != NUMERUS_FORMS[lang] or not all(f.strip() for f in message.forms)
    ):
        out.append(f"needs {NUMERUS_FORMS[lang]} plural forms: {where}")
    wanted = set(_PLACEHOLDER.findall(message.source)) - {"%n"}
    for form in message.forms:
        if _PLURAL_WRITTEN_OUT.search(form):
            out.append(
                f"plural written out instead of chosen: {where}; give the source a %n and "
                'n (self.tr("…%n…", "", n)), then translate each form'
            )
        missing = wanted - set(_PLACEHOLDER.findall(form))
        if missing:
            out.append(f"translation drops {', '.join(sorted(missing))}: {where}")
        if _SHORTCUT.search(message.source.replace("&&", "")) and not _SHORTCUT.search(
            form.replace("&&", "")
        ):
            out.append(f"translation has no shortcut letter (&): {where}")
    return out


def check_files() -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ours = ts_file(lang)
            if ours.exists():
                shutil.copy(ours, ts_file(lang, Path(tmp)))
        update(Path(tmp))
        for lang in LANGS:
            ours = ts_file(lang)
            have = messages(ours) if ours.exists() else {}
            want = messages(ts_file(lang, Path(tmp)))
            for key in sorted(set(want) - set(have)):
                problems.append(f"{lang}: not in the .ts yet: {key[0]}: {key[1]!r}")
            for key, message in sorted(want.items()):
                problems.extend(problems_of(lang, key, message))
            if lang not in PLURALS_ONLY:
                problems.extend(check_code(want))
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
    return problems


def texts_in(code: str, path: str = "") -> dict[tuple[str, str], str]:
    """Every literal text handed to tr(), translate() or QT_TRANSLATE_NOOP() in ``code``, by
    (context, source), with where it is: found the way Python reads the code, not the way
    lupdate does, so a text that lupdate misses shows up."""
    found: dict[tuple[str, str], str] = {}

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        name = (
            node.func.attr
            if isinstance(node.func, ast.Attribute)
            else node.func.id
            if isinstance(node.func, ast.Name)
            else ""
        )
        args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        if name == "tr" and args and isinstance(args[0], str) and cls:
            found[(cls, args[0])] = f"{path}:{node.lineno}"
        texts = args[:2]
        if name in ("translate", "QT_TRANSLATE_NOOP") and all(isinstance(t, str) for t in texts):
            found[(str(texts[0]), str(texts[1]))] = f"{path}:{node.lineno}"

    visit(ast.parse(code), "")
    return found


def texts_in_code() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for source in sources():
        if source.endswith(".py"):
            found.update(texts_in((ROOT / source).read_text(encoding="utf-8"), source))
    return found


def check_code(have: dict[tuple[str, str], Message]) -> list[str]:
    return [
        f"lupdate does not see {key[0]}: {key[1]!r} ({where}): take it out of the f-string, "
        "or pass n as a plain name, not a call"
        for key, where in sorted(texts_in_code().items())
        if key not in have
    ]


def check_window() -> list[str]:
    """What the window shows in Dutch, against the .ts (see tests/test_translations.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", WINDOW_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if run.returncode == 0:
        return []
    print(run.stdout[-6000:], run.stderr[-2000:], sep="\n", file=sys.stderr)
    return [f"the window shows untranslated text (or {WINDOW_TEST} failed); see above"]


def check(window: bool = True) -> int:
    problems = check_files()
    if window and not problems:
        problems += check_window()
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
    parser.add_argument(
        "--no-window",
        action="store_true",
        help="check leaves out opening the window (tests/test_translations.py)",
    )
    args = parser.parse_args()
    if args.action == "update":
        update(I18N)
        return 0
    if args.action == "release":
        release()
        return 0
    return check(window=not args.no_window)


if __name__ == "__main__":
    raise SystemExit(main())
