"""Products as a stock document's lines need them: name, unit and stock (no cost: whoever
adjusts or counts may not see costs; the adjustment reads the cost itself), found by id
or by a scanned code. Unlike the till's lookup, a product no longer sold is found too: its
stock on the shelf can still be damaged, expire or be counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.tables import barcodes, products
from pos.domain.barcodes import normalize_barcode
from pos.domain.cart import Unit
from pos.domain.errors import InvalidBarcode, InvalidInput, NotFound
from pos.services.catalog.selection import ProductSelection, selected_id_batches
from pos.services.lookup import find_by_code
from pos.services.settings import ShopSettings

#: The most products one document takes from a selection on the products screen.
MAX_LINES = 500


@dataclass(frozen=True, slots=True)
class StockProduct:
    """A product on a stock document's line."""

    id: int
    sku: str
    name: str
    unit: Unit
    on_hand: Decimal
    active: bool


@dataclass(frozen=True, slots=True)
class ScannedProduct:
    """A scanned code's product, with the weight its label carried (None: no label)."""

    product: StockProduct
    quantity: Decimal | None = None


_COLUMNS = select(
    products.c.id,
    products.c.sku,
    products.c.name,
    products.c.unit,
    products.c.on_hand,
    products.c.active,
)


def stock_products(db: Database, product_ids: Iterable[int]) -> list[StockProduct]:
    """The products with these ids, in the order given (ids of deleted ones are skipped).

    Raises:
        InvalidInput: more than ``MAX_LINES`` products.
    """
    wanted = list(dict.fromkeys(product_ids))
    if len(wanted) > MAX_LINES:
        raise InvalidInput(
            f"{len(wanted):,} products are selected; one document takes {MAX_LINES} at most. "
            "Select fewer (a category, or the low-stock filter)."
        )
    with db.read() as uow:
        rows = uow.connection.execute(_COLUMNS.where(products.c.id.in_(wanted))).all()
    found = {row[0]: StockProduct(*row[:3], Unit(row[3]), *row[4:]) for row in rows}
    return [found[pid] for pid in wanted if pid in found]


def selected_stock_products(db: Database, selection: ProductSelection) -> list[StockProduct]:
    """The products picked on the products screen, for a document's lines.

    Raises:
        InvalidInput: more than ``MAX_LINES`` products are selected.
    """
    with db.read() as uow:
        ids: list[int] = []
        for batch in selected_id_batches(uow, selection, MAX_LINES + 1):
            ids += batch
            break  # one batch tells whether there are too many
    if len(ids) > MAX_LINES:
        raise InvalidInput(
            f"More than {MAX_LINES} products are selected; one document takes {MAX_LINES} at "
            "most. Select fewer (a category, or the low-stock filter)."
        )
    return stock_products(db, ids)


def stock_product(db: Database, product_id: int) -> StockProduct:
    """One product by id.

    Raises:
        NotFound: it was deleted.
    """
    found = stock_products(db, [product_id])
    if not found:
        raise NotFound("That product does not exist.")
    return found[0]


def scanned_product(db: Database, code: str, settings: ShopSettings) -> ScannedProduct:
    """The product a scanned or typed code means: its barcode or SKU (sold or not), or a
    scale label's item with the label's weight.

    Raises:
        InvalidBarcode: the check digit is wrong.
        UnknownBarcode: no product carries the code.
    """
    typed = code.strip()
    if not typed:
        raise InvalidInput("Scan a barcode or type a SKU.")
    with db.read() as uow:
        try:
            stored = normalize_barcode(typed)
        except InvalidBarcode:
            stored = None
        query = _COLUMNS.where(products.c.sku == typed.upper())
        if stored is not None:
            query = _COLUMNS.join(barcodes, barcodes.c.product_id == products.c.id).where(
                barcodes.c.code == stored
            )
        row = uow.connection.execute(query).first()
        if row is None and stored is not None:
            row = uow.connection.execute(_COLUMNS.where(products.c.sku == typed.upper())).first()
    if row is not None:
        return ScannedProduct(StockProduct(*row[:3], Unit(row[3]), *row[4:]))
    # A scale label (weight in the code), or a bad check digit: the till's rules say which.
    item = find_by_code(db, typed, settings)
    quantity = item.quantity if item.from_label and item.unit is Unit.KG else None
    return ScannedProduct(stock_product(db, item.product_id), quantity)
