"""The ``sec-workshop`` command: argument parsing, the batch verbs, and starting the window."""

from __future__ import annotations

import errno
import sys
from collections.abc import Sequence
from pathlib import Path

from sec_workshop.cli.parser import build_parser, sniff_lang
from sec_workshop.cli.texts import EXIT_FAILURE, EXIT_OK, install_argparse_texts, t
from sec_workshop.cli.verbs import run_verb
from sec_workshop.domain.base import DomainError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = sniff_lang(argv)
    install_argparse_texts(lang)
    from sec_workshop import labels

    labels.set_language(lang)  # zone titles and labels in a drawn board follow --lang
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    for name in ("data_dir", "output", "file"):
        if getattr(args, name, None) == "":
            parser.error(
                f"--{name.replace('_', '-')} is empty"
                if lang == "en"
                else f"--{name.replace('_', '-')} is leeg"
            )
    from sec_workshop.messages import describe

    folder: Path | None = None
    try:
        from sec_workshop.storage.location import data_dir

        # Inside the error handling: a folder name can fail to resolve (~nosuchuser, a loop).
        folder = data_dir(getattr(args, "data_dir", None))
        if args.verb is None:
            from sec_workshop.gui.app import run

            return run(folder, getattr(args, "lang", None))
        return run_verb(args, folder, lang)
    except DomainError as exc:
        message = describe(exc, lang)
        if exc.code == "output.exists" and getattr(args, "force", None) is False:
            message += " " + t(lang, "force_hint")
        print(message, file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_OK  # the reader (``| head``) has what it wanted
    except OSError as exc:
        known = _os_error(exc, folder)
        if known is None:
            return _unexpected(exc, folder, lang)
        print(describe(known, lang), file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # never a traceback in the user's face; it goes to the log
        return _unexpected(exc, folder, lang)


def _os_error(exc: OSError, folder: Path | None) -> DomainError | None:
    """A full or read-only disk met outside the storage layer, in words."""
    if folder is None or exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return None
    from sec_workshop.storage.lock import folder_error

    return folder_error(exc, folder)


def _unexpected(exc: BaseException, folder: Path | None, lang: str) -> int:
    from sec_workshop.errorlog import log_exception

    log = log_exception(folder) if folder is not None else None
    detail = str(exc) or type(exc).__name__
    if log is None:
        print(t(lang, "unexpected_no_log", detail=detail), file=sys.stderr)
    else:
        print(t(lang, "unexpected", detail=detail, log=log), file=sys.stderr)
    return EXIT_FAILURE
