"""Deliveries and returns to suppliers: drafts, their header, reading them back.

A delivery is a draft while it is being received (saved at every scan, so a restart loses
nothing) and final once posted (``delivery_posting``). A return to supplier is the same
document of kind "return", pointing at the posted delivery it corrects; its lines hold
the quantities going back as positive numbers, and posting moves them out of stock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import delete, insert, select, update

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import deliveries, delivery_lines, products, suppliers, users
from pos.db.uow import UnitOfWork
from pos.domain.cart import Unit
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.money import Currency, round_money
from pos.services.audit import record
from pos.services.dto import Actor
from pos.services.numbering import format_number
from pos.services.settings import read_settings
from pos.services.staff.permissions import Permission, authorized, sees_costs
from pos.services.stock.suppliers import supplier_id_for_name

REFERENCE_MAX = 60


class DeliveryKind(StrEnum):
    DELIVERY = "delivery"
    RETURN = "return"


class DeliveryStatus(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"


@dataclass(frozen=True, slots=True)
class DeliveryHeader:
    """What is typed at the top of a delivery. A supplier name nobody has yet becomes a
    new supplier when it is saved; an empty one means no supplier."""

    supplier_name: str = ""
    supplier_reference: str = ""
    delivered_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class DeliveryLineDTO:
    id: int
    position: int
    product_id: int
    sku: str
    name: str
    unit: Unit
    quantity: Decimal
    #: The cost and the line's value at cost: None for a user who may not see costs.
    unit_cost: Decimal | None
    total: Decimal | None


@dataclass(frozen=True, slots=True)
class DeliveryDTO:
    """A delivery or return with its lines. ``number`` is None while it is a draft."""

    id: int
    kind: DeliveryKind
    status: DeliveryStatus
    number: str | None
    supplier_id: int | None
    supplier_name: str
    supplier_reference: str
    delivered_on: date
    note: str
    returns_delivery_id: int | None
    returns_number: str | None
    created_at: datetime
    posted_at: datetime | None
    lines: tuple[DeliveryLineDTO, ...]
    #: Who posted it and the manager who approved (its posting's, else its draft's), by
    #: name as documents print them: empty for none. Users are deactivated, never deleted,
    #: so a name is found however long ago they left.
    posted_by: str = ""
    approved_by: str = ""

    @property
    def is_draft(self) -> bool:
        return self.status is DeliveryStatus.DRAFT

    @property
    def is_return(self) -> bool:
        return self.kind is DeliveryKind.RETURN

    @property
    def costs_shown(self) -> bool:
        """Whether it was read for a user who may see costs (its lines carry them)."""
        return all(line.unit_cost is not None for line in self.lines)

    @property
    def total(self) -> Decimal | None:
        """The lines' value at cost (a return's is what goes back: positive too); None
        for a user who may not see costs."""
        totals = [line.total for line in self.lines]
        if any(total is None for total in totals):
            return None
        return sum((total for total in totals if total is not None), Decimal(0))

    @property
    def title(self) -> str:
        """'D000012', or 'Draft' for one not yet posted."""
        return self.number or "Draft"


def line_total(quantity: Decimal, unit_cost: Decimal, money: Currency) -> Decimal:
    """A line's value at cost, rounded to the coin (0.375 kg at 2.99 is 1.12)."""
    return round_money(quantity * unit_cost, money)


def number_of(series: str | None, number: int | None) -> str | None:
    return None if series is None or number is None else format_number(series, number)


