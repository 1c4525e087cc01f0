"""Data shipped with ShopTill: the demo catalog, fonts, icons, style sheet, translations."""
