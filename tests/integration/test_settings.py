"""Shop settings are stored per key: saving keeps what it does not know, and two tills may
save at once."""

from __future__ import annotations

import threading

from sqlalchemy import insert, select

from pos.db.engine import Database
from pos.db.tables import settings
from pos.services.dto import Actor
from pos.services.settings import ShopSettings, get_settings, update_settings


def test_saving_keeps_settings_this_version_does_not_know(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    with db.write() as uow:
        uow.connection.execute(insert(settings), {"key": "from_a_newer_version", "value": "1"})
        uow.commit()
    update_settings(db, shop_name="Corner Shop", receipt_footer="See you soon", actor=actor)
    assert get_settings(db).shop_name == "Corner Shop"
    assert get_settings(db).receipt_footer == "See you soon"
    with db.read() as uow:
        kept = uow.connection.scalar(
            select(settings.c.value).where(settings.c.key == "from_a_newer_version")
        )
    assert kept == "1"


def test_two_tills_saving_at_once_both_succeed(
    db: Database, shop: ShopSettings, actor: Actor
) -> None:
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def save(name: str) -> None:
        start.wait()
        try:
            for _ in range(15):
                update_settings(db, shop_name=name, actor=actor)
        except BaseException as error:  # reported below, with the test's thread
            errors.append(error)

    tills = [threading.Thread(target=save, args=(name,)) for name in ("Till A", "Till B")]
    for till in tills:
        till.start()
    for till in tills:
        till.join()
    assert errors == []
    assert get_settings(db).shop_name in {"Till A", "Till B"}
