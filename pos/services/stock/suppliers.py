"""The suppliers list: who the shop buys from. Picked by name on a delivery, or typed:
a name nobody has yet becomes a new supplier when the delivery is saved."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import suppliers
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput, NotFound
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.staff.permissions import Permission, authorized

NAME_MAX = 120
PHONE_MAX = 40


@dataclass(frozen=True, slots=True)
class SupplierDTO:
    id: int
    name: str
    phone: str
    notes: str
    active: bool


_COLUMNS = (
    suppliers.c.id,
    suppliers.c.name,
    suppliers.c.phone,
    suppliers.c.notes,
    suppliers.c.active,
)


def check_supplier_name(name: str) -> str:
    """The name with its spaces tidied; empty or too long is refused."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("A supplier needs a name.")
    if len(cleaned) > NAME_MAX:
        raise InvalidInput(f"Supplier names can have {NAME_MAX} characters at most.")
    return cleaned


def _check_phone(phone: str) -> str:
    cleaned = phone.strip()
    if len(cleaned) > PHONE_MAX:
        raise InvalidInput(f"A phone number can have {PHONE_MAX} characters at most.")
    return cleaned


def list_suppliers(db: Database, *, include_inactive: bool = False) -> list[SupplierDTO]:
    """The suppliers by name; the ones no longer used only when asked for."""
    query = select(*_COLUMNS).order_by(func.lower(suppliers.c.name))
    if not include_inactive:
        query = query.where(suppliers.c.active)
    with db.read() as uow:
        return [SupplierDTO(*row) for row in uow.connection.execute(query)]


def _by_name(uow: UnitOfWork, name: str) -> SupplierDTO | None:
    """The supplier called ``name``, letter case aside ('dairy co' finds 'Dairy Co')."""
    row = uow.connection.execute(
        select(*_COLUMNS).where(func.lower(suppliers.c.name) == name.lower())
    ).first()
    return None if row is None else SupplierDTO(*row)


def supplier_dto(uow: UnitOfWork, supplier_id: int) -> SupplierDTO:
    row = uow.connection.execute(select(*_COLUMNS).where(suppliers.c.id == supplier_id)).first()
    if row is None:
        raise NotFound("That supplier does not exist.")
    return SupplierDTO(*row)


def insert_supplier(
    uow: UnitOfWork, name: str, actor: Actor, phone: str = "", notes: str = ""
) -> int:
    """Add a supplier inside an open unit of work; a name already taken is refused."""
    name = check_supplier_name(name)
    if _by_name(uow, name) is not None:
        raise InvalidInput(f"There is already a supplier called '{name}'.")
    supplier_id = uow.connection.execute(
        insert(suppliers)
        .values(name=name, phone=_check_phone(phone), notes=notes.strip(), created_at=utcnow())
        .returning(suppliers.c.id)
    ).scalar_one()
    record(
        uow,
        "supplier_added",
        actor.user_id,
        actor.till,
        approver_id=actor.approver_id,
        supplier_id=supplier_id,
        name=name,
    )
    return int(supplier_id)


def supplier_id_for_name(uow: UnitOfWork, name: str, actor: Actor) -> int | None:
    """The supplier a delivery names: an existing one (used again, so made active), a new
    one for a name nobody has, or None for no name at all."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return None
    found = _by_name(uow, check_supplier_name(cleaned))
    if found is None:
        return insert_supplier(uow, cleaned, actor)
    if not found.active:
        uow.connection.execute(
            update(suppliers).where(suppliers.c.id == found.id).values(active=True)
        )
    return found.id


def add_supplier(
    db: Database, name: str, *, actor: Actor, phone: str = "", notes: str = ""
) -> SupplierDTO:
    """Add a supplier to the list."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        supplier_id = insert_supplier(uow, name, actor, phone, notes)
        uow.commit()
        return supplier_dto(uow, supplier_id)


def update_supplier(
    db: Database,
    supplier_id: int,
    *,
    actor: Actor,
    name: str | None = None,
    phone: str | None = None,
    notes: str | None = None,
    active: bool | None = None,
) -> SupplierDTO:
    """Change a supplier's name, phone, notes, or whether it is still used."""
    changes: dict[str, object] = {}
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        current = supplier_dto(uow, supplier_id)
        if name is not None:
            cleaned = check_supplier_name(name)
            other = _by_name(uow, cleaned)
            if other is not None and other.id != supplier_id:
                raise InvalidInput(f"There is already a supplier called '{cleaned}'.")
            changes["name"] = cleaned
        if phone is not None:
            changes["phone"] = _check_phone(phone)
        if notes is not None:
            changes["notes"] = notes.strip()
        if active is not None:
            changes["active"] = active
        if changes:
            uow.connection.execute(
                update(suppliers).where(suppliers.c.id == supplier_id).values(**changes)
            )
            record(
                uow,
                "supplier_changed",
                actor.user_id,
                actor.till,
                approver_id=actor.approver_id,
                supplier_id=supplier_id,
                was=current.name,
                changes=changes,
            )
        uow.commit()
        return supplier_dto(uow, supplier_id)


def deactivate_supplier(db: Database, supplier_id: int, *, actor: Actor) -> SupplierDTO:
    """Take a supplier off the pick list; its deliveries keep naming it."""
    return update_supplier(db, supplier_id, actor=actor, active=False)
