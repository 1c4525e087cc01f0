"""A product's tax rates: the first in ``products.tax_rate_id``, the further ones beside it.

Most products carry one rate. A product taxed twice on the same net price (Quebec's GST and
QST, India's CGST and SGST) keeps its first rate in ``products.tax_rate_id``, which every
query and index already uses, and its further rates in ``product_taxes`` by position. These
functions work inside the caller's unit of work, in Core, for one product or a batch of them
(the products screen, export and bulk changes read and write many at once).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, delete, insert, select

from pos.db.tables import product_taxes, tax_rates
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput
from pos.services.dto import TaxRateDTO

#: More rates than this on one product is a slip: no tax system stacks more (India's
#: CGST + SGST + compensation cess is three), and the receipt keeps a line for each.
MAX_RATES = 4

#: The further rates of some products, built once: every window of the products screen
#: reads them for its rows.
_FURTHER = (
    select(product_taxes.c.product_id, tax_rates.c.id, tax_rates.c.name, tax_rates.c.percent)
    .join(tax_rates, tax_rates.c.id == product_taxes.c.tax_rate_id)
    .where(product_taxes.c.product_id.in_(bindparam("ids", expanding=True)))
    .order_by(product_taxes.c.product_id, product_taxes.c.position)
)


def check_rate_ids(uow: UnitOfWork, rate_ids: Sequence[int]) -> tuple[int, ...]:
    """``rate_ids`` if they can tax one product together, else InvalidInput saying why.

    At least one rate, at most ``MAX_RATES``, each once, each one of the shop's rates that
    is switched on.
    """
    ids = tuple(int(rate_id) for rate_id in rate_ids)
    if not ids:
        raise InvalidInput("Choose one of the shop's tax rates.")
    if len(ids) > MAX_RATES:
        raise InvalidInput(f"A product can carry {MAX_RATES} tax rates at most.")
    found = {
        row.id: row
        for row in uow.connection.execute(
            select(tax_rates.c.id, tax_rates.c.name, tax_rates.c.active).where(
                tax_rates.c.id.in_(set(ids))
            )
        )
    }
    for rate_id in ids:
        if rate_id not in found:
            raise InvalidInput("Choose one of the shop's tax rates.")
        if not found[rate_id].active:
            raise InvalidInput(
                f"The tax rate '{found[rate_id].name}' is switched off. Choose another one."
            )
    if len(set(ids)) != len(ids):
        twice = next(found[i].name for i in ids if ids.count(i) > 1)
        raise InvalidInput(f"The tax rate '{twice}' is chosen twice: a rate is charged once.")
    return ids


def set_further_rates(uow: UnitOfWork, product_ids: Iterable[int], further: Sequence[int]) -> None:
    """Make ``further`` the rates after the first of every product in ``product_ids``.

    The first rate is ``products.tax_rate_id``, set by the caller; ``further`` must not
    repeat it (see ``check_rate_ids``). An empty ``further`` leaves each product one rate.
    """
    ids = list(product_ids)
    if not ids:
        return
    uow.connection.execute(delete(product_taxes).where(product_taxes.c.product_id.in_(ids)))
    if further:
        uow.connection.execute(
            insert(product_taxes),
            [
                {"product_id": pid, "position": position, "tax_rate_id": rate_id}
                for pid in ids
                for position, rate_id in enumerate(further, start=1)
            ],
        )


def further_rates(uow: UnitOfWork, product_ids: Iterable[int]) -> dict[int, tuple[TaxRateDTO, ...]]:
    """The rates after the first of each product in ``product_ids`` that has any, in order.

    Products with one rate are left out of the answer.
    """
    ids = list(product_ids)
    if not ids:
        return {}
    rows = uow.connection.execute(_FURTHER, {"ids": ids})
    found: dict[int, list[TaxRateDTO]] = {}
    for product_id, rate_id, name, percent in rows:
        found.setdefault(product_id, []).append(TaxRateDTO(rate_id, name, percent))
    return {product_id: tuple(rates) for product_id, rates in found.items()}
