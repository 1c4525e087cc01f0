"""Costs and margins are hidden (not greyed out) from whoever may not see them (SEE_COSTS):
the product dialog, the delivery screens, the products export, the stock value and reorder
tabs; saving a product as such a user keeps its cost."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.errors import NotAllowed
from pos.services.catalog.editing import ProductForm, save_product
from pos.services.catalog.products import get_product, update_product
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import get_settings
from pos.services.staff.permissions import Permission
from pos.services.stock.deliveries import DeliveryHeader, create_delivery
from pos.services.stock.delivery_lines import add_product, set_line_cost
from pos.services.stock.losses import losses_by_reason
from tests.ui.approvals.conftest import (
    MIA_PIN,
    Team,
    approvals,
    approve_as,
    take_from,
    when_modal,
)
from tests.ui.staff.conftest import OWNER_PIN
from ui.events import AppEvents
from ui.ops import wait_for_all
from ui.products.import_wizard import ImportWizard
from ui.products.product_dialog import ProductDialog
from ui.products.screen import ProductsScreen
from ui.stock.deliveries_lines_model import TOTAL, UNIT_COST
from ui.stock.deliveries_list_model import TOTAL as LIST_TOTAL
from ui.stock.deliveries_tab import DeliveriesTab
from ui.stock.screen import StockScreen


@pytest.fixture
def costed_milk(db: Database, team: Team, milk: ProductDTO) -> ProductDTO:
    """Milk bought at 0.70."""
    return update_product(db, milk.id, actor=Actor(team.owner.id, "Till 1"), cost=Decimal("0.70"))


@pytest.fixture
def mia(db: Database, team: Team) -> Actor:
    """The manager Mia, whose role the owner has taken SEE_COSTS from."""
    take_from(db, team, "manager", team.mia, Permission.SEE_COSTS)
    return Actor(team.mia, "Till 2")


def open_product(qtbot: QtBot, db: Database, actor: Actor, product_id: int) -> ProductDialog:
    dialog = ProductDialog(db, actor, get_settings(db), product_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_cashier_sees_no_cost_and_an_approved_save_keeps_it(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, costed_milk: ProductDTO
) -> None:
    dialog = open_product(qtbot, db, ann, costed_milk.id)
    details = dialog.details
    assert not details.cost.isVisible() and not details.margin.isVisible()
    assert details.cost.text() == "" and details.margin.text() == ""  # never filled either
    assert details.price.isVisible()
    details.price.setText("1.50")
    seen: list[str] = []
    approve_as(qtbot, "Mia", MIA_PIN, seen)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert seen[0].startswith("Ann may not edit products or prices.")
    saved = get_product(db, costed_milk.id, Actor(team.owner.id, "Till 1"))
    assert (saved.price, saved.cost) == (Decimal("1.50"), Decimal("0.70"))
    assert approvals(db, "product_changed")[-1] == (team.ann, team.mia)


def test_a_manager_without_costs_edits_a_product_and_its_cost_stays(
    qtbot: QtBot, db: Database, team: Team, mia: Actor, costed_milk: ProductDTO
) -> None:
    dialog = open_product(qtbot, db, mia, costed_milk.id)
    assert not dialog.details.cost.isVisible()
    dialog.details.name.setText("Whole Milk 1 L")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = get_product(db, costed_milk.id, Actor(team.owner.id, "Till 1"))
    assert (saved.name, saved.cost) == ("Whole Milk 1 L", Decimal("0.70"))


def test_whoever_sees_costs_sees_the_cost_field(
    qtbot: QtBot, db: Database, team: Team, costed_milk: ProductDTO
) -> None:
    dialog = open_product(qtbot, db, Actor(team.owner.id, "Till 1"), costed_milk.id)
    assert dialog.details.cost.isVisible() and dialog.details.cost.text() == "0.70"
    assert dialog.details.margin.isVisible()


def form_of(product: ProductDTO, cost: Decimal | None) -> ProductForm:
    return ProductForm(
        sku=product.sku,
        name=product.name,
        price=product.price,
        tax_rate_ids=(product.tax_rate.id,),
        cost=cost,
        category=product.category,
        barcodes=product.barcodes,
    )


def test_the_service_keeps_a_cost_it_is_not_given_and_refuses_one_from_the_blind(
    db: Database, team: Team, mia: Actor, costed_milk: ProductDTO
) -> None:
    save_product(db, costed_milk.id, form_of(costed_milk, None), mia)
    assert get_product(db, costed_milk.id, Actor(team.owner.id, "Till 1")).cost == Decimal("0.70")
    with pytest.raises(NotAllowed) as refused:
        save_product(db, costed_milk.id, form_of(costed_milk, Decimal("0.10")), mia)
    assert refused.value.permission == "see_costs"
    assert get_product(db, costed_milk.id, Actor(team.owner.id, "Till 1")).cost == Decimal("0.70")
    # The same cost again changes nothing, so it tells nothing and is let through.
    save_product(db, costed_milk.id, form_of(costed_milk, Decimal("0.70")), mia)


def test_losses_at_cost_are_refused_to_whoever_may_not_see_costs(
    db: Database, team: Team, mia: Actor
) -> None:
    start, end = datetime(2020, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    with pytest.raises(NotAllowed):
        losses_by_reason(db, start, end, actor=mia)
    assert losses_by_reason(db, start, end, actor=Actor(team.owner.id, "Till 1")).value == 0


def drafted(db: Database, team: Team, milk: ProductDTO) -> int:
    boss = Actor(team.owner.id, "Till 1")
    draft = create_delivery(db, DeliveryHeader(supplier_name="Dairy Co"), actor=boss)
    draft = add_product(db, draft.id, milk.id, actor=boss, quantity=Decimal(12))
    return set_line_cost(db, draft.lines[0].id, Decimal("0.70"), actor=boss).id


def deliveries_tab(qtbot: QtBot, db: Database, actor: Actor) -> DeliveriesTab:
    tab = DeliveriesTab(db, actor, get_settings(db), AppEvents())
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    tab.refresh()
    return tab


@pytest.mark.parametrize("who", ["ann", "mia"])
def test_the_delivery_screens_show_no_cost(
    qtbot: QtBot,
    db: Database,
    team: Team,
    milk: ProductDTO,
    who: str,
    request: pytest.FixtureRequest,
) -> None:
    actor: Actor = request.getfixturevalue(who)
    delivery_id = drafted(db, team, milk)
    tab = deliveries_tab(qtbot, db, actor)
    assert tab.view.isColumnHidden(LIST_TOTAL)
    assert not tab.csv_button.isVisible() and not tab.pdf_button.isVisible()
    tab.open_delivery(delivery_id)
    editor = tab.editor
    assert editor.view.isColumnHidden(UNIT_COST) and editor.view.isColumnHidden(TOTAL)
    assert editor.model.index(0, UNIT_COST).data() is None
    assert not editor.total.isVisible()
    assert editor.lines_count.isVisible() and editor.lines_count.text() == "1 line"
    questions: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    if who == "mia":  # may receive: asked straight away whether to post
        when_modal(QMessageBox, read_and_cancel)
        editor.post()
        assert questions and "at cost" not in questions[0] and "0.70" not in questions[0]


def test_whoever_sees_costs_sees_them_on_deliveries(
    qtbot: QtBot, db: Database, team: Team, milk: ProductDTO
) -> None:
    delivery_id = drafted(db, team, milk)
    tab = deliveries_tab(qtbot, db, Actor(team.owner.id, "Till 1"))
    assert not tab.view.isColumnHidden(LIST_TOTAL) and tab.csv_button.isVisible()
    tab.open_delivery(delivery_id)
    assert not tab.editor.view.isColumnHidden(UNIT_COST)
    assert tab.editor.model.index(0, UNIT_COST).data() == "€0.70"
    assert tab.editor.total.isVisible()


def tab_titles(screen: StockScreen) -> list[str]:
    return [screen.tabs.tabText(i) for i in range(screen.tabs.count())]


def test_stock_value_and_reorder_tabs_only_for_whoever_may_see_them(
    qtbot: QtBot, db: Database, team: Team, ann: Actor, mia: Actor
) -> None:
    screens = {}
    for name, actor in (("ann", ann), ("mia", mia), ("owner", Actor(team.owner.id, "Till 1"))):
        screen = StockScreen(db, actor, get_settings(db), AppEvents())
        qtbot.addWidget(screen)
        screens[name] = tab_titles(screen)
    assert screens["ann"] == ["&Deliveries", "&Counts", "&Adjustments"]
    assert screens["mia"] == ["&Deliveries", "&Counts", "&Adjustments", "&Reorder"]
    assert screens["owner"][-1] == "Stock &value" and len(screens["owner"]) == 5


def test_the_products_export_is_not_offered_to_whoever_may_not_see_costs(
    qtbot: QtBot, db: Database, team: Team, mia: Actor, milk: ProductDTO
) -> None:
    QSettings().clear()
    for actor, offered in ((mia, False), (Actor(team.owner.id, "Till 1"), True)):
        screen = ProductsScreen(db, actor, get_settings(db), AppEvents())
        qtbot.addWidget(screen)
        screen.show()
        assert screen.named_actions["export"].isEnabled() is offered
        menu = [a.text() for a in screen.bulk.menu().actions()]
        assert ("Export…" in menu) is offered


def test_count_review_reorder_and_adjustments_hide_costs(
    qtbot: QtBot, db: Database, team: Team, mia: Actor, costed_milk: ProductDTO
) -> None:
    from pos.services.stock.counts_scan import Entry, count_product
    from pos.services.stock.counts_start import CountScope, get_count, start_count
    from ui.stock.adjustments_tab import AdjustmentsTab
    from ui.stock.counts_review_view import ReviewView
    from ui.stock.reorder_model import ReorderColumn
    from ui.stock.reorder_tab import ReorderTab

    owner = Actor(team.owner.id, "Till 1")
    count = start_count(db, owner, "Dairy", CountScope.ALL)
    count_product(db, owner, count.id, costed_milk.id, Decimal(3), Entry.SET)
    shown = {}
    for name, actor in (("mia", mia), ("owner", owner)):
        review = ReviewView(db, actor, get_settings(db))
        qtbot.addWidget(review)
        review.show_count(get_count(db, count.id))
        qtbot.waitUntil(lambda review=review: review.totals is not None)
        reorder = ReorderTab(db, actor, get_settings(db), AppEvents())
        adjustments = AdjustmentsTab(db, actor, get_settings(db), AppEvents())
        for widget in (reorder, adjustments):
            qtbot.addWidget(widget)
            widget.show()
        shown[name] = (
            review.lines.isColumnHidden(6) and review.lines.isColumnHidden(7),
            "at cost" in review.summary.text(),
            reorder.view.isColumnHidden(ReorderColumn.COST) and not reorder.csv_button.isVisible(),
            adjustments.view.isColumnHidden(4) and not adjustments.losses_section.isVisible(),
        )
    assert shown["mia"] == (True, False, True, True)
    assert shown["owner"] == (False, True, False, False)


def test_an_import_with_a_cost_column_by_a_manager_without_costs_needs_the_owner(
    qtbot: QtBot, db: Database, team: Team, mia: Actor, costed_milk: ProductDTO, tmp_path: Path
) -> None:
    path = tmp_path / "p.csv"
    path.write_text("SKU,Name,Price,Cost,Tax rate\nMILK,Fresh Milk 1 L,1.30,0.10,Reduced\n")
    wizard = ImportWizard(db, mia)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete)
    seen: list[str] = []
    approve_as(qtbot, "Alex", OWNER_PIN, seen)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.result is not None, timeout=5000)
    assert "see costs and margins" in seen[0]
    owner = Actor(team.owner.id, "Till 1")
    assert (get_product(db, costed_milk.id, owner).cost, approvals(db, "products_imported")) == (
        Decimal("0.10"),
        [(team.mia, team.owner.id)],
    )
    wizard.reject()
    wait_for_all()
