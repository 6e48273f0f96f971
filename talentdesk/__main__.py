"""Entry point for ``python -m talentdesk``, the ``talentdesk`` script and the frozen build."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    # Start-up builds a few hundred thousand objects that live until exit (modules, classes,
    # SQLAlchemy's mappings); collecting while they pile up is wasted work, and so is walking
    # them in every later full collection. app.end_start_up freezes them and turns it back on.
    gc.disable()
    from talentdesk.app import main as app_main

    return app_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
