"""CSV files the way the shop writes numbers: its decimal sign, ``;`` between columns where
that sign is a comma (as Excel does there), UTF-8 with a byte-order mark so that Excel keeps
the accents. Stock documents and lists are written through it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos.domain.money import Currency, round_money
from pos.services.catalog.export import csv_delimiter
from pos.services.catalog.import_values import NumberReader
from pos.services.settings import ShopSettings


@dataclass(frozen=True, slots=True)
class ShopNumbers:
    """Numbers as text with the shop's decimal sign."""

    decimal: str
    currency: Currency

    def quantity(self, value: Decimal) -> str:
        """'12', '1,5' (kilograms to the gram, no trailing zeros)."""
        return f"{value.normalize():f}".replace(".", self.decimal) if value else "0"

    def money(self, value: Decimal) -> str:
        """Rounded to the currency's smallest unit: '2,40'."""
        return f"{round_money(value, self.currency):f}".replace(".", self.decimal)


@contextmanager
def shop_csv(path: Path, shop: ShopSettings) -> Iterator[tuple[Any, ShopNumbers]]:
    """A CSV writer on ``path`` and the shop's number formats."""
    numbers = ShopNumbers(NumberReader(shop.locale).decimal, shop.money)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        yield csv.writer(out, delimiter=csv_delimiter(shop.locale)), numbers
