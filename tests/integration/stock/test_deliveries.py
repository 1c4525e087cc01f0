"""Receiving a delivery: drafts, scanning, posting once, and bad input changing nothing."""

from __future__ import annotations

import json
import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.tables import audit_log, deliveries, delivery_lines, products, stock_movements
from pos.domain.errors import InvalidInput, UnknownBarcode
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.stock.deliveries import (
    DeliveryHeader,
    DeliveryStatus,
    create_delivery,
    delete_draft,
    find_delivery,
    get_delivery,
    save_header,
)
from pos.services.stock.delivery_lines import (
    add_product,
    add_scanned,
    remove_line,
    set_line_cost,
    set_line_quantity,
)
from pos.services.stock.delivery_list import list_deliveries
from pos.services.stock.delivery_posting import post_delivery
from pos.services.stock.suppliers import list_suppliers
from tests.integration.stock.delivery_helpers import assert_healthy, receive, stock_and_cost

MILK_CODE = "4006381333931"


def _rows(db: Database, table) -> int:  # type: ignore[no-untyped-def]
    with db.read() as uow:
        return int(uow.connection.scalar(select(func.count()).select_from(table)) or 0)


def test_receive_by_scanning_then_post(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, apples: ProductDTO
) -> None:
    draft = create_delivery(
        db,
        DeliveryHeader("Dairy Co", "INV-881", date(2026, 12, 3)),
        actor=actor,
    )
    assert draft.is_draft and draft.number is None
    for _ in range(3):  # each scan is one more
        draft = add_scanned(db, draft.id, MILK_CODE, settings=shop, actor=actor)
    draft = add_scanned(db, draft.id, "milk", settings=shop, actor=actor, quantity=Decimal(9))
    draft = add_scanned(db, draft.id, "2100001", settings=shop, actor=actor,
                        quantity=Decimal("2.5"))  # fmt: skip
    assert [(ln.sku, ln.quantity) for ln in draft.lines] == [
        ("MILK", Decimal(12)),
        ("APPLES", Decimal("2.5")),
    ]
    draft = set_line_cost(db, draft.lines[0].id, "0.70", actor=actor)
    draft = set_line_cost(db, draft.lines[1].id, "1,20", actor=actor)  # a decimal comma
    assert draft.total == Decimal("11.40")  # 12 x 0.70 + 2.5 kg x 1.20

    posted = post_delivery(db, draft.id, actor=actor)

    assert posted.number == "D000001" and posted.status is DeliveryStatus.POSTED
    assert stock_and_cost(db, milk.id) == (Decimal(12), Decimal("0.70"))
    assert stock_and_cost(db, apples.id) == (Decimal("2.5"), Decimal("1.20"))
    with db.read() as uow:
        moves = uow.connection.execute(
            select(
                stock_movements.c.kind,
                stock_movements.c.document,
                stock_movements.c.quantity,
                stock_movements.c.unit_cost,
                stock_movements.c.user_id,
                stock_movements.c.till,
            ).order_by(stock_movements.c.product_id)
        ).all()
        supplier_ids = set(uow.connection.scalars(select(products.c.supplier_id)))
        audit = uow.connection.execute(
            select(audit_log.c.action, audit_log.c.details).where(
                audit_log.c.action == "delivery_posted"
            )
        ).one()
    assert [tuple(m) for m in moves] == [
        ("receipt", "D000001", Decimal(12), Decimal("0.70"), actor.user_id, "Till 1"),
        ("receipt", "D000001", Decimal("2.5"), Decimal("1.20"), actor.user_id, "Till 1"),
    ]
    (dairy,) = list_suppliers(db)
    assert dairy.name == "Dairy Co" and supplier_ids == {dairy.id}
    assert json.loads(audit.details)["number"] == "D000001"
    assert find_delivery(db, "d1", actor).id == posted.id
    assert_healthy(db)


