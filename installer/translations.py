"""Make the translators' template and compile their translations, before a release is packed.

    .venv/bin/python installer/translations.py

1. ``resources/translations/shoptill.ts``, the template, is made afresh from every text the
   window shows (``tr`` and ``QCoreApplication.translate`` under ``ui/``), each under its
   context, by Qt's own ``pyside6-lupdate``. Texts that are gone are dropped from it.
2. Each translation beside it, ``shoptill_<language>.ts`` (a translator's copy of the
   template), gets the new texts too; its translations are kept, and those whose text is
   gone are kept as "vanished" for the translator to reuse.
3. Each translation is compiled to ``shoptill_<language>.qm`` by ``pyside6-lrelease``: the
   file ShopTill loads (``ui/i18n.py``) and ships (package data of ``resources``).

Both tools come with PySide6, beside this Python. A translator runs this, not the till.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = "shoptill.ts"


def tool(name: str) -> str:
    """A Qt tool of the PySide6 installed beside this Python (or on the PATH)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed: pip install PySide6-Essentials")
    return found


def sources(root: Path = ROOT) -> list[Path]:
    """Every module of the window, in a stable order (the template's order follows it)."""
    return sorted((root / "ui").rglob("*.py"))


def translations(folder: Path) -> list[Path]:
    """The translators' files in ``folder``: ``shoptill_de.ts``, ``shoptill_pt_BR.ts`` …"""
    return sorted(folder.glob("shoptill_*.ts"))


def update(folder: Path = FOLDER, root: Path = ROOT) -> None:
    """Write the template afresh and bring every translation up to the texts of today."""
    folder.mkdir(parents=True, exist_ok=True)
    lupdate = tool("pyside6-lupdate")
    files = [str(path.relative_to(root)) for path in sources(root)]
    # Run from the project, so that the template names each source relative to itself.
    template = folder / TEMPLATE
    _run([lupdate, *files, "-no-obsolete", "-ts", str(template)], root)
    for path in translations(folder):
        _run([lupdate, *files, "-ts", str(path)], root)


def compile_all(folder: Path = FOLDER) -> list[Path]:
    """Compile each translation in ``folder`` beside itself; returns the .qm files."""
    lrelease = tool("pyside6-lrelease")
    made = []
    for path in translations(folder):
        qm = path.with_suffix(".qm")
        _run([lrelease, str(path), "-qm", str(qm)], folder)
        made.append(qm)
    return made


def _run(command: list[str], where: Path) -> None:
    done = subprocess.run(command, cwd=where, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--folder", type=Path, default=FOLDER, help="where the .ts and .qm files are"
    )
    parser.add_argument(
        "--compile-only", action="store_true", help="compile the translations, no template"
    )
    args = parser.parse_args(argv)
    if not args.compile_only:
        update(args.folder)
        print(f"template: {args.folder / TEMPLATE}")
    for qm in compile_all(args.folder):
        print(f"compiled: {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
