"""The counter's hot path: a scanned code to a sellable item, and search as you type.

Both are bounded, indexed queries: a barcode is a primary-key lookup; search takes at most
``limit`` rows from an index (name or SKU prefix, then FTS5 trigrams on SQLite or pg_trgm
on PostgreSQL) and never sorts an unbounded result.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    or_,
    select,
    table,
    text,
)

from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import barcodes, products, tax_rates
from pos.db.uow import UnitOfWork
from pos.domain.barcodes import Measure, normalize_barcode, parse_variable_measure
from pos.domain.cart import QUANTITY_QUANTUM, Unit
from pos.domain.errors import InvalidBarcode, InvalidInput, UnknownBarcode
from pos.domain.money import round_money
from pos.domain.tax import TaxRate as DomainTaxRate
from pos.services.settings import ShopSettings

#: Searches shorter than this use name and SKU prefixes only: trigrams need three letters.
TRIGRAM_MIN = 3


def fold(text: str) -> str:
    """Lower case without accents: 'Crème Brûlée' -> 'creme brulee'. Search compares these."""
    if text.isascii():  # most names; an import folds a million of them
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@dataclass(frozen=True, slots=True)
class Sellable:
    """What the cart needs to ring up an item, with a weight or price from its label."""

    product_id: int
    sku: str
    name: str
    unit: Unit
    price: Decimal
    tax_rate: DomainTaxRate
    quantity: Decimal = Decimal(1)
    fixed_amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ProductHit:
    """One line of the search-as-you-type list."""

    id: int
    sku: str
    name: str
    unit: Unit
    price: Decimal
    on_hand: Decimal


#: What the cart needs of a product, built once: the scan path only binds a value.
_SELLABLE = select(
    products.c.id,
    products.c.sku,
    products.c.name,
    products.c.unit,
    products.c.price,
    products.c.active,
    tax_rates.c.name,
    tax_rates.c.percent,
).join_from(products, tax_rates, tax_rates.c.id == products.c.tax_rate_id)
_BY_BARCODE = Prepared(
    _SELLABLE.join(barcodes, barcodes.c.product_id == products.c.id).where(
        barcodes.c.code == bindparam("code")
    )
)
_BY_ID = Prepared(_SELLABLE.where(products.c.id == bindparam("product_id")))
_BY_SKU = Prepared(_SELLABLE.where(products.c.sku == bindparam("sku")))

_SellableRow = tuple[Any, ...]


def _to_sellable(row: _SellableRow) -> Sellable:
    product_id, sku, name, unit, price, active, rate_name, percent = row
    if not active:
        raise InvalidInput(f"'{name}' is no longer sold. Reactivate it in Products to sell it.")
    return Sellable(product_id, sku, name, Unit(unit), price, DomainTaxRate(rate_name, percent))


def sellable_by_id(uow: UnitOfWork, product_id: int) -> Sellable:
    """The product with ``product_id``, ready for the cart."""
    row = _BY_ID.first(uow, {"product_id": product_id})
    if row is None:
        raise InvalidInput("That product does not exist.")
    return _to_sellable(row)


def sellable_by_code(uow: UnitOfWork, scanned: str, settings: ShopSettings) -> Sellable:
    """Resolve a scanned barcode, in-store weight/price barcode, or typed SKU.

    Raises:
        InvalidBarcode: the check digit is wrong.
        UnknownBarcode: no product carries the code.
    """
    code = scanned.strip()
    try:
        normal = normalize_barcode(code)
    except InvalidBarcode:
        by_sku = _by_sku(uow, code)
        if by_sku is None:
            raise
        return by_sku
    row = _BY_BARCODE.first(uow, {"code": normal})
    if row is not None:
        return _to_sellable(row)
    measured = parse_variable_measure(
        normal, settings.variable_measure_rules, settings.money.exponent
    )
    if measured is not None:
        row = _BY_BARCODE.first(uow, {"code": measured.item_key})
        if row is not None:
            return _with_measure(_to_sellable(row), measured.measure, measured.value, settings)
    by_sku = _by_sku(uow, code)
    if by_sku is not None:
        return by_sku
    if measured is not None:
        # The product to add is the item on the label, not this one weighing of it.
        raise UnknownBarcode(measured.item_key, label=normal)
    raise UnknownBarcode(normal)


def _by_sku(uow: UnitOfWork, code: str) -> Sellable | None:
    row = _BY_SKU.first(uow, {"sku": code.upper()})
    return None if row is None else _to_sellable(row)


def _with_measure(
    item: Sellable, measure: Measure, value: Decimal, settings: ShopSettings
) -> Sellable:
    """Apply a label's weight, or its price (the weight then follows from the unit price)."""
    if value <= 0:
        raise InvalidInput(f"The label on '{item.name}' shows no weight or price.")
    if measure is Measure.WEIGHT:
        if item.unit is Unit.EACH:
            raise InvalidInput(f"'{item.name}' is sold by the piece, but its label shows a weight.")
        return _replace_quantity(item, value, None)
    if item.unit is Unit.KG and item.price > 0:
        weight = max((value / item.price).quantize(QUANTITY_QUANTUM), QUANTITY_QUANTUM)
        return _replace_quantity(item, weight, round_money(value, settings.money))
    return _replace_quantity(item, Decimal(1), round_money(value, settings.money))


