"""A delivery or return as a CSV file: one row a line, the document's details on each, so
a spreadsheet can filter and add them up. A return's quantities and values are negative:
goods going out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pos.db.engine import Database
from pos.domain.errors import NotAllowed
from pos.services.settings import get_settings
from pos.services.shop_csv import shop_csv
from pos.services.staff.permissions import Permission
from pos.services.stock.deliveries import DeliveryDTO, DeliveryKind


def refuse_without_costs(delivery: DeliveryDTO) -> None:
    """NotAllowed unless ``delivery`` was read for a user who may see costs: a delivery
    note or file lists them all."""
    if not delivery.costs_shown:
        raise NotAllowed(Permission.SEE_COSTS.value, "You may not see costs and margins.")


HEADERS = (
    "document",
    "kind",
    "status",
    "date",
    "supplier",
    "supplier_reference",
    "returns_delivery",
    "line",
    "sku",
    "product",
    "unit",
    "quantity",
    "unit_cost",
    "total",
)


def export_delivery_csv(db: Database, delivery: DeliveryDTO, path: Path) -> int:
    """Write ``delivery``'s lines to ``path``. Returns how many lines were written.

    The file is a document at cost: ``delivery`` must have been read for a user who may
    see costs (``get_delivery`` with its actor), else NotAllowed and nothing is written."""
    refuse_without_costs(delivery)
    shop = get_settings(db)
    sign = -1 if delivery.kind is DeliveryKind.RETURN else 1
    with shop_csv(path, shop) as (writer, numbers):

        def quantity(value: Decimal) -> str:
            return numbers.quantity(sign * value)

        def money(value: Decimal | None) -> str:
            return numbers.money(sign * (value or Decimal(0)))

        writer.writerow(HEADERS)
        for line in delivery.lines:
            writer.writerow(
                [
                    delivery.number or "",
                    delivery.kind.value,
                    delivery.status.value,
                    delivery.delivered_on.isoformat(),
                    delivery.supplier_name,
                    delivery.supplier_reference,
                    delivery.returns_number or "",
                    line.position,
                    line.sku,
                    line.name,
                    line.unit.value,
                    quantity(line.quantity),
                    money(line.unit_cost),
                    money(line.total),
                ]
            )
    return len(delivery.lines)
