"""Entry point for ``python -m sec_workshop``."""

from sec_workshop.cli import main

raise SystemExit(main())
