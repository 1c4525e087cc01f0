"""Every figure of the sales reports over the known month (``conftest.py``), against the
numbers worked out by hand there; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date
from decimal import Decimal

import pytest

from pos.domain.errors import NotAllowed
from pos.services.reports.buckets import TimeGroup
from pos.services.reports.margin import gross_margin
from pos.services.reports.period import custom, day_of, month_of
from pos.services.reports.products import Ranking, sales_by_item, sellers
from pos.services.reports.sales import (
    SalesFigures,
    TenderRow,
    sales_by_cashier,
    sales_by_tender,
    sales_by_time,
    sales_totals,
)
from pos.services.reports.tax import TaxRow, tax_collected
from tests.integration.reports.conftest import NAIROBI, KnownShop

D = Decimal
MARCH = month_of(date(2026, 3, 1))
MARCH_FIGURES = SalesFigures(
    sales_count=4,
    refunds_count=1,
    gross=D("29.80"),  # 1.20 + 14.90 + 1.20 + 12.50
    discounts=D("1.25"),
    sales_total=D("28.55"),  # 1.20 + 14.90 + 1.20 + 11.25
    refunds=D("12.50"),
    net=D("16.05"),
    tax=D("2.11"),  # 0.06 + 2.19 + 0.06 + 1.88 - 2.08
)
FEBRUARY_FIGURES = SalesFigures(2, 0, D("16.10"), D(0), D("16.10"), D(0), D("16.10"), D("2.25"))


def test_totals_and_the_previous_month(known: KnownShop) -> None:
    report = sales_totals(known.db, known.owner, MARCH, compare=True, tz=NAIROBI)
    assert (report.figures, report.previous, report.currency) == (
        MARCH_FIGURES,
        FEBRUARY_FIGURES,
        "EUR",
    )
    assert report.figures.net_of_tax == D("13.94")
    assert sales_totals(known.db, known.owner, MARCH, tz=NAIROBI).previous is None


def test_a_day_runs_from_local_midnight_to_midnight(known: KnownShop) -> None:
    """S2 at 23:59:59 on 28 February in Nairobi is February's; S3 a second later, at
    midnight, is 1 March's; S5 at 00:30 on 3 March is the 3rd's though UTC says the 2nd."""
    last_of_feb = sales_totals(known.db, known.owner, day_of(date(2026, 2, 28)), tz=NAIROBI)
    first_of_march = sales_totals(known.db, known.owner, day_of(date(2026, 3, 1)), tz=NAIROBI)
    third = sales_totals(known.db, known.owner, day_of(date(2026, 3, 3)), tz=NAIROBI)
    assert (last_of_feb.figures.sales_count, last_of_feb.figures.net) == (1, D("12.50"))
    assert (first_of_march.figures.sales_count, first_of_march.figures.net) == (1, D("1.20"))
    assert (third.figures.sales_count, third.figures.net) == (2, D("12.45"))
    # In UTC the same dates cut elsewhere: 28 February holds S2 and S3.
    assert sales_totals(known.db, known.owner, day_of(date(2026, 2, 28)), tz=UTC).figures.net == D(
        "13.70"
    )


def test_by_day_with_the_previous_month_day_by_day(known: KnownShop) -> None:
    report = sales_by_time(known.db, known.owner, MARCH, TimeGroup.DAY, compare=True, tz=NAIROBI)
    assert len(report.rows) == 31 and report.rows[0].key == "2026-03-01"
    by_key = {row.key: row for row in report.rows}
    assert by_key["2026-03-01"].figures == SalesFigures(
        1, 0, D("1.20"), D(0), D("1.20"), D(0), D("1.20"), D("0.06")
    )
    assert by_key["2026-03-02"].figures.net == D("14.90")
    assert by_key["2026-03-03"].figures == SalesFigures(
        2, 0, D("13.70"), D("1.25"), D("12.45"), D(0), D("12.45"), D("1.94")
    )
    assert by_key["2026-03-04"].figures == SalesFigures(
        0, 1, D(0), D(0), D(0), D("12.50"), D("-12.50"), D("-2.08")
    )
    assert sum(row.figures.net for row in report.rows) == MARCH_FIGURES.net
    # Day n of March beside day n of February; February has no 29th to 31st.
    assert by_key["2026-03-27"].previous_net == D("3.60")
    assert by_key["2026-03-28"].previous_net == D("12.50")
    assert by_key["2026-03-29"].previous_net == D(0)
    assert (report.total, report.previous_total) == (MARCH_FIGURES, FEBRUARY_FIGURES)


def test_by_week_and_month(known: KnownShop) -> None:
    weeks = sales_by_time(known.db, known.owner, MARCH, TimeGroup.WEEK, compare=True, tz=NAIROBI)
    # 1 March 2026 is a Sunday: the end of ISO week 9; 31 March is in week 14.
    assert [row.key for row in weeks.rows] == [f"2026-W{n:02d}" for n in range(9, 15)]
    assert [row.figures.net for row in weeks.rows] == [D("1.20"), D("14.85"), 0, 0, 0, 0]
    # February runs from week 5 to week 9: March's fifth week is beside February's (9th).
    assert [row.previous_net for row in weeks.rows] == [0, 0, 0, 0, D("16.10"), 0]
    months = sales_by_time(
        known.db,
        known.owner,
        custom(date(2026, 2, 1), date(2026, 3, 31)),
        TimeGroup.MONTH,
        tz=NAIROBI,
    )
    assert [(row.key, row.figures.net) for row in months.rows] == [
        ("2026-02", D("16.10")),
        ("2026-03", D("16.05")),
    ]


def test_by_hour_and_weekday_in_local_time(known: KnownShop) -> None:
    hours = sales_by_time(known.db, known.owner, MARCH, TimeGroup.HOUR, tz=NAIROBI)
    busy = {
        row.key: (row.figures.sales_count, row.figures.net)
        for row in hours.rows
        if row.figures.sales_count or row.figures.refunds_count
    }
    assert busy == {
        "00": (2, D("2.40")),
        "10": (1, D("14.90")),
        "11": (0, D("-12.50")),
        "14": (1, D("11.25")),
    }
    days = sales_by_time(known.db, known.owner, MARCH, TimeGroup.WEEKDAY, tz=NAIROBI)
    assert [row.figures.net for row in days.rows] == [  # Monday first
        D("14.90"),
        D("12.45"),
        D("-12.50"),
        0,
        0,
        0,
        D("1.20"),
    ]


def test_by_cashier(known: KnownShop) -> None:
    report = sales_by_cashier(known.db, known.owner, MARCH, compare=True, tz=NAIROBI)
    assert [(r.label, r.figures, r.previous_net) for r in report.rows] == [
        (
            "Sam",
            SalesFigures(2, 0, D("13.70"), D("1.25"), D("12.45"), D(0), D("12.45"), D("1.94")),
            D(0),
        ),
        (
            "Alex",
            SalesFigures(2, 1, D("16.10"), D(0), D("16.10"), D("12.50"), D("3.60"), D("0.17")),
            D("16.10"),
        ),
    ]


def test_by_tender_with_mobile_money_references(known: KnownShop) -> None:
    report = sales_by_tender(known.db, known.owner, MARCH, tz=NAIROBI)
    assert report.rows == (
        TenderRow("cash", 3, D("3.60"), 0),  # 1.20 + 14.90 - 12.50
        TenderRow("card", 1, D("11.25"), 0),
        TenderRow("mobile", 1, D("1.20"), 1),
    )
    assert report.total == MARCH_FIGURES.net


def test_by_product_and_category_with_the_previous_month(known: KnownShop) -> None:
    products = sales_by_item(known.db, known.owner, MARCH, compare=True, tz=NAIROBI)
    assert [
        (r.sku, r.quantity, r.net, r.tax, r.amount, r.previous_amount) for r in products.rows
    ] == [
        ("WINE", D(1), D("9.37"), D("1.88"), D("11.25"), D("12.50")),  # 12.50 + 11.25 - 12.50
        ("MILK", D(4), D("4.57"), D("0.23"), D("4.80"), D("3.60")),
    ]
    assert (products.amount, products.tax, products.previous_amount) == (
        MARCH_FIGURES.net,
        MARCH_FIGURES.tax,
        FEBRUARY_FIGURES.net,
    )
    categories = sales_by_item(
        known.db, known.owner, MARCH, by_category=True, compare=True, tz=NAIROBI
    )
    assert [(r.name, r.quantity, r.amount, r.previous_amount) for r in categories.rows] == [
        ("No category", None, D("11.25"), D("12.50")),
        ("Dairy", None, D("4.80"), D("3.60")),
    ]


def test_top_and_bottom_sellers(known: KnownShop) -> None:
    def names(**how: object) -> list[str]:
        found = sellers(known.db, known.owner, MARCH, tz=NAIROBI, **how)  # type: ignore[arg-type]
        return [row.sku for row in found.rows]

    assert names(count=1) == ["WINE"]
    assert names(count=1, ranking=Ranking.QUANTITY) == ["MILK"]
    assert names(count=1, bottom=True) == ["MILK"]
    assert names(count=5, bottom=True, ranking=Ranking.QUANTITY) == ["WINE", "MILK"]


def test_gross_margin_from_the_cost_when_sold(known: KnownShop) -> None:
    """Milk: 4.57 less 4 x 0.80. Wine: 9.37 less 7.00 + 7.00 - 7.00 (its cost was 7.00
    when sold and refunded; the 9.00 it costs now is not used)."""
    by_product = gross_margin(known.db, known.owner, MARCH, "product", tz=NAIROBI)
    assert [(r.name, r.net, r.cost, r.margin, r.margin_percent) for r in by_product.rows] == [
        ("Crème de cassis 70 cl", D("9.37"), D("7.00"), D("2.37"), D("25.3")),
        ("Fresh Milk 1 L", D("4.57"), D("3.20"), D("1.37"), D("30.0")),
    ]
    total = by_product.total
    assert (total.net, total.cost, total.margin, total.lines_at_current_cost) == (
        D("13.94"),
        D("10.20"),
        D("3.74"),
        0,
    )
    assert "0 line(s)" in by_product.note
    by_category = gross_margin(known.db, known.owner, MARCH, "category", tz=NAIROBI)
    assert [(r.name, r.margin) for r in by_category.rows] == [
        ("No category", D("2.37")),
        ("Dairy", D("1.37")),
    ]
    by_day = gross_margin(known.db, known.owner, MARCH, TimeGroup.DAY, tz=NAIROBI)
    margins = {r.key: r.margin for r in by_day.rows if r.net or r.cost}
    # 1 Mar: 1.14 - 0.80; 2 Mar: 2.29 + 10.42 - 1.60 - 7.00; 3 Mar: 1.14 + 9.37 - 0.80 - 7.00;
    # 4 Mar: the refund, -10.42 + 7.00.
    assert margins == {
        "2026-03-01": D("0.34"),
        "2026-03-02": D("4.11"),
        "2026-03-03": D("2.71"),
        "2026-03-04": D("-3.42"),
    }


def test_tax_collected_per_rate_per_month(known: KnownShop) -> None:
    report = tax_collected(
        known.db, known.owner, custom(date(2026, 2, 1), date(2026, 3, 31)), tz=NAIROBI
    )
    assert report.rows == (
        TaxRow("2026-02", "Standard", D("20"), D("10.42"), D("2.08"), D("12.50")),
        TaxRow("2026-02", "Reduced", D("5"), D("3.43"), D("0.17"), D("3.60")),
        TaxRow("2026-03", "Standard", D("20"), D("9.37"), D("1.88"), D("11.25")),
        TaxRow("2026-03", "Reduced", D("5"), D("4.57"), D("0.23"), D("4.80")),
    )
    assert [(r.name, r.tax) for r in report.totals] == [
        ("Standard", D("3.96")),
        ("Reduced", D("0.40")),
    ]
    assert report.tax == FEBRUARY_FIGURES.tax + MARCH_FIGURES.tax


def test_a_cashier_may_see_neither_reports_nor_costs(known: KnownShop) -> None:
    with pytest.raises(NotAllowed) as refused:
        sales_totals(known.db, known.cashier, MARCH)
    assert refused.value.permission == "see_reports"
    with pytest.raises(NotAllowed):
        gross_margin(known.db, known.cashier, MARCH)


def test_margin_needs_see_costs_even_with_reports(known: KnownShop) -> None:
    from sqlalchemy import insert

    from pos.db.tables import role_permissions

    with known.db.write() as uow:  # cashiers may now see reports, still not costs
        uow.connection.execute(
            insert(role_permissions).values(role="cashier", permission="see_reports")
        )
        uow.commit()
    assert sales_totals(known.db, known.cashier, MARCH, tz=NAIROBI).figures == MARCH_FIGURES
    with pytest.raises(NotAllowed) as refused:
        gross_margin(known.db, known.cashier, MARCH, tz=NAIROBI)
    assert refused.value.permission == "see_costs"


def test_a_sale_from_before_costs_were_recorded_uses_the_current_cost(known: KnownShop) -> None:
    """A sale written before migration 0006 has a stock movement without a unit cost: its
    line is costed at the product's cost now (1.00), and the report counts it."""
    from datetime import datetime

    from sqlalchemy import insert, select

    from pos.db.tables import products, sale_lines, sales, stock_movements
    from pos.services.catalog.products import update_product

    with known.db.read() as uow:
        milk = uow.connection.execute(select(products.c.id).where(products.c.sku == "MILK"))
        milk_id = milk.scalar_one()
    update_product(known.db, milk_id, actor=known.owner, cost=D("1.00"))
    at = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    with known.db.write() as uow:
        sale_id = uow.connection.execute(
            insert(sales).values(
                kind="sale",
                series="S",
                number=999,
                created_at=at,
                cashier_id=known.owner.user_id,
                till="Till 1",
                currency="EUR",
                tax_mode="inclusive",
                subtotal=D("2.40"),
                discount=D(0),
                net=D("2.29"),
                tax=D("0.11"),
                total=D("2.40"),
                rounding=D(0),
                amount_due=D("2.40"),
                change=D(0),
            )
        ).inserted_primary_key[0]
        uow.connection.execute(
            insert(sale_lines).values(
                sale_id=sale_id,
                line_no=1,
                product_id=milk_id,
                sku="MILK",
                name="Fresh Milk 1 L",
                unit="each",
                quantity=D(2),
                unit_price=D("1.20"),
                base=D("2.40"),
                line_discount=D(0),
                cart_discount=D(0),
                net=D("2.29"),
                tax=D("0.11"),
                gross=D("2.40"),
                tax_name="Reduced",
                tax_percent=D(5),
            )
        )
        uow.connection.execute(
            insert(stock_movements).values(
                product_id=milk_id,
                quantity=D(-2),
                on_hand_after=D(0),
                kind="sale",
                sale_id=sale_id,
                till="Till 1",
                created_at=at,
                unit_cost=None,
            )
        )
        uow.commit()
    report = gross_margin(known.db, known.owner, MARCH, "product", tz=NAIROBI)
    milk_row = next(row for row in report.rows if row.name == "Fresh Milk 1 L")
    # 4.57 + 2.29 before tax; 4 x 0.80 when sold, 2 x 1.00 (today's cost) for the old sale.
    assert (milk_row.net, milk_row.cost, milk_row.lines_at_current_cost) == (
        D("6.86"),
        D("5.20"),
        1,
    )
    assert report.total.lines_at_current_cost == 1
    assert "1 line(s) sold before ShopTill recorded it use the product's current cost" in (
        report.note
    )
