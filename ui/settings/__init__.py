"""The Settings screen: shop profile, money and tax, tax rates, counter, receipt printer.

No re-exports here: importing a form from this package must not pull in the printer
library that the screen (and only the screen) needs.
"""