def _replace_quantity(item: Sellable, quantity: Decimal, amount: Decimal | None) -> Sellable:
    return Sellable(
        item.product_id, item.sku, item.name, item.unit, item.price, item.tax_rate, quantity, amount
    )


def find_by_code(db: Database, scanned: str, settings: ShopSettings) -> Sellable:
    """Resolve a scanned code in its own read-only unit of work."""
    with db.read() as uow:
        return sellable_by_code(uow, scanned, settings)


def find_by_id(db: Database, product_id: int) -> Sellable:
    """The product with ``product_id``, ready for the cart, in its own unit of work."""
    with db.read() as uow:
        return sellable_by_id(uow, product_id)


#: The columns of a search hit, in ``ProductHit``'s order.
_HIT = select(
    products.c.id,
    products.c.sku,
    products.c.name,
    products.c.unit,
    products.c.price,
    products.c.on_hand,
)


def search_products(db: Database, typed: str, limit: int = 50) -> list[ProductHit]:
    """Up to ``limit`` active products whose name or SKU matches what is typed.

    A product whose SKU is exactly what was typed comes first (Enter on a typed SKU must
    ring up that product), then name prefixes (typing 'mil' shows 'Milk ...' before
    'Camomile tea'), then SKU prefixes, then names containing the text anywhere.
    """
    term = fold(typed)
    if not term:
        return []
    found: dict[int, ProductHit] = {}
    with db.read() as uow:
        sqlite = uow.dialect.name == "sqlite"
        sku = typed.strip().upper()
        queries = [
            _HIT.where(products.c.sku == sku),
            _HIT.where(_prefix(products.c.search_key, term, sqlite)).order_by(
                products.c.search_key
            ),
            _HIT.where(_prefix(products.c.sku, sku, sqlite)).order_by(products.c.sku),
        ]
        if len(term) >= TRIGRAM_MIN:
            queries.append(_contains(term, sqlite))
        for query in queries:
            rows = uow.connection.execute(query.where(products.c.active).limit(limit))
            for pid, code, name, unit, price, on_hand in rows:
                if pid not in found:
                    found[pid] = ProductHit(pid, code, name, Unit(unit), price, on_hand)
            if len(found) >= limit:
                break
        return list(found.values())[:limit]


_FTS = table("product_search", column("rowid", Integer))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(col: ColumnElement[str], term: str, sqlite: bool) -> ColumnElement[bool]:
    """``col`` starts with ``term``, in a form the database answers from an index.

    SQLite's LIKE ignores case and so skips a binary index; a range does not. PostgreSQL
    answers LIKE 'x%' from the trigram index and compares ranges by locale, so it gets LIKE.
    """
    if sqlite:
        return and_(col >= term, col < term + "\U0010ffff")
    return col.like(_escape_like(term) + "%", escape="\\")


def _fts_match(term: str) -> ColumnElement[bool]:
    phrase = '"' + term.replace('"', '""') + '"'
    return text("product_search MATCH :phrase").bindparams(phrase=phrase)  # type: ignore[return-value]


def _contains(term: str, sqlite: bool) -> Select[Any]:
    if sqlite:
        return _HIT.join(_FTS, _FTS.c.rowid == products.c.id).where(_fts_match(term))
    return _HIT.where(products.c.search_key.like(f"%{_escape_like(term)}%", escape="\\"))


def matches_typed(typed: str, sqlite: bool) -> ColumnElement[bool] | None:
    """The till's search as one condition, for screens that filter, sort and page a whole
    result (the products screen, a selection of products): what ``search_products`` would
    find, unranked and unlimited, plus the product that carries ``typed`` as a barcode.

    None when nothing searchable was typed.
    """
    term = fold(typed)
    if not term:
        return None
    sku = typed.strip().upper()
    either: list[ColumnElement[bool]] = [
        products.c.sku == sku,
        _prefix(products.c.search_key, term, sqlite),
        _prefix(products.c.sku, sku, sqlite),
    ]
    if len(term) >= TRIGRAM_MIN:
        if sqlite:
            either.append(products.c.id.in_(select(_FTS.c.rowid).where(_fts_match(term))))
        else:
            either.append(products.c.search_key.like(f"%{_escape_like(term)}%", escape="\\"))
    try:
        code = normalize_barcode(typed.strip())
    except InvalidBarcode:
        code = None
    if code is not None:
        either.append(
            products.c.id.in_(select(barcodes.c.product_id).where(barcodes.c.code == code))
        )
    return or_(*either)
