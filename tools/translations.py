"""Build the Chinese translation from the sources and the per-capability JSON files.

    python tools/translations.py          # extract, merge, compile; list what is missing
    python tools/translations.py --check  # exit 1 if any source string has no translation

Source strings are English in the code (``self.tr`` / ``QT_TRANSLATE_NOOP``). Their Chinese text
lives in ``resources/translations/zh_CN/*.json`` as ``{"Context": {"English": "中文"}}`` — one file
per capability, so engineers working on different capabilities never edit the same file.
pyside6-lupdate extracts the strings into the .ts file; this script fills in the translations and
pyside6-lrelease compiles the .qm the program loads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGE = "zh_CN"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk").rglob("*.py"))


def load_catalogue(language: str = LANGUAGE) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in sorted((TRANSLATIONS / language).glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(messages)
    return merged


def extract(ts_path: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts_path)],
                   cwd=ROOT, check=True, capture_output=True)


def fill(ts_path: Path, catalogue: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """Write translations into the .ts; return (context, source) pairs that have none."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = catalogue.get(name, {}).get(source)
            for key in list(translation.attrib):
                del translation.attrib[key]
            if text:
                translation.text = text
            else:
                translation.text = ""
                translation.set("type", "unfinished")
                missing.append((name, source))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def compile_qm(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)


def build(check_only: bool) -> list[tuple[str, str]]:
    ts_path = TRANSLATIONS / f"grid_desk_{LANGUAGE}.ts"
    qm_path = TRANSLATIONS / f"grid_desk_{LANGUAGE}.qm"
    if check_only:
        with tempfile.TemporaryDirectory() as tmp:
            scratch = Path(tmp) / ts_path.name
            extract(scratch)
            return fill(scratch, load_catalogue())
    extract(ts_path)
    missing = fill(ts_path, load_catalogue())
    compile_qm(ts_path, qm_path)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    args = parser.parse_args()
    missing = build(args.check)
    if missing:
        skeleton: dict[str, dict[str, str]] = {}
        for context, source in missing:
            skeleton.setdefault(context, {})[source] = ""
        print(f"{len(missing)} strings have no {LANGUAGE} translation:")
        print(json.dumps(skeleton, ensure_ascii=False, indent=2))
        return 1
    print(f"All strings translated ({LANGUAGE}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
