"""The order sheet PDF: a section per supplier with its phone, each product's figures, a
total per supplier and for the sheet; the same bytes for the same list."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

from pypdf import PdfReader

from pos.domain.cart import Unit
from pos.services.settings import ShopSettings
from pos.services.stock.reorder import NO_SUPPLIER, ReorderGroup, ReorderLine, ReorderList
from receipts.reorder_pdf import order_sheet_pdf

D = Decimal
AT = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def line(sku: str, name: str, unit: Unit, on_hand: str, order: str, cost: str) -> ReorderLine:
    return ReorderLine(1, sku, name, unit, D(on_hand), D(5), D(0), D(0), D(order), D(cost))


LISTING = ReorderList(
    (
        ReorderGroup(
            1,
            "Dairy & Co",
            "01 555 0101",
            (
                line("MILK", "Fresh Milk 1 L", Unit.EACH, "3", "21", "0.70"),
                line("CHEESE", "Comté 18 mois", Unit.KG, "0.4", "2.5", "14.20"),
            ),
        ),
        ReorderGroup(
            None, NO_SUPPLIER, "", (line("NAILS", "Nails", Unit.EACH, "-2", "7", "0.05"),)
        ),
    )
)


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_order_sheet_shows_each_supplier_and_its_total(shop: ShopSettings) -> None:
    data = order_sheet_pdf(LISTING, shop, at=AT)
    text = text_of(data)
    for expected in (
        "Test Shop",
        "Order sheet",
        "Supplier: Dairy & Co",
        "phone 01 555 0101",
        "Fresh Milk 1 L",
        "Comté 18 mois",
        "2.5 kg",
        "€14.70",  # 21 * 0.70
        "€35.50",  # 2.5 kg * 14.20
        "€50.20",  # the supplier's total
        "Supplier: No supplier",
        "-2",
        "€0.35",
        "€50.55",  # the sheet's total
        "Products to order\n3",
    ):
        assert expected in text, expected
    assert order_sheet_pdf(LISTING, shop, at=AT) == data


def test_an_empty_list_says_there_is_nothing_to_order(shop: ShopSettings) -> None:
    text = text_of(order_sheet_pdf(ReorderList(()), shop, at=AT))
    assert "nothing to order" in text
