"""The suppliers list: added, changed, taken off the list, or typed in on a delivery."""

from __future__ import annotations

import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.services.dto import Actor
from pos.services.settings import ShopSettings
from pos.services.stock.deliveries import DeliveryHeader, create_delivery, save_header
from pos.services.stock.suppliers import (
    add_supplier,
    deactivate_supplier,
    list_suppliers,
    update_supplier,
)


def test_add_edit_and_deactivate(db: Database, shop: ShopSettings, actor: Actor) -> None:
    dairy = add_supplier(db, "  Dairy   Co ", actor=actor, phone="01 234 5678", notes="Mondays")
    assert (dairy.name, dairy.phone, dairy.notes) == ("Dairy Co", "01 234 5678", "Mondays")
    add_supplier(db, "Bakery Bros", actor=actor)
    with pytest.raises(InvalidInput, match="already a supplier called 'dairy co'"):
        add_supplier(db, "dairy co", actor=actor)
    with pytest.raises(InvalidInput, match="needs a name"):
        add_supplier(db, "  ", actor=actor)

    update_supplier(db, dairy.id, actor=actor, name="Dairy Company", phone="")
    assert [s.name for s in list_suppliers(db)] == ["Bakery Bros", "Dairy Company"]
    deactivate_supplier(db, dairy.id, actor=actor)
    assert [s.name for s in list_suppliers(db)] == ["Bakery Bros"]
    assert len(list_suppliers(db, include_inactive=True)) == 2


def test_a_typed_name_becomes_a_supplier_when_saved(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    old = add_supplier(db, "Wine & Co", actor=actor)
    deactivate_supplier(db, old.id, actor=actor)
    draft = create_delivery(db, DeliveryHeader("Fresh Farm"), actor=actor)
    assert [s.name for s in list_suppliers(db)] == ["Fresh Farm"]
    # A name on the list, typed in another case, is that supplier (back on the list).
    draft = save_header(db, draft.id, DeliveryHeader("wine & co"), actor=actor)
    assert draft.supplier_id == old.id and draft.supplier_name == "Wine & Co"
    assert [s.name for s in list_suppliers(db)] == ["Fresh Farm", "Wine & Co"]
    draft = save_header(db, draft.id, DeliveryHeader(""), actor=actor)
    assert draft.supplier_id is None
