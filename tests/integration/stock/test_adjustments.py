"""Stock adjustments: numbered, one movement a line at the cost of the moment, all or
nothing; the losses-by-reason report over a range of days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError

from pos.db.engine import Database
from pos.db.models import AuditEntry, StockAdjustment, StockMovement
from pos.domain.errors import InvalidInput, NotFound
from pos.services.catalog.products import get_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.health import check_database
from pos.services.settings import ShopSettings, update_settings
from pos.services.stock.adjustment_records import (
    adjustments_page,
    count_adjustments,
    export_adjustment,
    get_adjustment,
)
from pos.services.stock.adjustments import (
    AdjustmentLine,
    AdjustmentReason,
    create_adjustment,
    read_on_hand,
    read_quantity,
)
from pos.services.stock.losses import day_range, losses_by_reason
from pos.services.stock.movements import receive_stock

R = AdjustmentReason
D = Decimal


def stock(db: Database, product: ProductDTO) -> Decimal:
    return get_product(db, product.id).on_hand


def test_one_adjustment_of_several_lines_is_numbered_and_moves_stock_at_cost(
    db: Database, actor: Actor, milk: ProductDTO, apples: ProductDTO
) -> None:
    update_product(db, milk.id, actor=actor, cost=D("0.70"))
    update_product(db, apples.id, actor=actor, cost=D("1.20"))
    receive_stock(db, milk.id, D(10), actor=actor)
    receive_stock(db, apples.id, D("5.5"), actor=actor)

    made = create_adjustment(
        db,
        [
            AdjustmentLine(milk.id, R.DAMAGED, change=D(-3)),
            AdjustmentLine(apples.id, R.EXPIRED, change=D("-0.250"), note="bruised"),
        ],
        actor,
        note="Tuesday",
    )
    assert made.number == "A000001"
    assert (made.user, made.till, made.note) == ("Alex", "Till 1", "Tuesday")
    assert [
        (ln.name, ln.quantity, ln.on_hand_after, ln.reason, ln.unit_cost) for ln in made.lines
    ] == [
        ("Fresh Milk 1 L", D(-3), D(7), R.DAMAGED, D("0.70")),
        ("Äpfel Braeburn (loose)", D("-0.25"), D("5.25"), R.EXPIRED, D("1.20")),
    ]
    assert made.value == D("-2.4")
    assert stock(db, milk) == D(7)
    assert stock(db, apples) == D("5.25")
    with db.read() as uow:
        moves = uow.session.execute(
            select(
                StockMovement.kind,
                StockMovement.reason,
                StockMovement.document,
                StockMovement.unit_cost,
                StockMovement.user_id,
            )
            .where(StockMovement.kind == "adjustment")
            .order_by(StockMovement.product_id)
        ).all()
        audit = uow.session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()))
    assert [tuple(m) for m in moves] == [
        ("adjustment", "damaged", "A000001", D("0.70"), actor.user_id),
        ("adjustment", "expired", "A000001", D("1.20"), actor.user_id),
    ]
    assert audit == "stock_adjusted"
    second = create_adjustment(db, [AdjustmentLine(milk.id, R.CORRECTION, change=D(2))], actor)
    assert second.number == "A000002"
    assert get_adjustment(db, "2", actor) == second
    assert check_database(db) == []


def test_set_on_hand_to_a_figure_becomes_the_difference_at_save(
    db: Database, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    receive_stock(db, milk.id, D(10), actor=actor)
    made = create_adjustment(
        db,
        [
            AdjustmentLine(milk.id, R.CORRECTION, set_to=D(12)),
            AdjustmentLine(wine.id, R.THEFT, set_to=D(0)),  # none on hand: nothing to take
        ][:1],
        actor,
    )
    assert [(ln.quantity, ln.on_hand_after) for ln in made.lines] == [(D(2), D(12))]
    with pytest.raises(InvalidInput, match=r"Line 1 \(Fresh Milk 1 L\): the stock is 12 already"):
        create_adjustment(db, [AdjustmentLine(milk.id, R.CORRECTION, set_to=D(12))], actor)
    assert check_database(db) == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (AdjustmentLine(0, R.DAMAGED, change=D(-1)), "no longer exists"),
        (AdjustmentLine(-1, R.DAMAGED, change=D(0)), "no longer exists"),
        ("milk_zero", "a change of zero changes nothing"),
        ("milk_other", "say in the note what happened"),
        ("milk_half", "by the piece: use a whole number"),
        ("milk_neither", "either a change or the new stock figure"),
        ("milk_below_zero", "cannot be set below zero"),
        ("apples_grams", "to the gram"),
    ],
)
def test_bad_lines_are_refused_with_a_plain_message_and_write_nothing(
    db: Database,
    actor: Actor,
    milk: ProductDTO,
    apples: ProductDTO,
    line: AdjustmentLine | str,
    message: str,
) -> None:
    named = {
        "milk_zero": AdjustmentLine(milk.id, R.DAMAGED, change=D(0)),
        "milk_other": AdjustmentLine(milk.id, R.OTHER, change=D(-1), note="  "),
        "milk_half": AdjustmentLine(milk.id, R.DAMAGED, change=D("-0.5")),
        "milk_neither": AdjustmentLine(milk.id, R.DAMAGED),
        "milk_below_zero": AdjustmentLine(milk.id, R.CORRECTION, set_to=D(-2)),
        "apples_grams": AdjustmentLine(apples.id, R.DAMAGED, change=D("-0.0005")),
    }
    bad = named[line] if isinstance(line, str) else line
    good = AdjustmentLine(milk.id, R.DAMAGED, change=D(-1))
    with pytest.raises((InvalidInput, NotFound), match=message):
        create_adjustment(db, [good, bad], actor)
    assert stock(db, milk) == 0
    assert count_adjustments(db) == 0
    with pytest.raises(InvalidInput, match="at least one product"):
        create_adjustment(db, [], actor)
    # The number was given back: the next adjustment is still A000001.
    assert create_adjustment(db, [good], actor).number == "A000001"
    assert check_database(db) == []


@pytest.mark.parametrize(
    ("text", "reason", "expected"),
    [
        ("-3", R.CORRECTION, D(-3)),
        ("\u22123", R.CORRECTION, D(-3)),
        ("+2", R.CORRECTION, D(2)),
        ("3", R.DAMAGED, D(-3)),
        (" 0,25 ", R.EXPIRED, D("-0.25")),
        ("+1", R.THEFT, D(1)),  # a stolen item found again
    ],
)
def test_typed_changes(text: str, reason: AdjustmentReason, expected: Decimal) -> None:
    assert read_quantity(text, reason) == expected


@pytest.mark.parametrize(
    ("text", "reason", "message"),
    [
        ("abc", R.DAMAGED, "'abc' is not a quantity"),
        ("", R.DAMAGED, "Type how much stock changes"),
        ("0", R.DAMAGED, "zero changes nothing"),
        ("-0", R.CORRECTION, "zero changes nothing"),
        ("2", R.CORRECTION, "Say which way stock changes for 'Correction'"),
        ("1e3", R.DAMAGED, "not a quantity"),
    ],
)
def test_bad_typed_changes(text: str, reason: AdjustmentReason, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        read_quantity(text, reason)


def test_typed_stock_figures() -> None:
    assert read_on_hand("12") == D(12)
    assert read_on_hand("0") == D(0)
    assert read_on_hand("1,5") == D("1.5")
    for bad, message in (
        ("-1", "below zero"),
        ("x", "not a stock figure"),
        ("+3", "not a"),
        ("", "Type the stock on hand"),
    ):
        with pytest.raises(InvalidInput, match=message):
            read_on_hand(bad)


def test_an_adjustment_is_never_changed(db: Database, actor: Actor, milk: ProductDTO) -> None:
    create_adjustment(db, [AdjustmentLine(milk.id, R.DAMAGED, change=D(-1))], actor)
    with pytest.raises(DBAPIError), db.write() as uow:
        uow.session.execute(update(StockAdjustment).values(note="hidden"))
        uow.commit()


def test_losses_by_reason_over_a_range_in_units_and_money(
    db: Database, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    update_product(db, milk.id, actor=actor, cost=D("0.70"))
    update_product(db, wine.id, actor=actor, cost=D("8.00"))
    create_adjustment(
        db,
        [
            AdjustmentLine(milk.id, R.DAMAGED, change=D(-3)),
            AdjustmentLine(wine.id, R.DAMAGED, change=D(-1)),
            AdjustmentLine(wine.id, R.THEFT, change=D(-2)),
        ],
        actor,
    )
    update_product(db, milk.id, actor=actor, cost=D("0.80"))  # later lines at the new cost
    create_adjustment(db, [AdjustmentLine(milk.id, R.DAMAGED, change=D(-1))], actor)
    create_adjustment(db, [AdjustmentLine(milk.id, R.CORRECTION, change=D(5))], actor)

    start, end = day_range(date.today(), date.today())
    report = losses_by_reason(db, start, end, actor=actor)
    by_reason = {r.reason: (r.lines, r.quantity, r.value) for r in report.reasons}
    assert by_reason[R.DAMAGED] == (3, D(-5), D("-2.1") - D(8) - D("0.8"))
    assert by_reason[R.THEFT] == (1, D(-2), D(-16))
    assert by_reason[R.CORRECTION] == (1, D(5), D(4))
    assert by_reason[R.EXPIRED] == (0, D(0), D(0))
    assert report.lost == D("26.9")
    assert report.value == D("-22.9")
    # Nothing happened yesterday.
    yesterday = date.today() - timedelta(days=1)
    empty = losses_by_reason(db, *day_range(yesterday, yesterday), actor=actor)
    assert all(r.lines == 0 for r in empty.reasons)
    with pytest.raises(InvalidInput, match="before the first"):
        day_range(date.today(), yesterday)
    assert start < datetime.now(UTC) < end


def test_the_list_is_newest_first_a_page_at_a_time(
    db: Database, actor: Actor, milk: ProductDTO, wine: ProductDTO
) -> None:
    for change in (-1, -2, -3):
        create_adjustment(
            db,
            [
                AdjustmentLine(milk.id, R.DAMAGED, change=D(change)),
                AdjustmentLine(wine.id, R.OWN_USE, change=D(-1)),
            ],
            actor,
        )
    assert count_adjustments(db) == 3
    newest = adjustments_page(db, limit=1)
    assert [a.number for a in newest] == ["A000003"]
    page = adjustments_page(db, before_id=newest[0].id, limit=5)
    assert [(a.number, a.line_count, a.reasons) for a in page] == [
        ("A000002", 2, (R.DAMAGED, R.OWN_USE)),
        ("A000001", 2, (R.DAMAGED, R.OWN_USE)),
    ]
    assert adjustments_page(db, before_id=page[-1].id) == []


def test_unknown_adjustment_numbers(db: Database, shop: ShopSettings) -> None:
    for number in ("A000009", "S000001", "nonsense"):
        with pytest.raises(NotFound):
            get_adjustment(db, number)


def test_an_adjustment_exports_to_csv(
    db: Database,
    actor: Actor,
    shop: ShopSettings,
    milk: ProductDTO,
    apples: ProductDTO,
    tmp_path: Path,
) -> None:
    update_product(db, milk.id, actor=actor, cost=D("0.70"))
    create_adjustment(
        db,
        [
            AdjustmentLine(milk.id, R.DAMAGED, change=D(-3)),
            AdjustmentLine(apples.id, R.OTHER, change=D("0.5"), note="found, crate 2"),
        ],
        actor,
    )
    target = tmp_path / "a.csv"
    assert export_adjustment(db, "A000001", target, actor=actor) == 2
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == (
        "number,date,user,approved by,till,sku,name,unit,change,on hand after,reason,note,"
        "unit cost,value"
    )
    assert lines[1].startswith("A000001,")
    assert lines[1].endswith(",Alex,,Till 1,MILK,Fresh Milk 1 L,each,-3,-3,Damaged,,0.70,-2.10")
    assert lines[2].endswith(
        ',APPLES,Äpfel Braeburn (loose),kg,0.5,0.5,Other,"found, crate 2",0.00,0.00'
    )
    # A shop with a decimal comma gets semicolons between columns.
    update_settings(db, locale="de_DE", actor=actor)
    export_adjustment(db, "A000001", target, actor=actor)
    assert target.read_text(encoding="utf-8-sig").splitlines()[1].endswith(";0,70;-2,10")


def test_a_scan_finds_products_no_longer_sold_and_reads_scale_labels(
    db: Database, shop: ShopSettings, milk: ProductDTO, apples: ProductDTO, actor: Actor
) -> None:
    from pos.domain.barcodes import with_check_digit
    from pos.domain.errors import UnknownBarcode
    from pos.services.catalog.products import set_active
    from pos.services.stock.adjustment_products import scanned_product

    set_active(db, milk.id, False, actor=actor)  # its stock can still be damaged or expire
    assert scanned_product(db, "4006381333931", shop).product.name == "Fresh Milk 1 L"
    assert scanned_product(db, "milk", shop).product.id == milk.id
    label = scanned_product(db, with_check_digit("210000100250"), shop)
    assert (label.product.id, label.quantity) == (apples.id, D("0.25"))
    assert scanned_product(db, "2100001", shop).quantity is None
    with pytest.raises(UnknownBarcode):
        scanned_product(db, "5012345678900", shop)


def test_a_selection_of_too_many_products_is_refused(
    db: Database,
    shop: ShopSettings,
    milk: ProductDTO,
    wine: ProductDTO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pos.services.catalog.selection import ProductSelection
    from pos.services.stock import adjustment_products

    picked = adjustment_products.selected_stock_products(db, ProductSelection())
    assert [p.sku for p in picked] == ["MILK", "WINE"]
    monkeypatch.setattr(adjustment_products, "MAX_LINES", 1)
    with pytest.raises(InvalidInput, match="More than 1 products are selected"):
        adjustment_products.selected_stock_products(db, ProductSelection())
