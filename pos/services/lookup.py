"""The counter's hot path: a scanned code to a sellable item, and search as you type.

Both are bounded, indexed queries: a barcode is a primary-key lookup; search takes at most
``limit`` rows from an index (name or SKU prefix, then FTS5 trigrams on SQLite or pg_trgm
on PostgreSQL) and never sorts an unbounded result.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    func,
    or_,
    select,
    table,
    text,
)

from pos.db.engine import Database
from pos.db.prepared import Prepared
from pos.db.tables import barcodes, product_taxes, products, tax_rates
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
    # Latin accents (the usual ones) go in one pass; any other mark one letter at a time.
    decomposed = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    if decomposed.isascii():
        return decomposed.strip()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


#: The combining marks of the Latin accents (U+0300 to U+036F) that ``fold`` removes.
_LATIN_MARKS = re.compile(
    "[" + "".join(c for c in map(chr, range(0x300, 0x370)) if unicodedata.combining(c)) + "]"
)


@dataclass(frozen=True, slots=True)
class Sellable:
    """What the cart needs to ring up an item, with a weight or price from its label.

    ``further_rates`` are the rates charged beside ``tax_rate`` (QST after GST), if any.
    """

    product_id: int
    sku: str
    name: str
    unit: Unit
    price: Decimal
    tax_rate: DomainTaxRate
    quantity: Decimal = Decimal(1)
    fixed_amount: Decimal | None = None
    #: The quantity or amount came from a weight or price label, not from the product.
    from_label: bool = False
    further_rates: tuple[DomainTaxRate, ...] = ()

    @property
    def needs_weight(self) -> bool:
        """Sold by weight, and no label said how much: the cashier must weigh it."""
        return self.unit is Unit.KG and not self.from_label


@dataclass(frozen=True, slots=True)
class ProductHit:
    """One line of the search-as-you-type list."""

    id: int
    sku: str
    name: str
    unit: Unit
    price: Decimal
    on_hand: Decimal


_further_rate = tax_rates.alias("further_rate")

#: What the cart needs of a product, built once: the scan path only binds a value. A product
#: with further rates gives one row for each, in any order; one with a single rate gives one
#: row whose further columns are NULL, found out by one probe of ``product_taxes``' key.
_SELLABLE = (
    select(
        products.c.id,
        products.c.sku,
        products.c.name,
        products.c.unit,
        products.c.price,
        products.c.active,
        tax_rates.c.name,
        tax_rates.c.percent,
        product_taxes.c.position,
        _further_rate.c.name,
        _further_rate.c.percent,
    )
    .join_from(products, tax_rates, tax_rates.c.id == products.c.tax_rate_id)
    .outerjoin(product_taxes, product_taxes.c.product_id == products.c.id)
    .outerjoin(_further_rate, _further_rate.c.id == product_taxes.c.tax_rate_id)
)
_BY_BARCODE = Prepared(
    _SELLABLE.join(barcodes, barcodes.c.product_id == products.c.id).where(
        barcodes.c.code == bindparam("code")
    )
)
_BY_ID = Prepared(_SELLABLE.where(products.c.id == bindparam("product_id")))
_BY_SKU = Prepared(_SELLABLE.where(products.c.sku == bindparam("sku")))

_SellableRow = tuple[Any, ...]


def _to_sellable(rows: list[_SellableRow]) -> Sellable:
    """The item of a product's rows (one, or one per further rate)."""
    product_id, sku, name, unit, price, active, rate_name, percent, position = rows[0][:9]
    if not active:
        raise InvalidInput(f"'{name}' is no longer sold. Reactivate it in Products to sell it.")
    item = Sellable(product_id, sku, name, Unit(unit), price, DomainTaxRate(rate_name, percent))
    if position is None:
        return item
    further = sorted((row[8], DomainTaxRate(row[9], row[10])) for row in rows)
    return replace(item, further_rates=tuple(rate for _, rate in further))