def test_a_draft_is_kept_and_continued_later(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    draft = add_product(db, draft.id, milk.id, actor=actor)
    draft = add_product(db, draft.id, wine.id, actor=actor, quantity=Decimal(6))
    draft = set_line_quantity(db, draft.lines[0].id, Decimal(24), actor=actor)
    draft = remove_line(db, draft.lines[1].id, actor=actor)
    save_header(db, draft.id, DeliveryHeader("Wine & Co", "N-7"), actor=actor)

    later = get_delivery(db, draft.id, actor)  # another day, another till
    assert later.supplier_name == "Wine & Co" and later.supplier_reference == "N-7"
    assert [(ln.sku, ln.quantity) for ln in later.lines] == [("MILK", Decimal(24))]
    (summary,) = list_deliveries(db)
    assert summary.status is DeliveryStatus.DRAFT and summary.line_count == 1
    assert stock_and_cost(db, milk.id)[0] == 0  # a draft moves no stock

    delete_draft(db, draft.id, actor=actor)
    assert list_deliveries(db) == []


def test_unit_cost_starts_at_the_last_cost(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    receive(db, actor, [(milk.id, "12", "0.74")])
    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    draft = add_product(db, draft.id, milk.id, actor=actor)
    assert draft.lines[0].unit_cost == Decimal("0.74")


def test_the_list_shows_drafts_first_then_newest_posted(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    first = receive(db, actor, [(milk.id, "1", "0.70")])
    second = receive(db, actor, [(milk.id, "1", "0.70")])
    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    rows = list_deliveries(db)
    assert [r.id for r in rows] == [draft.id, second.id, first.id]
    # Paged: the second page starts after the first's last row.
    page = list_deliveries(db, limit=2)
    assert [r.id for r in page] == [draft.id, second.id]
    assert [r.id for r in list_deliveries(db, after=page[-1].key)] == [first.id]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda db, d, a, s: set_line_quantity(db, d.lines[0].id, Decimal(-3), actor=a),
         "more than zero"),
        (lambda db, d, a, s: set_line_quantity(db, d.lines[0].id, Decimal("1.5"), actor=a),
         "whole number"),
        (lambda db, d, a, s: set_line_cost(db, d.lines[0].id, "abc", actor=a), "not a number"),
        (lambda db, d, a, s: set_line_cost(db, d.lines[0].id, "-1", actor=a), "negative"),
        (lambda db, d, a, s: add_scanned(db, d.id, "APPLES", settings=s, actor=a), "weight"),
        (lambda db, d, a, s: add_scanned(db, d.id, "MILK", settings=s, actor=a,
                                         quantity=Decimal(-1)), "more than zero"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_and_changes_nothing(
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    apples: ProductDTO,
    change,  # type: ignore[no-untyped-def]
    message: str,
) -> None:
    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    draft = add_product(db, draft.id, milk.id, actor=actor, quantity=Decimal(2))
    with pytest.raises(InvalidInput, match=message):
        change(db, draft, actor, shop)
    assert get_delivery(db, draft.id, actor) == draft


def test_a_barcode_that_is_no_product(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    with pytest.raises(UnknownBarcode, match="No product has the barcode 5012345678900"):
        add_scanned(db, draft.id, "5012345678900", settings=shop, actor=actor)
    assert get_delivery(db, draft.id, actor).lines == ()


def test_an_empty_delivery_cannot_be_posted(db: Database, shop: ShopSettings, actor: Actor) -> None:
    draft = create_delivery(db, DeliveryHeader("Dairy Co"), actor=actor)
    with pytest.raises(InvalidInput, match="no lines"):
        post_delivery(db, draft.id, actor=actor)
    assert get_delivery(db, draft.id, actor).is_draft
    assert _rows(db, stock_movements) == 0
    assert_healthy(db)  # the number D000001 was given back


def test_a_posted_delivery_is_never_edited(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    posted = receive(db, actor, [(milk.id, "12", "0.70")])
    line = posted.lines[0].id
    for change in (
        lambda: set_line_quantity(db, line, Decimal(1), actor=actor),
        lambda: set_line_cost(db, line, "0.10", actor=actor),
        lambda: remove_line(db, line, actor=actor),
        lambda: add_product(db, posted.id, milk.id, actor=actor),
        lambda: save_header(db, posted.id, DeliveryHeader("Other"), actor=actor),
        lambda: delete_draft(db, posted.id, actor=actor),
        lambda: post_delivery(db, posted.id, actor=actor),
    ):
        with pytest.raises(InvalidInput, match="D000001 is already posted"):
            change()
    assert get_delivery(db, posted.id, actor) == posted
    assert stock_and_cost(db, milk.id) == (Decimal(12), Decimal("0.70"))
    assert_healthy(db)


def test_two_tills_post_the_same_draft_at_once(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    draft = add_product(db, draft.id, milk.id, actor=actor, quantity=Decimal(12))
    start = threading.Barrier(2)
    results: list[object] = []

    def press_post(till: str) -> None:
        start.wait()
        try:
            results.append(post_delivery(db, draft.id, actor=Actor(actor.user_id, till)))
        except InvalidInput as refused:
            results.append(refused)

    tills = [threading.Thread(target=press_post, args=(t,)) for t in ("Till 1", "Till 2")]
    for t in tills:
        t.start()
    for t in tills:
        t.join()

    refused = [r for r in results if isinstance(r, InvalidInput)]
    assert len(results) == 2 and len(refused) == 1
    assert "D000001 is already posted" in str(refused[0])
    assert stock_and_cost(db, milk.id)[0] == Decimal(12)  # received once
    with db.read() as uow:
        numbered = uow.connection.scalar(
            select(func.count()).where(deliveries.c.number.is_not(None))
        )
        lines = uow.connection.scalar(select(func.count()).select_from(delivery_lines))
    assert (numbered, lines) == (1, 1)
    assert_healthy(db)


def test_weighed_goods_take_the_weight_on_their_label(
    db: Database, shop: ShopSettings, actor: Actor, apples: ProductDTO
) -> None:
    from pos.domain.barcodes import with_check_digit

    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    draft = add_scanned(db, draft.id, with_check_digit("210000101000"), settings=shop, actor=actor)
    draft = add_scanned(db, draft.id, with_check_digit("210000100250"), settings=shop, actor=actor)
    assert [(ln.sku, ln.quantity) for ln in draft.lines] == [("APPLES", Decimal("1.250"))]
    with pytest.raises(InvalidInput, match="3 decimals"):
        set_line_quantity(db, draft.lines[0].id, Decimal("1.2345"), actor=actor)
    post_delivery(db, draft.id, actor=actor)
    assert stock_and_cost(db, apples.id)[0] == Decimal("1.250")
    assert_healthy(db)


def test_a_product_on_a_draft_delivery_cannot_be_deleted(
    db: Database, shop: ShopSettings, actor: Actor, milk: ProductDTO
) -> None:
    from pos.services.catalog.removal import delete_product

    draft = create_delivery(db, DeliveryHeader(), actor=actor)
    add_product(db, draft.id, milk.id, actor=actor)
    with pytest.raises(InvalidInput, match="it is on a delivery"):
        delete_product(db, milk.id, actor)
    assert get_delivery(db, draft.id, actor).lines[0].product_id == milk.id
