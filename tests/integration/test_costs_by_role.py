"""Costs and margins reach only whoever may see them (SEE_COSTS), through the services.

The screens hide costs from the others; these tests call the services directly, as the
owner (who may), a manager whose role had SEE_COSTS taken away (who may edit products,
receive, adjust and count, but not see costs), and a cashier. Read services leave costs
out (None) for those who may not; files that are all about costs, setting a cost and an
import with a Cost column are refused.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.errors import NotAllowed
from pos.services.catalog.import_apply import import_products
from pos.services.catalog.import_columns import Field, guess_mapping
from pos.services.catalog.import_read import open_table
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    get_product,
    update_product,
)
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, get_settings
from pos.services.shop import UserDTO
from pos.services.staff.permissions import Permission, permissions_of
from pos.services.staff.roles import list_roles, set_role
from pos.services.staff.users import add_user
from pos.services.stock.adjustment_records import (
    adjustments_page,
    export_adjustment,
    get_adjustment,
)
from pos.services.stock.adjustments import AdjustmentLine, AdjustmentReason, create_adjustment
from pos.services.stock.counts_export import export_variance_csv
from pos.services.stock.counts_review import LineOrder, count_lines, review_totals
from pos.services.stock.counts_scan import Entry, count_product
from pos.services.stock.counts_start import CountScope, start_count
from pos.services.stock.deliveries import DeliveryHeader, create_delivery, get_delivery
from pos.services.stock.delivery_export import export_delivery_csv
from pos.services.stock.delivery_lines import add_product, set_line_cost
from pos.services.stock.delivery_list import list_deliveries
from pos.services.stock.reorder import reorder_list
from pos.services.stock.reorder_pages import reorder_page, reorder_summary
from tests.integration.stock.delivery_helpers import receive

D = Decimal


@dataclass(frozen=True)
class People:
    owner: Actor
    #: A manager whose role no longer holds SEE_COSTS (set by the owner).
    manager: Actor
    cashier: Actor


@pytest.fixture
def people(db: Database, shop: ShopSettings, cashier: UserDTO) -> People:
    boss = Actor(cashier.id, "Till 1")
    mia = add_user(db, "Mia", "manager", actor=boss)
    ann = add_user(db, "Ann", "cashier", actor=boss)
    limit = next(r.discount_limit for r in list_roles(db) if r.name == "manager")
    kept = permissions_of(db, mia.id) - {Permission.SEE_COSTS}
    set_role(db, "manager", kept, limit, actor=boss)
    assert Permission.SEE_COSTS not in permissions_of(db, mia.id)
    assert Permission.EDIT_PRODUCTS in permissions_of(db, mia.id)
    return People(boss, Actor(mia.id, "Till 2"), Actor(ann.id, "Till 3"))


@dataclass(frozen=True)
class Stock:
    milk: int
    delivery: int
    adjustment: str
    count: int


@pytest.fixture
def stock(db: Database, rates: dict[str, int], people: People) -> Stock:
    """Milk at 0.70: 10 received, 3 thrown away, counted at 5 of the 7 expected; low."""
    boss = people.owner
    milk = create_product(
        db,
        ProductInput(
            sku="MILK",
            name="Fresh Milk 1 L",
            price=D("1.20"),
            tax_rate_id=rates["Reduced"],
            cost=D("0.70"),
            reorder_level=D(10),
            reorder_quantity=D(12),
        ),
        actor=boss,
    ).id
    delivery = receive(db, boss, [(milk, "10", "0.70")]).id
    adjustment = create_adjustment(
        db, [AdjustmentLine(milk, AdjustmentReason.DAMAGED, change=D(-3))], boss
    ).number
    count = start_count(db, boss, "Milk", CountScope.LIST, product_ids=[milk]).id
    count_product(db, boss, count, milk, D(5), Entry.SET)
    return Stock(milk, delivery, adjustment, count)


def blind(people: People) -> list[Actor]:
    """Those who may not see costs."""
    return [people.manager, people.cashier]


def test_a_product_shows_its_cost_only_to_whoever_may_see_costs(
    db: Database, people: People, stock: Stock
) -> None:
    assert get_product(db, stock.milk, people.owner).cost == D("0.70")
    for actor in blind(people):
        product = get_product(db, stock.milk, actor)
        assert product.cost is None
        assert product.price == D("1.20")  # the rest is all there
    assert get_product(db, stock.milk).cost is None  # no one named: no cost
    # What a change hands back is as its maker may see it; the cost is kept.
    changed = update_product(db, stock.milk, actor=people.manager, name="Milk 1 L")
    assert (changed.name, changed.cost) == ("Milk 1 L", None)
    assert get_product(db, stock.milk, people.owner).cost == D("0.70")


def test_a_delivery_shows_its_costs_only_to_whoever_may_see_costs(
    db: Database, people: People, stock: Stock
) -> None:
    seen = get_delivery(db, stock.delivery, people.owner)
    assert (seen.lines[0].unit_cost, seen.lines[0].total, seen.total) == (
        D("0.70"),
        D("7.00"),
        D("7.00"),
    )
    (summary,) = list_deliveries(db, actor=people.owner)
    assert summary.total == D("7.00")
    for actor in blind(people):
        hidden = get_delivery(db, stock.delivery, actor)
        assert (hidden.lines[0].unit_cost, hidden.lines[0].total, hidden.total) == (
            None,
            None,
            None,
        )
        assert hidden.lines[0].quantity == D(10)
        (summary,) = list_deliveries(db, actor=actor)
        assert (summary.line_count, summary.total) == (1, None)


def test_receiving_without_costs_shows_none_and_may_not_set_one(
    db: Database, people: People, stock: Stock
) -> None:
    mia = people.manager
    draft = create_delivery(db, DeliveryHeader(supplier_name="Dairy Co"), actor=mia)
    draft = add_product(db, draft.id, stock.milk, actor=mia, quantity=D(6))
    assert draft.lines[0].unit_cost is None and draft.total is None
    with pytest.raises(NotAllowed) as refused:
        set_line_cost(db, draft.lines[0].id, "0.10", actor=mia)
    assert refused.value.permission == "see_costs"
    # The line keeps the cost it started at (the last delivery's).
    assert get_delivery(db, draft.id, people.owner).lines[0].unit_cost == D("0.70")
    assert set_line_cost(db, draft.lines[0].id, "0.75", actor=people.owner).total == D("4.50")


def test_a_delivery_file_is_refused_without_costs(
    db: Database, people: People, stock: Stock, tmp_path: Path
) -> None:
    target = tmp_path / "d.csv"
    with pytest.raises(NotAllowed, match="may not see costs"):
        export_delivery_csv(db, get_delivery(db, stock.delivery, people.manager), target)
    assert not target.exists()
    assert export_delivery_csv(db, get_delivery(db, stock.delivery, people.owner), target) == 1


def test_a_counts_review_shows_values_only_to_whoever_may_see_costs(
    db: Database, people: People, stock: Stock, shop: ShopSettings, tmp_path: Path
) -> None:
    (line,) = count_lines(db, stock.count, LineOrder.LOSSES, actor=people.owner)
    assert (line.variance, line.unit_cost, line.variance_value) == (D(-2), D("0.70"), D("-1.4"))
    totals = review_totals(db, stock.count, people.owner)
    assert (totals.loss, totals.gain, totals.net) == (D("-1.4"), D(0), D("-1.4"))
    for actor in blind(people):
        (line,) = count_lines(db, stock.count, LineOrder.LOSSES, actor=actor)
        assert (line.variance, line.unit_cost, line.variance_value) == (D(-2), None, None)
        assert line.value_millionths is None
        totals = review_totals(db, stock.count, actor)
        assert (totals.lines, totals.loss, totals.gain, totals.net) == (1, None, None, None)
    # The variance file: values for the owner, blank for the cashier counting.
    for actor, cost in ((people.owner, "0.70"), (people.cashier, "")):
        path = tmp_path / f"{actor.user_id}.csv"
        assert export_variance_csv(db, stock.count, path, shop, actor) == 1
        rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
        assert rows[1][-2] == cost, rows


def test_the_reorder_list_shows_values_only_to_whoever_may_see_costs(
    db: Database, people: People, stock: Stock
) -> None:
    listing = reorder_list(db, actor=people.owner)
    assert (listing.groups[0].lines[0].cost, listing.value) == (D("0.70"), D("8.40"))
    hidden = reorder_list(db, actor=people.manager)
    assert hidden.groups[0].lines[0].suggested == D(12)
    assert (hidden.groups[0].lines[0].cost, hidden.groups[0].value, hidden.value) == (
        None,
        None,
        None,
    )
    summary = reorder_summary(db, actor=people.manager)
    assert (summary.line_count, summary.value) == (1, None)
    (entry,) = reorder_page(db, summary, None, 10, actor=people.manager)
    assert entry.line.cost is None and entry.line.value is None
    assert reorder_summary(db, actor=people.owner).value == D("8.40")
    with pytest.raises(NotAllowed):  # a report: the cashier may not see it at all
        reorder_list(db, actor=people.cashier)


def test_adjustments_show_values_only_to_whoever_may_see_costs(
    db: Database, people: People, stock: Stock, tmp_path: Path
) -> None:
    (summary,) = adjustments_page(db, actor=people.owner)
    assert summary.value == D("-2.10")
    assert get_adjustment(db, stock.adjustment, people.owner).lines[0].unit_cost == D("0.70")
    for actor in blind(people):
        (summary,) = adjustments_page(db, actor=actor)
        assert (summary.line_count, summary.value) == (1, None)
        adjustment = get_adjustment(db, stock.adjustment, actor)
        assert (adjustment.lines[0].unit_cost, adjustment.value) == (None, None)
        with pytest.raises(NotAllowed):
            export_adjustment(db, stock.adjustment, tmp_path / "a.csv", actor=actor)
    assert not (tmp_path / "a.csv").exists()
    assert export_adjustment(db, stock.adjustment, tmp_path / "a.csv", actor=people.owner) == 1


def test_an_import_with_a_cost_column_is_refused_without_costs(
    db: Database, people: People, stock: Stock, tmp_path: Path
) -> None:
    path = tmp_path / "p.csv"
    path.write_text("SKU,Name,Price,Cost,Tax rate\nMILK,Fresh Milk 1 L,1.30,0.10,Reduced\n")
    table = open_table(path, get_settings(db).locale)
    mapping = guess_mapping(table.headers)
    assert Field.COST in mapping
    with pytest.raises(NotAllowed) as refused:
        import_products(db, table, mapping, people.manager)
    assert str(refused.value) == (
        "You may not set costs: leave the Cost column out, or ask a manager."
    )
    assert get_product(db, stock.milk, people.owner).price == D("1.20")  # nothing changed
    # Without the Cost column the same file imports; the cost stays.
    left_out = tuple(None if field is Field.COST else field for field in mapping)
    assert import_products(db, table, left_out, people.manager).updated == 1
    milk = get_product(db, stock.milk, people.owner)
    assert (milk.price, milk.cost) == (D("1.30"), D("0.70"))
    # Whoever may see costs imports them.
    import_products(db, table, mapping, people.owner)
    assert get_product(db, stock.milk, people.owner).cost == D("0.10")


def test_without_costs_the_review_puts_the_biggest_shortfall_in_units_first(
    db: Database, people: People, stock: Stock, rates: dict[str, int]
) -> None:
    """By money the dear wine's one missing bottle comes first; by units the milk's two:
    an order by money would tell the blind which product costs more."""
    boss = people.owner
    wine = create_product(
        db,
        ProductInput(
            sku="WINE", name="Wine", price=D(12), tax_rate_id=rates["Standard"], cost=D(6)
        ),
        actor=boss,
    ).id
    receive(db, boss, [(wine, "4", "6.00")])
    count = start_count(db, boss, "All", CountScope.ALL).id
    count_product(db, boss, count, stock.milk, D(5), Entry.SET)  # -2 at 0.70
    count_product(db, boss, count, wine, D(3), Entry.SET)  # -1 at 6.00
    for actor, order in ((boss, [wine, stock.milk]), (people.cashier, [stock.milk, wine])):
        first = count_lines(db, count, LineOrder.LOSSES, limit=1, actor=actor)
        rest = count_lines(db, count, LineOrder.LOSSES, after=first[-1].key, limit=5, actor=actor)
        assert [line.product_id for line in first + rest] == order