def sellable_by_id(uow: UnitOfWork, product_id: int) -> Sellable:
    """The product with ``product_id``, ready for the cart."""
    rows = _BY_ID.rows(uow, {"product_id": product_id})
    if not rows:
        raise InvalidInput("That product does not exist.")
    return _to_sellable(rows)


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
    rows = _BY_BARCODE.rows(uow, {"code": normal})
    if rows:
        return _to_sellable(rows)
    measured = parse_variable_measure(
        normal, settings.variable_measure_rules, settings.money.exponent
    )
    if measured is not None:
        rows = _BY_BARCODE.rows(uow, {"code": measured.item_key})
        if rows:
            return _with_measure(_to_sellable(rows), measured.measure, measured.value, settings)
    by_sku = _by_sku(uow, code)
    if by_sku is not None:
        return by_sku
    if measured is not None:
        # The product to add is the item on the label, not this one weighing of it.
        raise UnknownBarcode(measured.item_key, label=normal)
    raise UnknownBarcode(normal)


def _by_sku(uow: UnitOfWork, code: str) -> Sellable | None:
    rows = _BY_SKU.rows(uow, {"sku": code.upper()})
    return _to_sellable(rows) if rows else None


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
    return replace(item, quantity=quantity, fixed_amount=amount, from_label=True)


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


def _fts_match(term: str, column: str | None = None) -> ColumnElement[bool]:
    phrase = '"' + term.replace('"', '""') + '"'
    if column is not None:
        phrase = f"{column} : {phrase}"  # FTS5: the phrase in that column only
    return text("product_search MATCH :phrase").bindparams(phrase=phrase)  # type: ignore[return-value]


def _contains(term: str, sqlite: bool) -> Select[Any]:
    if sqlite:
        return _HIT.join(_FTS, _FTS.c.rowid == products.c.id).where(_fts_match(term))
    return _HIT.where(products.c.search_key.like(f"%{_escape_like(term)}%", escape="\\"))


def matches_typed(
    typed: str, sqlite: bool, *, by_id_index: bool = True, skus: SkuMatches | None = None
) -> ColumnElement[bool] | None:
    """The till's search as one condition, for screens that filter, sort and page a whole
    result (the products screen, a selection of products): the products ``search_products``
    finds, unranked and unlimited, plus the product that carries ``typed`` as a barcode.

    One or two letters match the start of a name, or a whole SKU. Three or more match
    anywhere in the name or the SKU: on SQLite the trigram index alone answers that (it
    holds both, so a name or SKU that starts with the text is in it too); PostgreSQL's
    trigram index holds names, so SKUs are compared by prefix there.

    Args:
        typed: what the user typed.
        sqlite: whether the database is SQLite.
        by_id_index: False tests each product's name and SKU for the text instead of taking
            the matches from the search index and looking them up by id, so that SQLite
            walks the index of the wanted order and stops at the first rows it needs (the
            trigram index compares exactly so: the text anywhere, letter case aside).
        skus: the products whose SKU matches, found beforehand: for three letters or
            more with ``by_id_index`` False, as ``sku_matches`` or ``SKU_BY_ROW`` says;
            for one or two letters, as ``exact_matches`` found them.

    Returns:
        The condition, or None when nothing searchable was typed.
    """
    ids = typed_ids(typed, sqlite)
    if ids is not None and by_id_index:
        return products.c.id.in_(ids)
    term = fold(typed)
    if ids is not None:
        # The name is in every sort index's row. The few SKUs that hold the text come
        # from the search index, searched in its SKU column alone; when they are many
        # (a SKU-like "dai0": 90,000 of a million, 20 ms to list) each product's own SKU
        # is tested instead, one lookup away. SKUs are kept upper case (normalize_sku).
        in_sku: ColumnElement[bool]
        if skus is None:
            in_sku = products.c.id.in_(select(_FTS.c.rowid).where(_fts_match(term, "sku")))
        elif skus.ids is None:
            in_sku = func.instr(products.c.sku, term.upper()) > 0
        else:
            in_sku = products.c.id.in_(skus.ids)
        either = [func.instr(products.c.search_key, term) > 0, in_sku]
        code = _barcode_or_none(typed)
        if code is not None:
            either.append(products.c.id.in_(_carrying(code)))
        return or_(*either)
    if not term:
        return None
    sku = typed.strip().upper()
    if len(term) < TRIGRAM_MIN and skus is not None:
        # The SKU and the barcode were looked up beforehand (``exact_matches``): without
        # an OR on other indexes, SQLite reads the names from where the text starts, in
        # order, and stops at the rows wanted (8 ms for the first fifty of the 40,000
        # names that start with "m" otherwise, all of them sorted).
        prefix = _prefix(products.c.search_key, term, sqlite)
        return or_(prefix, products.c.id.in_(skus.ids)) if skus.ids else prefix
    if len(term) < TRIGRAM_MIN:
        either = [_prefix(products.c.search_key, term, sqlite), products.c.sku == sku]
    else:
        either = [
            products.c.search_key.like(f"%{_escape_like(term)}%", escape="\\"),
            _prefix(products.c.sku, sku, sqlite),
        ]
    code = _barcode_or_none(typed)
    if code is not None:
        either.append(products.c.id.in_(_carrying(code)))
    return or_(*either)


