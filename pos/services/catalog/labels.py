"""Shelf labels: what each label of a selection of products says, read in batches.

A label shows the product's name, its price in the shop's money, the unit ("/ kg" for
weighed goods) and a barcode to scan at the till. This module decides the words and which
code to print; ``receipts.labels`` puts them on paper. A selection may mean half a million
products, so labels are read by keyset in batches and never held all at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import BigInteger, case, func, literal, select, type_coerce

from pos.db.engine import Database
from pos.db.tables import barcodes, categories, products
from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput
from pos.domain.money import format_money
from pos.services.catalog.selection import (
    BATCH,
    ProductFilter,
    ProductSelection,
    selected_id_batches,
)
from pos.services.settings import read_settings

#: The most copies of one product a run may ask for, and the most labels in one PDF: a
#: thousand sheets is more than any printer tray, and the PDF is built in memory.
MAX_COPIES = 1000
MAX_LABELS = 20_000
_PRINTABLE_ASCII = frozenset(chr(c) for c in range(32, 127))


class Symbology(StrEnum):
    """How a code is drawn as bars."""

    EAN13 = "EAN-13"
    EAN8 = "EAN-8"
    UPCA = "UPC-A"
    CODE128 = "Code 128"


class CopiesMode(StrEnum):
    """How many labels each product gets."""

    ONE = "one"
    ON_HAND = "on-hand"
    FIXED = "fixed"


@dataclass(frozen=True, slots=True)
class Copies:
    """How many labels per product: one, one per piece in stock, or a fixed number."""

    mode: CopiesMode = CopiesMode.ONE
    number: int = 1

    def __post_init__(self) -> None:
        if self.mode is CopiesMode.FIXED and not 1 <= self.number <= MAX_COPIES:
            raise InvalidInput(
                f"Print 1 to {MAX_COPIES} labels of each product, not {self.number}."
            )

    def of(self, unit: Unit, on_hand: Decimal) -> int:
        """How many labels a product with ``on_hand`` in stock gets."""
        if self.mode is CopiesMode.ONE:
            return 1
        if self.mode is CopiesMode.FIXED:
            return self.number
        # One label a piece in stock. Weighed goods lie loose in one place on the shelf:
        # one label while there is any, never one per kilogram.
        if unit is Unit.KG:
            return 1 if on_hand > 0 else 0
        return max(int(on_hand), 0)  # whole pieces: 2.5 in stock is 2 labels


def parse_copies(text: str) -> Copies:
    """'1', 'on-hand' or a number of labels for each product, as typed on the command line."""
    cleaned = text.strip().lower()
    if cleaned in ("on-hand", "onhand", "on_hand", "stock"):
        return Copies(CopiesMode.ON_HAND)
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise InvalidInput(
            f"'{text}' is not a number of labels: use 1, on-hand, or a number such as 3."
        )
    number = int(cleaned)
    return Copies() if number == 1 else Copies(CopiesMode.FIXED, number)


@dataclass(frozen=True, slots=True)
class LabelBarcode:
    """The code printed under a label: its digits or characters and how to draw them."""

    code: str
    symbology: Symbology


@dataclass(frozen=True, slots=True)
class LabelData:
    """What one product's labels say, and how many of them to print.

    Attributes:
        price_text: the price in the shop's money and language, e.g. '€2.99'.
        per_kg: True for weighed goods: the price is a price per kilogram.
        barcode: the code to print, None when the product has none that bars can carry
            (a SKU with letters no barcode has, such as 'É').
        copies: how many labels of this product to print.
    """

    product_id: int
    sku: str
    name: str
    price_text: str
    unit: Unit
    per_kg: bool
    barcode: LabelBarcode | None
    copies: int


def choose_barcode(codes: Sequence[str], sku: str) -> LabelBarcode | None:
    """The code a label prints: a retail GTIN first, else the shop's own code, else the SKU.

    Codes are stored normalized (``pos.domain.barcodes``): a UPC-A code is kept as the
    EAN-13 with a leading zero, and printed as UPC-A again, as GS1 asks for GTIN-12s.
    """
    for code in codes:
        if code.isdigit() and len(code) == 13:
            if code.startswith("0"):
                return LabelBarcode(code[1:], Symbology.UPCA)
            return LabelBarcode(code, Symbology.EAN13)
        if code.isdigit() and len(code) == 8:
            return LabelBarcode(code, Symbology.EAN8)
    for code in (*codes, sku):
        # A GTIN-14 (cases, not shelves) and any internal code print as Code 128, which
        # carries printable ASCII only.
        if code and set(code) <= _PRINTABLE_ASCII:
            return LabelBarcode(code, Symbology.CODE128)
    return None


_ON_HAND_THOUSANDTHS = type_coerce(products.c.on_hand, BigInteger)
#: ``Copies.of`` in SQL, for counting labels without reading every product.
_ON_HAND_COPIES = case(
    (products.c.unit == Unit.KG.value, case((_ON_HAND_THOUSANDTHS > 0, 1), else_=0)),
    (_ON_HAND_THOUSANDTHS >= 1000, _ON_HAND_THOUSANDTHS // literal(1000, BigInteger)),
    else_=0,
)


def count_labels(db: Database, selection: ProductSelection, copies: Copies) -> int:
    """How many labels ``selection`` makes with ``copies``: what the labels dialog says."""
    with db.read() as uow:
        condition = selection.condition(uow.dialect.name == "sqlite")
        if copies.mode is CopiesMode.ON_HAND:
            query = select(func.coalesce(func.sum(_ON_HAND_COPIES), 0))
        else:
            query = select(func.count() * (copies.number if copies.mode is CopiesMode.FIXED else 1))
        return int(uow.connection.scalar(query.select_from(products).where(condition)) or 0)


def check_label_count(count: int) -> None:
    """Refuse a run with no labels, or more than one PDF should hold."""
    if count == 0:
        raise InvalidInput("There are no labels to print: no product matches, or none in stock.")
    if count > MAX_LABELS:
        raise InvalidInput(
            f"That would be {count:,} labels. Print at most {MAX_LABELS:,} at a time: "
            "choose fewer products or fewer copies."
        )


_LABEL_COLUMNS = select(
    products.c.id,
    products.c.sku,
    products.c.name,
    products.c.unit,
    products.c.price,
    products.c.on_hand,
)


def label_batches(
    db: Database, selection: ProductSelection, copies: Copies, batch: int = BATCH
) -> Iterator[list[LabelData]]:
    """The labels of ``selection`` in product-id order, a batch of products at a time.

    Products that get no label (none in stock with ``on-hand`` copies) are left out. The
    whole run reads one snapshot, so it agrees with ``count_labels`` taken just before.
    """
    with db.read() as uow:
        shop = read_settings(uow)
        money, locale = shop.money, shop.locale
        for ids in selected_id_batches(uow, selection, batch):
            codes: dict[int, list[str]] = {}
            for product_id, code in uow.connection.execute(
                select(barcodes.c.product_id, barcodes.c.code)
                .where(barcodes.c.product_id.in_(ids))
                .order_by(barcodes.c.product_id, barcodes.c.code)
            ):
                codes.setdefault(product_id, []).append(code)
            labels = []
            rows = uow.connection.execute(
                _LABEL_COLUMNS.where(products.c.id.in_(ids)).order_by(products.c.id)
            )
            for product_id, sku, name, unit_text, price, on_hand in rows:
                unit = Unit(unit_text)
                count = copies.of(unit, on_hand)
                if count == 0:
                    continue
                labels.append(
                    LabelData(
                        product_id=product_id,
                        sku=sku,
                        name=name,
                        price_text=format_money(price, money, locale),
                        unit=unit,
                        per_kg=unit is Unit.KG,
                        barcode=choose_barcode(codes.get(product_id, ()), sku),
                        copies=count,
                    )
                )
            if labels:
                yield labels


def selection_by_names(
    db: Database,
    *,
    text: str = "",
    category_names: Sequence[str] = (),
    skus: Sequence[str] = (),
    active: bool | None = True,
) -> ProductSelection:
    """The products the command line names: a search, categories by name, SKUs.

    All given must hold. Active products only unless ``active`` says otherwise: a label
    for something no longer sold belongs on no shelf.

    Raises:
        InvalidInput: a category or SKU that the shop does not have.
    """
    with db.read() as uow:
        category_ids: list[int] = []
        for name in category_names:
            found = uow.connection.scalar(
                select(categories.c.id).where(func.lower(categories.c.name) == name.strip().lower())
            )
            if found is None:
                raise InvalidInput(f"There is no category called '{name}'.")
            category_ids.append(found)
        ids: list[int] | None = None
        if skus:
            ids = []
            for sku in skus:
                found = uow.connection.scalar(
                    select(products.c.id).where(products.c.sku == sku.strip().upper())
                )
                if found is None:
                    raise InvalidInput(f"No product has the SKU '{sku}'.")
                ids.append(found)
    chosen = ProductFilter(text=text, category_ids=tuple(category_ids), active=active)
    return ProductSelection(chosen, None if ids is None else tuple(ids))
