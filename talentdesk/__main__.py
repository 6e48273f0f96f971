"""Entry point for ``python -m talentdesk``, the ``talentdesk`` script and the frozen build."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from talentdesk.app import main as app_main

    return app_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
