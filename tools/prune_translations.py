"""Drop translations whose English source is gone from the code (a renamed or removed string).

    python tools/prune_translations.py    # after python tools/translations.py has compiled the .qm

tests/ui/test_translations.py fails on such leftovers, because a translator could keep editing
text that no screen shows any more.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"


def main() -> None:
    compiled = QTranslator()
    if not compiled.load(str(FOLDER / "grid_desk_zh_CN.qm")):
        raise SystemExit("Compile first: python tools/translations.py")
    for path in sorted((FOLDER / "zh_CN").glob("*.json")):
        catalogue = json.loads(path.read_text(encoding="utf-8"))
        dropped = [(context, source) for context, messages in catalogue.items() for source, text in messages.items()
                   if compiled.translate(context, source) != text]
        if not dropped:
            continue
        for context, source in dropped:
            del catalogue[context][source]
            print(f"{path.name}: dropped [{context}] {source[:70]}")
        catalogue = {context: messages for context, messages in catalogue.items() if messages}
        path.write_text(json.dumps(catalogue, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
