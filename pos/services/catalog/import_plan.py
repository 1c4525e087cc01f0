"""What importing a products file would do, row by row: new, updated, unchanged or bad.

Rows are read and decided in batches: each batch's SKUs and barcodes are looked up in the
database with one query each. A product is found by its SKU; a row without a SKU finds it by
one of its barcodes. SKUs and barcodes met earlier in the file are remembered (by hash, in
``import_seen``: a million rows in little memory), so a second row for the same product or
code is an error, whichever way the product was found.

The preview and the import make the same decisions: the import writes a batch once it is
decided, so a later batch sees the earlier ones in the database; everything it could see
differently (a code taken off a product earlier in the file) is remembered here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput
from pos.services.catalog.import_columns import Field
from pos.services.catalog.import_lookups import (
    PRODUCT_COLUMNS,
    Existing,
    code_holders,
    codes_of,
    further_rates_of,
    products_by_id,
    products_by_sku,
)
from pos.services.catalog.import_match import Categories, NewRate, TaxRates
from pos.services.catalog.import_rows import QUANTITY_FIELDS, RowValues
from pos.services.catalog.import_seen import SeenKeys
from pos.services.catalog.import_suppliers import (
    Suppliers,
    max_below_reorder_level,
    unknown_supplier,
)
from pos.services.lookup import fold

_QUANTITIES = [(f, f.value) for f in QUANTITY_FIELDS]
_ZERO = Decimal(0)


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(slots=True)
class Decision:
    """What happens to one row.

    Attributes:
        values: the row as read.
        outcome: new, updated, unchanged or error.
        product_id: the product it updates (None for a new one).
        row: every column of the product as it will be, for new and updated rows
            (``category_id`` and ``tax_rate_id`` may be a name or ``NewRate`` to create).
        further_rates: the product's rates after ``tax_rate_id`` (QST after GST), as it
            will be; ``set_rates``: whether they must be written (``set_further_rates``).
        old_price: the price before, when an update changes it.
        add_codes / remove_codes: barcodes to give the product, and to take off it.
        stock_change: how much the on-hand figure moves (an "import" stock movement).
    """

    values: RowValues
    outcome: Outcome
    product_id: int | None = None
    row: dict[str, Any] = field(default_factory=dict)
    old_price: Decimal | None = None
    add_codes: tuple[str, ...] = ()
    remove_codes: tuple[str, ...] = ()
    stock_change: Decimal = Decimal(0)
    further_rates: tuple[Any, ...] = ()
    set_rates: bool = False


class Planner:
    """Decides rows batch by batch, remembering what earlier batches used."""

    def __init__(self, uow: UnitOfWork, *, create: bool) -> None:
        self.uow = uow
        self.categories = Categories(uow, create)
        self.tax_rates = TaxRates(uow, create)
        self.suppliers = Suppliers(uow)
        self._seen_skus = SeenKeys()
        self._seen_codes = SeenKeys()
        self._released: dict[str, str] = {}  # code -> name of the product it was taken off
        self._codes: dict[int, set[str]] = {}
        self._further: dict[int, tuple[int, ...]] = {}

    def decide(self, batch: Sequence[RowValues]) -> list[Decision]:
        """One decision per row of ``batch``, in order."""
        skus = {v.sku for v in batch if v.sku}
        skus |= {v.barcodes[0] for v in batch if not v.sku and v.barcodes}
        codes = {c for v in batch if v.barcodes for c in v.barcodes}
        uow = self.uow
        by_sku = {row.sku: row for row in products_by_sku(uow, skus)} if skus else {}
        holders = code_holders(uow, codes) if codes else {}
        by_id = {row.id: row for row in by_sku.values()}
        missing = set(holders.values()) - by_id.keys()
        if missing:
            by_id.update({row.id: row for row in products_by_id(uow, missing)})
        # The codes the products carry now, read once for the batch, for rows that list some.
        self._codes = codes_of(uow, by_id) if codes and by_id else {}
        # And the further rates of stacked products, when rows give rates to compare.
        taxed = by_id and any(v.tax_rate is not None for v in batch)
        self._further = further_rates_of(uow, by_id) if taxed else {}
        return [self._decide(v, by_sku, by_id, holders) for v in batch]

    def _decide(
        self,
        values: RowValues,
        by_sku: dict[str, Existing],
        by_id: dict[int, Existing],
        holders: dict[str, int],
    ) -> Decision:
        if values.errors:
            if values.tax_rate is not None:  # a wrong rate is worth saying at once, too
                try:
                    self.tax_rates.find_all(values.tax_rate)
                except InvalidInput as error:
                    values.fail(Field.TAX_RATE, str(error))
            return Decision(values, Outcome.ERROR)
        existing = self._match(values, by_sku, by_id, holders)
        codes = values.barcodes or ()
        for code in codes:
            holder = holders.get(code)
            if holder is not None and (existing is None or holder != existing.id):
                values.fail(Field.BARCODES, f"the barcode {code} belongs to '{by_id[holder].name}'")
            elif code in self._released:
                values.fail(
                    Field.BARCODES, f"the barcode {code} belongs to '{self._released[code]}'"
                )
            elif code in self._seen_codes:
                values.fail(Field.BARCODES, f"the barcode {code} is on an earlier line too")
        decision = self._new(values, by_sku) if existing is None else self._update(values, existing)
        if values.errors:
            return Decision(values, Outcome.ERROR)
        # Only good rows claim their SKU and codes: with "good rows only", a later good row
        # for the same product is imported instead of a bad one.
        self._seen_skus.add(decision.row["sku"])
        if existing is not None:
            self._seen_skus.add(existing.sku)
        for code in codes:
            self._seen_codes.add(code)
        self._resolve(decision)
        return decision

    def _match(
        self,
        values: RowValues,
        by_sku: dict[str, Existing],
        by_id: dict[int, Existing],
        holders: dict[str, int],
    ) -> Any:
        """The product the row is about: by its SKU, else (no SKU) by its barcodes; None
        for a new one."""
        if values.sku and values.sku in self._seen_skus:
            values.fail(Field.SKU, f"the SKU {values.sku} is on an earlier line too")
            return None
        if values.sku:
            # A row with a SKU is that SKU's product, or a new one: a SKU the shop does not
            # know never renames the product that carries the row's barcode.
            return by_sku.get(values.sku)
        found = {holders[c] for c in values.barcodes or () if c in holders}
        if len(found) > 1:
            names = " and ".join(sorted(f"'{by_id[p].name}'" for p in found))
            values.fail(Field.BARCODES, f"these barcodes belong to two products, {names}")
            return None
        if not found:
            return None
        existing = by_id[found.pop()]
        if existing.sku in self._seen_skus:
            values.fail(None, f"the product {existing.sku} is on an earlier line too")
            return None
        return existing

    def _new(self, values: RowValues, by_sku: dict[str, Existing]) -> Decision:
        sku = values.sku or (values.barcodes[0] if values.barcodes else None)
        if sku is None:
            values.fail(None, "a new product needs a SKU or a barcode")
        elif not values.sku and (sku in by_sku or sku in self._seen_skus):
            values.fail(Field.SKU, f"a new product needs a SKU ({sku} is taken)")
        if values.name is None:
            values.fail(Field.NAME, "a new product needs a name")
        if values.price is None:
            values.fail(Field.PRICE, "a new product needs a price")
        taxes: tuple[int | NewRate | None, ...] = (None,)
        try:
            given = values.tax_rate
            taxes = self.tax_rates.find_all(given) if given else (self.tax_rates.default(),)
        except InvalidInput as error:
            values.fail(Field.TAX_RATE, str(error))
        unit = values.unit or Unit.EACH
        self._check_pieces(values, unit)
        zero = _ZERO
        row = {
            "sku": sku,
            "name": values.name,
            "category_id": values.category,
            "unit": unit.value,
            "price": values.price,
            "cost": values.cost if values.cost is not None else zero,
            "tax_rate_id": taxes[0],
            "active": values.active if values.active is not None else True,
            "favourite": values.favourite if values.favourite is not None else False,
            "reorder_level": values.reorder_level if values.reorder_level is not None else zero,
            "reorder_quantity": values.reorder_quantity or zero,
            "supplier_id": None,
            "max_level": values.max_level or zero,
        }
        self._reorder(values, row)
        return Decision(
            values,
            Outcome.NEW,
            row=row,
            add_codes=values.barcodes or (),
            stock_change=values.on_hand or zero,
            further_rates=taxes[1:],
            set_rates=len(taxes) > 1,
        )

    def _update(self, values: RowValues, existing: Existing) -> Decision:
        row = {name: getattr(existing, name) for name in PRODUCT_COLUMNS}
        changed = False
        for name in ("name", "price", "cost", "active", "favourite"):
            given = getattr(values, name)
            if given is not None and given != row[name]:
                row[name], changed = given, True
        for name in ("reorder_level", "reorder_quantity", "max_level"):
            given = getattr(values, name)
            if given is not None and given != row[name]:
                row[name], changed = given, True
        if values.unit is not None and values.unit.value != row["unit"]:
            row["unit"], changed = values.unit.value, True
        supplier = row["supplier_id"]
        self._reorder(values, row)
        changed = changed or row["supplier_id"] != supplier
        if values.category is not None:
            category = self.categories.find(values.category)
            if category is None or category != row["category_id"]:
                row["category_id"], changed = values.category, True
        further: tuple[Any, ...] = self._further.get(existing.id, ())
        set_rates = False
        if values.tax_rate is not None:
            try:
                taxes = self.tax_rates.find_all(values.tax_rate)
            except InvalidInput as error:
                values.fail(Field.TAX_RATE, str(error))
            else:
                # The whole list of rates, in order: GST + QST is not GST alone.
                if taxes != (row["tax_rate_id"], *further):
                    row["tax_rate_id"], further = taxes[0], taxes[1:]
                    changed = set_rates = True
        self._check_pieces(values, Unit(row["unit"]))
        decision = Decision(
            values,
            Outcome.UPDATED,
            product_id=existing.id,
            row=row,
            further_rates=further,
            set_rates=set_rates,
        )
        if row["price"] != existing.price:
            decision.old_price = existing.price
        if values.barcodes is not None:
            now = self._codes[existing.id]
            wanted = set(values.barcodes)
            decision.add_codes = tuple(c for c in values.barcodes if c not in now)
            decision.remove_codes = tuple(sorted(now - wanted))
            changed = changed or bool(decision.add_codes or decision.remove_codes)
        if values.on_hand is not None and values.on_hand != existing.on_hand:
            decision.stock_change = values.on_hand - existing.on_hand
            changed = True
        if not changed:
            decision.outcome = Outcome.UNCHANGED
        return decision

    def _check_pieces(self, values: RowValues, unit: Unit) -> None:
        """Products sold by the piece count whole pieces."""
        if unit is not Unit.EACH or (
            values.on_hand is None
            and values.reorder_level is None
            and values.reorder_quantity is None
            and values.max_level is None
        ):
            return
        for which, name in _QUANTITIES:
            quantity: Decimal | None = getattr(values, name)
            if quantity is not None and quantity % 1:
                values.fail(which, f"{quantity} is not a whole number of pieces")

    def _reorder(self, values: RowValues, row: dict[str, Any]) -> None:
        """The usual supplier the row names, if the shop has it; and a max level (the row's
        or the product's) not below the reorder level (the row's or the product's)."""
        if values.supplier is not None:
            found = self.suppliers.find(values.supplier)
            if found is None:
                values.fail(Field.SUPPLIER, unknown_supplier(values.supplier))
            row["supplier_id"] = found if found is not None else row["supplier_id"]
        if values.max_level is not None or values.reorder_level is not None:
            wrong = max_below_reorder_level(row["max_level"], row["reorder_level"])
            if wrong is not None:
                given = Field.MAX_LEVEL if values.max_level is not None else Field.REORDER_LEVEL
                values.fail(given, wrong)

    def _resolve(self, decision: Decision) -> None:
        """Categories and tax rates named by a good row: found, or made (noted in a dry run)."""
        row = decision.row
        if isinstance(row["category_id"], str):
            row["category_id"] = self.categories.make(row["category_id"])
        if isinstance(row["tax_rate_id"], NewRate):
            row["tax_rate_id"] = self.tax_rates.make(row["tax_rate_id"])
        if decision.further_rates:
            decision.further_rates = tuple(self.tax_rates.make(r) for r in decision.further_rates)
        row["search_key"] = fold(row["name"])
        for code in decision.remove_codes:
            self._released[code] = row["name"]
