"""``import-stakeholders`` and ``forget-personal-data``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sec_workshop.cli.texts import t


def read_sheet(ws: Any, file: str) -> Any:
    """The stakeholders file, read and checked before anything is saved."""
    from sec_workshop.exchange.stakeholders_file import read_stakeholders_file

    return read_stakeholders_file(Path(file), ws.library.stakeholder_type_lookup())


def import_stakeholders(ws: Any, args: argparse.Namespace, lang: str) -> None:
    from sec_workshop.services.maintenance import Reason

    wijk = ws.wijken.get(args.wijk_id)
    sheet = read_sheet(ws, args.file)
    planned = ws.stakeholders.plan_import(wijk.id, sheet)  # every row checked first
    with ws.maintenance.backup_before(Reason.IMPORT):
        ws.stakeholders.import_sheet(wijk.id, sheet)
    added = sum(1 for p in planned if p.is_new)
    print(
        t(lang, "stakeholders_imported", wijk=wijk.name, added=added, updated=len(planned) - added)
    )
    if sheet.ignored:
        print(t(lang, "columns_ignored", columns=", ".join(sheet.ignored)))


def forget_personal_data(ws: Any, args: argparse.Namespace, lang: str) -> None:
    from sec_workshop.services.stakeholders import personal_values

    person = ws.stakeholders.get(args.stakeholder_id)
    values = personal_values(person)
    forgotten = ws.stakeholders.forget_personal_data(person.id)
    if values:
        print(t(lang, "personal_forgotten", name=person.name))
    else:
        print(t(lang, "personal_none", name=person.name))
    if forgotten.renamed:
        print(t(lang, "personal_renamed", count=forgotten.renamed, name=person.name))
    holding = ws.maintenance.backups_holding(person.id, values)
    if not holding:
        return
    if args.with_backups:
        for path in ws.maintenance.delete_backups([b.path for b in holding]):
            print(t(lang, "backups_deleted", path=path))
    else:
        print(t(lang, "backups_hold"))
        for backup in holding:
            print(f"  {backup.path}")
