"""The Stock value tab: the figures at a date off the UI thread, a category's products,
days to come refused, exports."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.stock.movements import Move, MovementKind, apply_moves
from ui.events import AppEvents
from ui.ops import wait_for_all
from ui.stock.value_tab import StockValueTab


def receive(db: Database, moves: list[Move], when: datetime) -> None:
    with db.write() as uow:
        apply_moves(uow, moves, MovementKind.RECEIPT, user_id=None, till="Till 1", at=when)
        uow.commit()


@pytest.fixture
def tab(
    qtbot: QtBot,
    db: Database,
    shop: ShopSettings,
    actor: Actor,
    milk: ProductDTO,
    wine: ProductDTO,
) -> StockValueTab:
    receive(db, [Move(milk.id, Decimal(10), Decimal("0.55"))], datetime(2025, 6, 1, tzinfo=UTC))
    receive(db, [Move(wine.id, Decimal(2), Decimal("7.50"))], datetime.now(UTC))
    widget = StockValueTab(db, actor, shop, AppEvents())
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    return widget


def shown(qtbot: QtBot, tab: StockValueTab) -> None:
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.busy and tab.value is not None, timeout=10_000)


def cells(tab: StockValueTab) -> list[list[str]]:
    model = tab.categories
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_today_shows_each_category_and_the_total(qtbot: QtBot, qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, tab)
    assert cells(tab) == [
        ["Dairy", "1", "10", "€5.50"],
        ["No category", "1", "2", "€15.00"],
        ["Total", "2", "12", "€20.50"],
    ]
    assert tab.categories.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    qtmodeltester.check(tab.categories)
    # The first category's products are listed, read as the view asks.
    qtbot.waitUntil(lambda: tab.products.rowCount() == 1)
    assert [tab.products.index(0, c).data() for c in range(5)] == [
        "MILK",
        "Fresh Milk 1 L",
        "10",
        "€0.55",
        "€5.50",
    ]
    qtmodeltester.check(tab.products)


def test_a_past_day_leaves_out_what_came_later(qtbot: QtBot, tab: StockValueTab) -> None:
    tab.date_edit.setDate(QDate(2025, 6, 30))
    shown(qtbot, tab)
    tab.compute()
    qtbot.waitUntil(lambda: not tab.busy and tab.value is not None and tab.value.on.year == 2025)
    assert cells(tab) == [["Dairy", "1", "10", "€5.50"], ["Total", "1", "10", "€5.50"]]


def test_a_day_to_come_cannot_be_picked(qtbot: QtBot, tab: StockValueTab) -> None:
    tomorrow = QDate.currentDate().addDays(1)
    tab.date_edit.setDate(tomorrow)
    assert tab.date_edit.date() == QDate.currentDate()
    assert tab.date_edit.maximumDate() == QDate.currentDate()


def test_exports_save_csv_and_pdf(
    qtbot: QtBot, tab: StockValueTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown(qtbot, tab)
    assert tab.csv_button.isEnabled() and tab.pdf_button.isEnabled()
    for kind in ("csv", "pdf"):
        target = tmp_path / f"value.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        getattr(tab, f"{kind}_button").click()
        assert wait_for_all()
        qtbot.waitUntil(lambda t=target: tab.banner.label.text().endswith(str(t)))
    assert "Total,2,12,20.50,0" in (tmp_path / "value.csv").read_text(encoding="utf-8-sig")
    assert (tmp_path / "value.pdf").read_bytes().startswith(b"%PDF")


def test_screenshots(qtbot: QtBot, tab: StockValueTab) -> None:
    shown(qtbot, tab)
    qtbot.waitUntil(lambda: tab.products.rowCount() == 1)
    for width, height in ((1366, 768), (1024, 600)):
        tab.resize(width, height)
        qtbot.wait(50)
        assert not tab.grab().isNull()
        tab.grab().save(f"/tmp/stock-value-tab-{width}x{height}.png")