_original = deliveries.alias("original")
_poster = users.alias("poster")
_approver = users.alias("approver")
_HEADER = select(
    deliveries.c.id,
    deliveries.c.kind,
    deliveries.c.status,
    deliveries.c.series,
    deliveries.c.number,
    deliveries.c.supplier_id,
    suppliers.c.name,
    deliveries.c.supplier_reference,
    deliveries.c.delivered_on,
    deliveries.c.note,
    deliveries.c.returns_delivery_id,
    _original.c.series,
    _original.c.number,
    deliveries.c.created_at,
    deliveries.c.posted_at,
    _poster.c.name,
    _approver.c.name,
).select_from(
    deliveries.outerjoin(suppliers, suppliers.c.id == deliveries.c.supplier_id)
    .outerjoin(_original, _original.c.id == deliveries.c.returns_delivery_id)
    .outerjoin(_poster, _poster.c.id == deliveries.c.posted_by)
    .outerjoin(_approver, _approver.c.id == deliveries.c.approver_id)
)
_LINES = (
    select(
        delivery_lines.c.id,
        delivery_lines.c.position,
        delivery_lines.c.product_id,
        products.c.sku,
        products.c.name,
        products.c.unit,
        delivery_lines.c.quantity,
        delivery_lines.c.unit_cost,
    )
    .join(products, products.c.id == delivery_lines.c.product_id)
    .order_by(delivery_lines.c.position)
)


def delivery_dto(uow: UnitOfWork, delivery_id: int, actor: Actor | None) -> DeliveryDTO:
    """The delivery with its lines as ``actor`` may see it, inside an open unit of work:
    no unit costs and no totals (None) for a user who may not see costs (SEE_COSTS), or
    when no one is named."""
    row = uow.connection.execute(_HEADER.where(deliveries.c.id == delivery_id)).first()
    if row is None:
        raise NotFound("That delivery does not exist.")
    money = read_settings(uow).money
    costs = actor is not None and sees_costs(uow, actor)
    lines = tuple(
        DeliveryLineDTO(
            lid,
            pos,
            pid,
            sku,
            name,
            Unit(unit),
            qty,
            cost if costs else None,
            line_total(qty, cost, money) if costs else None,
        )
        for lid, pos, pid, sku, name, unit, qty, cost in uow.connection.execute(
            _LINES.where(delivery_lines.c.delivery_id == delivery_id)
        )
    )
    (did, kind, status, series, number, sid, sname, ref, day, note, rid, rseries, rnumber,
     created, posted, poster, approver) = row  # fmt: skip
    return DeliveryDTO(
        did,
        DeliveryKind(kind),
        DeliveryStatus(status),
        number_of(series, number),
        sid,
        sname or "",
        ref,
        day,
        note,
        rid,
        number_of(rseries, rnumber),
        created,
        posted,
        lines,
        posted_by=poster or "",
        approved_by=approver or "",
    )


def get_delivery(db: Database, delivery_id: int, actor: Actor | None = None) -> DeliveryDTO:
    """The delivery or return with ``delivery_id``, with its lines; their costs only for
    an ``actor`` who may see costs."""
    with db.read() as uow:
        return delivery_dto(uow, delivery_id, actor)


