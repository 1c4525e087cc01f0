"""The Settings screen: shop profile, money and tax, tax rates, counter, receipt printer."""

from ui.settings.screen import SettingsScreen

__all__ = ["SettingsScreen"]
