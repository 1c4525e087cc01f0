"""The shop's language on screen: ShopTill's own catalog and Qt's for the shop's locale, and
the reading direction of its script.

The locale is the one shop setting that also formats money and dates (Babel), so a shop in
``de_CH`` gets German words, Swiss amounts and Qt's German Yes/No/Cancel in one choice.
English is the language the source is written in: it needs no catalog. A language nobody
has translated yet is normal and silent (the window stays English); a damaged catalog is
logged and the window stays English too. Never a reason not to open the till.
"""

from __future__ import annotations

import logging
from pathlib import Path

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

import resources

log = logging.getLogger(__name__)

#: ShopTill's compiled catalogs, ``shoptill_<language>.qm``, shipped with the program.
CATALOGS = Path(resources.__file__).parent / "translations"
#: The prefix of ShopTill's catalogs and of the translators' template (``shoptill.ts``).
PREFIX = "shoptill"
#: Qt's catalog for its standard widgets and dialogs (buttons, file dialogs, context menus).
QT_PREFIX = "qtbase"


def qt_catalogs() -> Path:
    """Where this Qt keeps its own translations (inside the PySide6 wheel)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def right_to_left(locale: str) -> bool:
    """Whether the locale's script is read from right to left (Arabic, Hebrew, Persian,
    Urdu …), as Babel's CLDR data says; an unknown locale reads left to right."""
    try:
        return bool(Locale.parse(locale.replace("-", "_")).character_order == "right-to-left")
    except (ValueError, UnknownLocaleError):
        return False


def catalog_file(folder: Path, prefix: str, locale: str) -> Path | None:
    """The most specific catalog in ``folder`` for ``locale``, or None.

    The same search as ``QTranslator.load(QLocale, …)``: for ``de_CH`` first
    ``prefix_de_Latn_CH.qm``, then ``prefix_de_CH.qm``, ``prefix_de_Latn.qm``, ``prefix_de.qm``
    (each also lower-cased). Done here rather than by Qt, so that a file that exists but
    does not load can be told apart from no file at all.
    """
    for tag in QLocale(locale.replace("-", "_")).uiLanguages():
        name = tag.replace("-", "_")
        for candidate in dict.fromkeys((name, name.lower())):
            path = folder / f"{prefix}_{candidate}.qm"
            if path.is_file():
                return path
    return None


class ShopLanguage(QObject):
    """The translators installed for the shop's locale, and the application's direction.

    ``apply`` replaces the translators installed before (Qt then sends every widget a
    LanguageChange, so screens that word themselves anew follow at once). The translators
    are this object's children: when it is deleted (with the main window) Qt uninstalls
    them.

    Args:
        folder: ShopTill's catalogs (tests give their own).
        qt_folder: Qt's catalogs; this Qt's own by default.
        parent: the owner, the main window.
    """

    def __init__(
        self,
        folder: Path | None = None,
        qt_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder if folder is not None else CATALOGS
        self.qt_folder = qt_folder if qt_folder is not None else qt_catalogs()
        self._files: tuple[Path, ...] = ()
        self._translators: list[QTranslator] = []

    @property
    def files(self) -> tuple[Path, ...]:
        """The catalogs found for the locale last applied (a damaged one included)."""
        return self._files

    def apply(self, locale: str) -> bool:
        """Speak and read as ``locale`` does. Returns whether the catalogs changed."""
        files = self._catalogs(locale)
        changed = files != self._files
        if changed:
            for translator in self._translators:
                QCoreApplication.removeTranslator(translator)
                translator.deleteLater()
            self._translators = [t for t in map(self._load, files) if t is not None]
            for translator in self._translators:
                QCoreApplication.installTranslator(translator)
            self._files = files
        # Always said outright: Qt would otherwise take the direction from its own catalog.
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if right_to_left(locale)
            else Qt.LayoutDirection.LeftToRight
        )
        return changed

    def _catalogs(self, locale: str) -> tuple[Path, ...]:
        """Qt's catalog first, ShopTill's last (installed last, it is asked first)."""
        if QLocale(locale.replace("-", "_")).language() == QLocale.Language.English:
            qt = None  # Qt's widgets speak English already
        else:
            qt = catalog_file(self.qt_folder, QT_PREFIX, locale)
        ours = catalog_file(self.folder, PREFIX, locale)
        return tuple(path for path in (qt, ours) if path is not None)

    def _load(self, path: Path) -> QTranslator | None:
        translator = QTranslator(self)
        if translator.load(str(path)):
            log.info("speaking %s", path.name)
            return translator
        log.error("the translation %s is damaged and was left out; English is shown", path)
        translator.deleteLater()
        return None