def parse_delivery_number(text: str) -> tuple[str, int]:
    """'D000012', 'd12', 'DR-3' to (series, number)."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    series = "DR" if cleaned.startswith("DR") else "D" if cleaned.startswith("D") else ""
    digits = cleaned[len(series) :]
    if not series or not digits.isdigit() or len(digits) > 12:
        raise InvalidInput(
            f"'{text}' is not a delivery number. It looks like D000012 (or DR000003 for a "
            "return to supplier)."
        )
    return series, int(digits)


def find_delivery(db: Database, number: str, actor: Actor | None = None) -> DeliveryDTO:
    """The posted delivery or return with the printed ``number``; its costs only for an
    ``actor`` who may see costs."""
    series, value = parse_delivery_number(number)
    with db.read() as uow:
        found = uow.connection.scalar(
            select(deliveries.c.id).where(
                deliveries.c.series == series, deliveries.c.number == value
            )
        )
        if found is None:
            raise NotFound(f"There is no delivery {format_number(series, value)}.")
        return delivery_dto(uow, found, actor)


def _check_header(header: DeliveryHeader) -> tuple[str, str]:
    reference = " ".join(header.supplier_reference.split())
    if len(reference) > REFERENCE_MAX:
        raise InvalidInput(f"The supplier's reference can have {REFERENCE_MAX} characters at most.")
    return reference, header.note.strip()


def create_delivery(db: Database, header: DeliveryHeader, *, actor: Actor) -> DeliveryDTO:
    """Start a draft delivery. A new supplier name is added to the suppliers list."""
    reference, note = _check_header(header)
    now = utcnow()
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        delivery_id = uow.connection.execute(
            insert(deliveries)
            .values(
                kind=DeliveryKind.DELIVERY.value,
                status=DeliveryStatus.DRAFT.value,
                supplier_id=supplier_id_for_name(uow, header.supplier_name, actor),
                supplier_reference=reference,
                delivered_on=header.delivered_on or date.today(),
                note=note,
                till=actor.till,
                created_by=actor.user_id,
                approver_id=actor.approver_id,
                created_at=now,
                updated_at=now,
            )
            .returning(deliveries.c.id)
        ).scalar_one()
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)


def open_draft(uow: UnitOfWork, delivery_id: int) -> tuple[DeliveryKind, int | None]:
    """Lock a draft for a change (kind, and the delivery a return corrects).

    The row lock (an UPDATE of its ``updated_at``) makes a change wait for another till's
    post of the same draft, and then be refused: a posted document is never edited.

    Raises:
        InvalidInput: the delivery is posted already.
        NotFound: there is no such delivery.
    """
    row = uow.connection.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id, deliveries.c.status == DeliveryStatus.DRAFT.value)
        .values(updated_at=utcnow())
        .returning(deliveries.c.kind, deliveries.c.returns_delivery_id)
    ).first()
    if row is None:
        refuse_not_draft(uow, delivery_id)
    assert row is not None
    return DeliveryKind(row[0]), row[1]


def refuse_not_draft(uow: UnitOfWork, delivery_id: int) -> None:
    """Raise the plain message for a delivery that is not (or no longer) a draft."""
    row = uow.connection.execute(
        select(deliveries.c.series, deliveries.c.number, deliveries.c.till).where(
            deliveries.c.id == delivery_id
        )
    ).first()
    if row is None:
        raise NotFound("That delivery does not exist (it may have been deleted at another till).")
    raise InvalidInput(
        f"Delivery {number_of(row[0], row[1])} is already posted and cannot be changed. "
        "A return to supplier corrects it."
    )


def save_header(
    db: Database, delivery_id: int, header: DeliveryHeader, *, actor: Actor
) -> DeliveryDTO:
    """Save a draft's supplier, reference, date and note."""
    reference, note = _check_header(header)
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        kind, _ = open_draft(uow, delivery_id)
        values: dict[str, object] = {"supplier_reference": reference, "note": note}
        if header.delivered_on is not None:
            values["delivered_on"] = header.delivered_on
        if kind is DeliveryKind.DELIVERY:
            # A return goes back to the supplier its delivery came from.
            values["supplier_id"] = supplier_id_for_name(uow, header.supplier_name, actor)
        uow.connection.execute(
            update(deliveries).where(deliveries.c.id == delivery_id).values(**values)
        )
        uow.commit()
        return delivery_dto(uow, delivery_id, actor)


def delete_draft(db: Database, delivery_id: int, *, actor: Actor) -> None:
    """Throw away a draft and its lines. Posted documents stay for ever."""
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.RECEIVE)
        kind, _ = open_draft(uow, delivery_id)
        lines = uow.connection.execute(
            delete(delivery_lines).where(delivery_lines.c.delivery_id == delivery_id)
        ).rowcount
        uow.connection.execute(delete(deliveries).where(deliveries.c.id == delivery_id))
        record(
            uow,
            "delivery_draft_deleted",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            delivery_id=delivery_id,
            kind=kind.value,
            lines=lines,
        )
        uow.commit()
