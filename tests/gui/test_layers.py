"""Layer rules that import-linter cannot state: documents and the change relay import no
Qt widget classes (they are models, shown by views)."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "sec_workshop" / "gui"
MODELS = (
    "shell/documents.py",
    "roadmap/document.py",
    "board/document.py",
    "stakeholders/document.py",
    "common/change_relay.py",
    "common/document.py",
)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_documents_import_no_widgets() -> None:
    for name in MODELS:
        imported = _imports(GUI / name)
        assert imported, name
        assert not [m for m in imported if m.startswith("PySide6.QtWidgets")], name
