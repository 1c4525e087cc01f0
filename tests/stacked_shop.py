"""A shop in Quebec for the stacked-tax tests: GST 5 % and QST 9.975 % on the same price.

Prices there are shown before tax, so the shop's prices exclude tax; a product taxed at both
rates carries GST first and QST beside it.
"""

from __future__ import annotations

from decimal import Decimal

from pos.db.engine import Database
from pos.domain.tax import TaxMode
from pos.services.catalog.products import ProductInput, create_product, list_tax_rates
from pos.services.dto import Actor, ProductDTO
from pos.services.settings import ShopSettings
from pos.services.shop import ShopSetup, create_shop, owner

QUEBEC = ShopSetup(
    name="Dépanneur Saint-Denis",
    currency="CAD",
    locale="fr_CA",
    tax_mode=TaxMode.EXCLUSIVE,
    tax_rates=[("GST", Decimal("5")), ("QST", Decimal("9.975")), ("Zero", Decimal("0"))],
    owner_name="Camille",
    address="4321 rue Saint-Denis\nMontréal QC H2J 2L1",
    tax_id="GST 123456789 RT0001 / QST 1234567890 TQ0001",
)
#: An item taxed at both rates, with an EAN-13 on it.
LAMP_CODE = "4006381333924"


def quebec_shop(db: Database) -> ShopSettings:
    return create_shop(db, QUEBEC)


def rate_ids(db: Database) -> dict[str, int]:
    return {rate.name: rate.id for rate in list_tax_rates(db)}


def lamp(db: Database, price: str = "100.00") -> ProductDTO:
    """A desk lamp at $100.00 before tax: GST $5.00 + QST $9.98 = $114.98 (Revenu Québec's
    own example)."""
    rates = rate_ids(db)
    return create_product(
        db,
        ProductInput(
            "LAMP",
            "Lampe de bureau",
            Decimal(price),
            rates["GST"],
            barcodes=[LAMP_CODE],
            tax_rate_ids=(rates["GST"], rates["QST"]),
        ),
        actor=Actor(owner(db).id, "Caisse 1"),
    )


def bread(db: Database) -> ProductDTO:
    """Basic groceries are zero-rated: one rate, 0 %."""
    return create_product(
        db,
        ProductInput("BREAD", "Pain de campagne", Decimal("4.50"), rate_ids(db)["Zero"]),
        actor=Actor(owner(db).id, "Caisse 1"),
    )