def typed_ids(typed: str, sqlite: bool) -> Select[Any] | None:
    """The ids of the products ``matches_typed`` finds, when SQLite's search index answers
    alone (three letters or more): counted without reading a single product row."""
    term = fold(typed)
    if not sqlite or len(term) < TRIGRAM_MIN:
        return None
    ids: Select[Any] = select(_FTS.c.rowid).where(_fts_match(term))
    code = _barcode_or_none(typed)
    if code is not None:
        return ids.union(_carrying(code))  # type: ignore[return-value]
    return ids


#: Up to this many SKUs holding the text are listed for a walk; from there on, the walk
#: tests each product's own SKU.
MANY_SKUS = 500


@dataclass(frozen=True, slots=True)
class SkuMatches:
    """How a walk (``matches_typed`` with ``by_id_index`` False) finds SKUs holding the
    text: these product ids, or (``ids`` None: too many to list) each product's own SKU."""

    ids: tuple[int, ...] | None


#: A walk tests each product's own SKU: cheaper than asking the search index when the walk
#: is short (its SKU column's answer for "chocolate" takes 13 ms to find none).
SKU_BY_ROW = SkuMatches(None)


def exact_matches(uow: UnitOfWork, typed: str) -> SkuMatches:
    """The product whose SKU is what was typed and the one that carries it as a barcode,
    if any: what one or two letters match besides names, found before the query that
    lists them (see ``matches_typed``)."""
    either = [products.c.sku == typed.strip().upper()]
    code = _barcode_or_none(typed)
    if code is not None:
        either.append(products.c.id.in_(_carrying(code)))
    found = uow.connection.scalars(select(products.c.id).where(or_(*either)))
    return SkuMatches(tuple(found))


def sku_matches(uow: UnitOfWork, typed: str) -> SkuMatches | None:
    """The products whose SKU holds the text, from the search index's SKU column, listed
    up to ``MANY_SKUS``; None where the search index does not answer (see ``typed_ids``)."""
    term = fold(typed)
    if uow.dialect.name != "sqlite" or len(term) < TRIGRAM_MIN:
        return None
    query = select(_FTS.c.rowid).where(_fts_match(term, "sku")).limit(MANY_SKUS + 1)
    ids = tuple(uow.connection.scalars(query))
    return SkuMatches(ids if len(ids) <= MANY_SKUS else None)


def count_typed(uow: UnitOfWork, typed: str, at_most: int | None = None) -> int | None:
    """How many products ``matches_typed`` finds, from SQLite's search index alone (three
    letters or more), without reading a product row; None where that cannot be done.

    With ``at_most``, counting stops there (the count is then ``at_most``, or one more
    when a barcode adds its product): 2 ms instead of 20 for the 90,000 of "dai0".
    """
    ids = typed_ids(typed, uow.dialect.name == "sqlite")
    if ids is None:
        return None
    term = fold(typed)
    if at_most is None:
        found = select(func.count()).select_from(_FTS).where(_fts_match(term))
    else:
        first = select(_FTS.c.rowid).where(_fts_match(term)).limit(at_most).subquery()
        found = select(func.count()).select_from(first)
    count = int(uow.connection.scalar(found) or 0)
    code = _barcode_or_none(typed)
    if code is not None:
        # The product with that barcode, unless the text already found it.
        also = select(func.count()).where(
            barcodes.c.code == code,
            ~select(_FTS.c.rowid)
            .where(_fts_match(term), _FTS.c.rowid == barcodes.c.product_id)
            .exists(),
        )
        count += int(uow.connection.scalar(also) or 0)
    return count


def _barcode_or_none(typed: str) -> str | None:
    try:
        return normalize_barcode(typed.strip())
    except InvalidBarcode:
        return None


def _carrying(code: str) -> Select[Any]:
    return select(barcodes.c.product_id).where(barcodes.c.code == code)
