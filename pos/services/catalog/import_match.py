"""Categories and tax rates named in a products file: matched to the shop's, or new.

A category is matched by name (case and accents aside) and created when the shop has none
of that name. A tax rate is matched by name, else by percent; a percent the shop has no rate
for becomes a new rate named after it ('7 %'). The preview lists what would be created.

A tax cell may name several rates stacked on one product, joined by '+' ('GST + QST'): each
is matched (or made) the same way, and they follow the product dialog's rules (at most
``MAX_RATES``, each once). A rate whose own name holds a '+' ('GST+PST') is still one rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import cast

from sqlalchemy import insert, select

from pos.db.tables import categories, tax_rates
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput
from pos.services.catalog.import_rows import TaxRef
from pos.services.catalog.product_taxes import MAX_RATES
from pos.services.lookup import fold
from pos.services.shop import check_tax_rate

#: Category and rate names repeat on every row: each is folded once.
_key = lru_cache(maxsize=4096)(fold)


@dataclass(frozen=True, slots=True)
class NewRate:
    """A tax rate the import would create."""

    name: str
    percent: Decimal


class Categories:
    """The shop's categories by folded name; new ones are made (or, in a dry run, noted)."""

    def __init__(self, uow: UnitOfWork, create: bool) -> None:
        self._uow, self._create = uow, create
        rows = uow.connection.execute(select(categories.c.id, categories.c.name))
        self.by_name: dict[str, int | None] = {fold(name): cid for cid, name in rows}
        self.names: dict[int, str] = {}
        self.new: list[str] = []

    def find(self, name: str) -> int | None:
        """The id of the category called ``name``; None if it would be new."""
        return self.by_name.get(_key(name))

    def make(self, name: str) -> int | None:
        """The category called ``name``, created unless it exists (a dry run only notes it)."""
        key = _key(name)
        if key in self.by_name:
            return self.by_name[key]
        self.new.append(name)
        created = None
        if self._create:
            created = self._uow.connection.scalar(
                insert(categories).values(name=name).returning(categories.c.id)
            )
        self.by_name[key] = created
        return created


class TaxRates:
    """The shop's tax rates, by name and by percent; new ones are made as ``Categories``."""

    def __init__(self, uow: UnitOfWork, create: bool) -> None:
        self._uow, self._create = uow, create
        rows = uow.connection.execute(
            select(
                tax_rates.c.id, tax_rates.c.name, tax_rates.c.percent, tax_rates.c.active
            ).order_by(tax_rates.c.id)
        ).all()
        self.by_name: dict[str, int | None] = {
            fold(name): rid for rid, name, _, active in rows if active
        }
        self.off = {fold(name): name for _, name, _, active in rows if not active}
        self.by_percent: dict[Decimal, int | None] = {}
        for rid, _, percent, active in rows:
            if active:
                self.by_percent.setdefault(percent, rid)
        self.active_names = [name for _, name, _, active in rows if active]
        self._names = {rid: name for rid, name, _, _ in rows}
        self.new: list[NewRate] = []
        # The shop's own rates a cell named, by its text: the same few cells on every row.
        # Rates to make are not kept, so that each row asks (and the preview lists them).
        self._found: dict[str, tuple[int, ...]] = {}

    def find_all(self, ref: TaxRef) -> tuple[int | NewRate, ...]:
        """The rates a cell names, in order: one, or several joined by '+'.

        Raises:
            InvalidInput: a part names no rate and is no usable percent, a rate comes twice,
                or there are more than ``MAX_RATES``.
        """
        known = self._found.get(ref.text)
        if known is not None:
            return known
        rates = self._find_all(ref)
        if all(isinstance(rate, int) for rate in rates):
            self._found[ref.text] = cast(tuple[int, ...], rates)
        return rates

    def _find_all(self, ref: TaxRef) -> tuple[int | NewRate, ...]:
        if not ref.parts or self._is_name(ref.text):
            return (self.find(ref),)
        found: list[int | NewRate] = []
        start, count = 0, len(ref.parts)
        while start < count:
            end = self._longest_name(ref, start)
            part = ref.parts[start] if end == start + 1 else self._joined(ref, start, end)
            if not part.text:
                side = "before" if start == 0 else "after"
                raise InvalidInput(f"'{ref.text}' has a '+' with no tax rate {side} it")
            rate = self.find(part)
            if rate in found:
                name = rate.name if isinstance(rate, NewRate) else self._names[rate]
                raise InvalidInput(f"the tax rate '{name}' is given twice: a rate is charged once")
            found.append(rate)
            start = end
        if len(found) > MAX_RATES:
            raise InvalidInput(f"a product can carry {MAX_RATES} tax rates at most")
        return tuple(found)

    def _is_name(self, text: str) -> bool:
        key = _key(text)
        return key in self.by_name or key in self.off

    def _joined(self, ref: TaxRef, start: int, end: int) -> TaxRef:
        """The pieces ``start`` to ``end`` (excluded) of a cell, with their '+' signs."""
        text = ref.parts[start].text
        for index in range(start + 1, end):
            text += ref.joins[index - 1] + ref.parts[index].text
        return TaxRef(text, None)

    def _longest_name(self, ref: TaxRef, start: int) -> int:
        """Where the rate starting at piece ``start`` ends: after the most pieces that
        together are a rate's name ('GST+PST'), else after this one piece."""
        for end in range(len(ref.parts), start + 1, -1):
            if self._is_name(self._joined(ref, start, end).text):
                return end
        return start + 1

    def find(self, ref: TaxRef) -> int | NewRate:
        """The rate a cell names, or the rate that would be made for its percent.

        Raises:
            InvalidInput: the cell names no rate and is no usable percent.
        """
        key = _key(ref.text)
        found = self.by_name.get(key)
        if found is not None:
            return found
        if key in self.off:
            raise InvalidInput(
                f"the tax rate '{self.off[key]}' is switched off: switch it on in Settings"
            )
        if ref.percent is None:
            known = ", ".join(self.active_names)
            raise InvalidInput(
                f"there is no tax rate '{ref.text}': use one of {known}, or a percent"
            )
        if ref.percent in self.by_percent:
            by_percent = self.by_percent[ref.percent]
            if by_percent is not None:
                return by_percent
        name, percent = check_tax_rate(f"{ref.percent.normalize():f} %", ref.percent)
        if fold(name) in self.off:
            raise InvalidInput(f"the tax rate '{name}' is switched off: switch it on in Settings")
        return NewRate(name, percent)

    def default(self) -> int:
        """The rate of a new product whose row names none: the shop's only rate.

        Raises:
            InvalidInput: the shop has several rates, so the row must say which.
        """
        ids = [rid for rid in self.by_name.values() if rid is not None]
        if len(ids) == 1:
            return ids[0]
        raise InvalidInput(f"a new product needs a tax rate ({', '.join(self.active_names)})")

    def make(self, rate: int | NewRate) -> int | None:
        """The id of ``rate``, creating a new one (a dry run only notes it: None)."""
        if isinstance(rate, int):
            return rate
        if rate.percent in self.by_percent:
            return self.by_percent[rate.percent]
        self.new.append(rate)
        created = None
        if self._create:
            created = self._uow.connection.scalar(
                insert(tax_rates)
                .values(name=rate.name, percent=rate.percent, active=True)
                .returning(tax_rates.c.id)
            )
            self.by_name[fold(rate.name)] = created
        self.by_percent[rate.percent] = created
        return created
