"""``python3 -m tools.export``: see ``tools/export/README.md``."""

from tools.export.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
