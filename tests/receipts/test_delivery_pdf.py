"""The delivery note PDF: number, supplier, every line, the total at cost."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings, get_settings
from pos.services.stock.deliveries import DeliveryHeader, create_delivery, save_header
from pos.services.stock.delivery_lines import add_product, set_line_cost
from pos.services.stock.delivery_posting import post_delivery
from pos.services.stock.supplier_returns import create_return
from receipts.delivery_pdf import delivery_pdf


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_delivery_note_and_its_return(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, apples: ProductDTO
) -> None:
    draft = create_delivery(db, DeliveryHeader("Dairy & Co", "INV-881"), actor=actor)
    draft = add_product(db, draft.id, milk.id, actor=actor, quantity=Decimal(12))
    draft = add_product(db, draft.id, apples.id, actor=actor, quantity=Decimal("2.5"))
    draft = set_line_cost(db, draft.lines[0].id, "0.70", actor=actor)
    draft = set_line_cost(db, draft.lines[1].id, "1.20", actor=actor)
    draft = save_header(
        db, draft.id, DeliveryHeader("Dairy & Co", "INV-881", date(2026, 12, 3)), actor=actor
    )
    text = text_of(delivery_pdf(draft, get_settings(db)))
    assert "Delivery (draft, not posted)" in text

    posted = post_delivery(db, draft.id, actor=actor)
    text = text_of(delivery_pdf(posted, get_settings(db)))
    for expected in (
        "Test Shop",
        "Delivery D000001",
        "Dairy & Co",
        "INV-881",
        "3 Dec 2026",
        "Fresh Milk 1 L",
        "2.500 kg",
        "€0.70",
        "€8.40",  # 12 x 0.70
        "€11.40",  # with 2.5 kg x 1.20
        "Page 1 of 1",
    ):
        assert expected in text, expected

    back = post_delivery(db, create_return(db, posted.id, actor=actor).id, actor=actor)
    text = text_of(delivery_pdf(back, get_settings(db), paper="Letter"))
    assert "Return to supplier DR000001" in text and "Returns goods of" in text
    assert "D000001" in text and "Goods going back to the supplier." in text
