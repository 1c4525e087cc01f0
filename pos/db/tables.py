"""The ShopTill schema as SQLAlchemy Core tables. Alembic migrations mirror this file.

The services run Core statements on these tables; the typed ORM models (``pos.db.models``)
map the same tables for the back office. Nothing here imports the ORM: a till starts, and
rings up sales, without paying for it (about 180 ms of every start on an old laptop).

Money and quantities are scaled integers (``pos.db.base``); timestamps are UTC.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from pos.db.base import NAMING, Money, Percent, Quantity, UtcDateTime, utcnow

ZERO = Decimal(0)
metadata = MetaData(naming_convention=NAMING)


def _id() -> Column[int]:
    """An integer surrogate key."""
    return Column("id", Integer, primary_key=True)


def _required(name: str, *args: Any, **kwargs: Any) -> Column[Any]:
    """A NOT NULL column; the others below are nullable."""
    return Column(name, *args, nullable=False, **kwargs)


#: A role staff can have (owner, manager, cashier) and the biggest discount it may give
#: without a manager's approval, in percent.
roles = Table(
    "roles",
    metadata,
    Column("name", String(20), primary_key=True),
    _required("discount_limit", Percent(), default=ZERO),
)

#: What a role may do: one row per permission (``pos.services.staff.permissions``).
role_permissions = Table(
    "role_permissions",
    metadata,
    Column("role", ForeignKey("roles.name"), primary_key=True),
    Column("permission", String(40), primary_key=True),
)

#: Someone who works the till: the owner, managers, cashiers. ``pin_hash`` is a salted
#: memory-hard hash of the PIN, never the PIN; ``failed_pins`` and ``locked_until`` slow
#: down and stop guessing.
users = Table(
    "users",
    metadata,
    _id(),
    _required("name", String(80), unique=True),
    _required("role", String(20)),
    Column("pin_hash", String(200)),
    _required("active", Boolean, default=True),
    _required("created_at", UtcDateTime, default=utcnow),
    _required("failed_pins", Integer, default=0),
    Column("locked_until", UtcDateTime),
    Column("pin_changed_at", UtcDateTime),
)

#: A tax rate products can carry.
tax_rates = Table(
    "tax_rates",
    metadata,
    _id(),
    _required("name", String(60), unique=True),
    _required("percent", Percent()),
    _required("active", Boolean, default=True),
)

#: A group of products: Bakery, Drinks ...
categories = Table(
    "categories",
    metadata,
    _id(),
    _required("name", String(80), unique=True),
    # '#rrggbb', the colour of the category's quick-pick tab; none uses the style's own.
    Column("colour", String(7)),
)

#: Someone the shop buys from.
suppliers = Table(
    "suppliers",
    metadata,
    _id(),
    _required("name", String(120), unique=True),
    _required("phone", String(40), default=""),
    _required("notes", Text, default=""),
    _required("active", Boolean, default=True),
    _required("created_at", UtcDateTime, default=utcnow),
)

#: The products screen's sort orders, each an index: (name, its columns ending with id).
SORT_INDEXES: dict[str, tuple[str, ...]] = {
    "price": ("price", "id"),
    "cost": ("cost", "id"),
    "on_hand": ("on_hand", "id"),
    "reorder_level": ("reorder_level", "id"),
    "category": ("category_id", "search_key", "id"),
    "tax_rate": ("tax_rate_id", "search_key", "id"),
    "unit": ("unit", "search_key", "id"),
}

#: Something the shop sells. ``on_hand`` is a cache of the stock ledger.
products = Table(
    "products",
    metadata,
    _id(),
    _required("sku", String(40), unique=True),
    _required("name", String(120)),
    # The name folded to lower case without accents, for search as you type.
    _required("search_key", String(120), index=True),
    Column("category_id", ForeignKey("categories.id"), index=True),
    _required("unit", String(8)),
    _required("price", Money()),
    _required("cost", Money(), default=ZERO),
    _required("tax_rate_id", ForeignKey("tax_rates.id"), index=True),
    _required("active", Boolean, default=True),
    _required("favourite", Boolean, default=False),
    _required("reorder_level", Quantity(), default=ZERO),
    # How much to order when stock falls to the reorder level.
    _required("reorder_quantity", Quantity(), default=ZERO),
    _required("on_hand", Quantity(), default=ZERO),
    _required("created_at", UtcDateTime, default=utcnow),
    _required("updated_at", UtcDateTime, default=utcnow),
    # The usual supplier: the last one a delivery came from, or set by hand (migration 0006).
    Column("supplier_id", ForeignKey("suppliers.id")),
    # Reorder up to this level; zero: order the reorder quantity instead (migration 0006).
    _required("max_level", Quantity(), server_default="0"),
    # The quick-pick buttons: a few favourites among up to a million products.
    Index(
        "ix_products_favourite",
        "category_id",
        "name",
        sqlite_where=text("favourite = 1"),  # as SQLAlchemy writes the query
        # PostgreSQL's copy (migration 0003) is partial too, WHERE favourite. It is not
        # declared here: a postgresql_ option makes SQLAlchemy import its PostgreSQL
        # dialect, 60 ms of every start on a till that uses SQLite.
    ),
    # The products screen sorts by any column at the far end of a million rows: each sort
    # reads its index in order, ties broken by id (migration 0004).
    *(Index(f"ix_products_sort_{name}", *columns) for name, columns in SORT_INDEXES.items()),
    # Low stock: the few products with a reorder level and at or below it, by name; with
    # ``active``, the till's low count reads nothing else. PostgreSQL's copy is partial too
    # (migration 0008), left out here as above. Queries must write LOW_STOCK's terms.
    Index(
        "ix_products_low_stock",
        "search_key",
        "id",
        "active",
        sqlite_where=text("on_hand <= reorder_level AND reorder_level + 0 > 0"),
    ),
)

#: Two sort keys are expressions, each with its index in migration 0004 (SQLAlchemy cannot
#: reflect them on SQLite); a query must write them exactly so to use the index. The margin
#: is in hundredths of a percent. Active products sort first; an index on the bare column
#: would tempt SQLite to answer the till's "active and name starts with" from it.
MARGIN_SORT_KEY = "CASE WHEN price > 0 THEN (price - cost) * 10000 / price END"
ACTIVE_SORT_KEY = "CASE WHEN active THEN 0 ELSE 1 END"

#: A product's further tax rates, charged beside its first (``products.tax_rate_id``) on the
#: same net price: Quebec's QST after GST, India's SGST after CGST. ``position`` 1 is the
#: second rate. Most products have none: the scan finds that out with one index probe.
product_taxes = Table(
    "product_taxes",
    metadata,
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    _required("tax_rate_id", ForeignKey("tax_rates.id"), index=True),
)

#: A code printed on a product. A product may carry several; a code belongs to one.
barcodes = Table(
    "barcodes",
    metadata,
    Column("code", String(32), primary_key=True),
    _required("product_id", ForeignKey("products.id"), index=True),
)

#: A completed sale or refund. Immutable once written (database triggers enforce it).
sales = Table(
    "sales",
    metadata,
    _id(),
    _required("kind", String(10)),
    _required("series", String(10)),
    _required("number", BigInteger),
    Column("original_id", ForeignKey("sales.id"), index=True),
    _required("created_at", UtcDateTime, index=True),
    _required("cashier_id", ForeignKey("users.id")),
    _required("till", String(40)),
    _required("currency", String(3)),
    _required("tax_mode", String(10)),
    _required("subtotal", Money()),
    _required("discount", Money()),
    Column("cart_discount_kind", String(10)),
    Column("cart_discount_value", Money()),
    _required("net", Money()),
    _required("tax", Money()),
    _required("total", Money()),
    _required("rounding", Money()),
    _required("amount_due", Money()),
    _required("change", Money()),
    #: The manager whose PIN allowed what the cashier could not do alone (a refund ...).
    Column("approver_id", ForeignKey("users.id")),
    #: The till's shift it was rung up in (none for sales made before shifts existed).
    Column("shift_id", ForeignKey("shifts.id"), index=True),
    UniqueConstraint("series", "number"),
)

#: A line of a sale or refund, with the product as it was sold.
sale_lines = Table(
    "sale_lines",
    metadata,
    _id(),
    _required("sale_id", ForeignKey("sales.id"), index=True),
    _required("line_no", Integer),
    _required("product_id", ForeignKey("products.id"), index=True),
    Column("original_line_id", ForeignKey("sale_lines.id"), index=True),
    _required("sku", String(40)),
    _required("name", String(120)),
    _required("unit", String(8)),
    _required("quantity", Quantity()),
    _required("unit_price", Money()),
    _required("base", Money()),
    _required("line_discount", Money()),
    _required("cart_discount", Money()),
    _required("net", Money()),
    _required("tax", Money()),
    _required("gross", Money()),
    _required("tax_name", String(60)),
    _required("tax_percent", Percent()),
)

#: A sale's totals at one tax rate.
sale_taxes = Table(
    "sale_taxes",
    metadata,
    _id(),
    _required("sale_id", ForeignKey("sales.id"), index=True),
    _required("tax_name", String(60)),
    _required("tax_percent", Percent()),
    _required("net", Money()),
    _required("tax", Money()),
    _required("gross", Money()),
)

#: The tax at each rate of a sale line that carries more than one (GST and QST), in the
#: line's order; they add up to the line's ``tax``. A line with one rate has no rows here:
#: its ``tax_name``, ``tax_percent`` and ``tax`` say it all.
sale_line_taxes = Table(
    "sale_line_taxes",
    metadata,
    _id(),
    _required("sale_id", ForeignKey("sales.id"), index=True),
    _required("sale_line_id", ForeignKey("sale_lines.id")),
    _required("position", Integer),
    _required("tax_name", String(60)),
    _required("tax_percent", Percent()),
    _required("tax", Money()),
)

#: Money taken for a sale (or paid out for a refund).
payments = Table(
    "payments",
    metadata,
    _id(),
    _required("sale_id", ForeignKey("sales.id"), index=True),
    _required("method", String(10)),
    _required("amount", Money()),
    _required("tendered", Money()),
    _required("change", Money()),
    _required("reference", String(80), default=""),
)

#: One change to a product's stock. The ledger is the truth; ``on_hand`` follows it.
stock_movements = Table(
    "stock_movements",
    metadata,
    _id(),
    _required("product_id", ForeignKey("products.id")),
    _required("quantity", Quantity()),
    _required("on_hand_after", Quantity()),
    _required("kind", String(12)),
    _required("reason", String(200), default=""),
    Column("sale_id", ForeignKey("sales.id"), index=True),
    Column("user_id", ForeignKey("users.id")),
    _required("till", String(40)),
    _required("created_at", UtcDateTime),
    # The printed number of the stock document it belongs to ("D000012", "C000003"); a
    # sale's movements point at it through sale_id instead (migration 0006).
    _required("document", String(20), server_default=""),
    # The product's unit cost when it moved, for losses in money and stock value at a past
    # date; movements written before migration 0006 have none (migration 0006).
    Column("unit_cost", Money()),
    Index("ix_stock_movements_product_id_id", "product_id", "id"),
    # The movements of a period, for the stock value since a snapshot (migration 0007).
    Index("ix_stock_movements_created_at", "created_at"),
)

#: Every change of a product's price: the old and new price, when and by whom.
price_changes = Table(
    "price_changes",
    metadata,
    _id(),
    _required("product_id", ForeignKey("products.id")),
    _required("old_price", Money()),
    _required("new_price", Money()),
    _required("changed_at", UtcDateTime),
    Column("user_id", ForeignKey("users.id")),
    Column("approver_id", ForeignKey("users.id")),
    _required("till", String(40)),
    Index("ix_price_changes_product_id_id", "product_id", "id"),
)

#: The open cart of a till, or a parked one, saved on every change.
carts = Table(
    "carts",
    metadata,
    _id(),
    _required("till", String(40), index=True),
    _required("status", String(10)),
    _required("label", String(80), default=""),
    Column("user_id", ForeignKey("users.id")),
    _required("payload", Text),
    _required("created_at", UtcDateTime),
    _required("updated_at", UtcDateTime),
)

#: One shop setting, its value as JSON.
settings = Table(
    "settings",
    metadata,
    Column("key", String(60), primary_key=True),
    _required("value", Text),
)

#: The next number of a document series. Taken in the document's own transaction.
document_counters = Table(
    "document_counters",
    metadata,
    Column("series", String(10), primary_key=True),
    _required("next_number", BigInteger),
)

#: Append-only log of what was done at the till (voids, no-sale openings, refunds ...),
#: a hash chain (``pos.services.staff.chain``): ``seq`` numbers the entries without gaps,
#: ``prev_hash`` is the seal of the entry before, ``hash`` this entry's own seal. The three
#: are nullable only because older databases gained them by ALTER TABLE (migration 0010
#: sealed every row then); ``audit.record`` always sets them, and ``shoptill check`` reports
#: a row without them as written behind ShopTill's back.
audit_log = Table(
    "audit_log",
    metadata,
    _id(),
    _required("at", UtcDateTime, index=True),
    Column("user_id", ForeignKey("users.id")),
    _required("till", String(40)),
    _required("action", String(40)),
    _required("details", Text, default="{}"),
    Column("approver_id", ForeignKey("users.id")),
    Column("seq", BigInteger, index=True, unique=True),
    Column("prev_hash", String(64)),
    Column("hash", String(64)),
)

#: The audit chain's head, one row (id 1): the last entry's ``seq`` and ``hash``. Each new
#: entry bumps it with ``UPDATE ... RETURNING`` in its own transaction, which on PostgreSQL
#: holds the row lock until commit (as ``document_counters``): two tills appending at once
#: take turns, so the chain stays one line. SQLite's BEGIN IMMEDIATE already does that.
audit_chain = Table(
    "audit_chain",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    _required("seq", BigInteger),
    _required("hash", String(64)),
)

#: An invoice issued for a completed sale: its own gapless number (series "I") and the
#: buyer's details taken at the counter. Append-only; a reprint shows the same number.
invoices = Table(
    "invoices",
    metadata,
    _id(),
    _required("series", String(10)),
    _required("number", BigInteger),
    _required("sale_id", ForeignKey("sales.id"), unique=True),
    _required("buyer_name", String(200)),
    _required("buyer_address", Text, default=""),
    _required("buyer_tax_id", String(40), default=""),
    _required("created_at", UtcDateTime),
    UniqueConstraint("series", "number"),
    # Who issued it, and the manager whose PIN allowed it; invoices issued before
    # migration 0014 have neither (the audit log has them).
    Column("user_id", ForeignKey("users.id")),
    Column("approver_id", ForeignKey("users.id")),
)

#: Goods in from a supplier (kind "delivery") or back to one (kind "return", pointing at the
#: delivery it corrects). A draft is edited freely; posting numbers it (series "D" or "DR"),
#: writes its stock movements and makes it final.
deliveries = Table(
    "deliveries",
    metadata,
    _id(),
    _required("kind", String(10)),
    _required("status", String(10)),
    Column("series", String(10)),
    Column("number", BigInteger),
    Column("supplier_id", ForeignKey("suppliers.id")),
    # The supplier's own delivery note or invoice number.
    _required("supplier_reference", String(60), default=""),
    _required("delivered_on", Date),
    Column("returns_delivery_id", ForeignKey("deliveries.id"), index=True),
    _required("note", Text, default=""),
    _required("till", String(40)),
    Column("created_by", ForeignKey("users.id")),
    _required("created_at", UtcDateTime),
    _required("updated_at", UtcDateTime),
    Column("posted_by", ForeignKey("users.id")),
    Column("posted_at", UtcDateTime),
    Column("approver_id", ForeignKey("users.id")),
    UniqueConstraint("series", "number"),
    Index("ix_deliveries_status_id", "status", "id"),
)

#: A line of a delivery: how much of a product came (or went back), at what unit cost.
delivery_lines = Table(
    "delivery_lines",
    metadata,
    _id(),
    _required("delivery_id", ForeignKey("deliveries.id", ondelete="CASCADE")),
    _required("position", Integer),
    _required("product_id", ForeignKey("products.id"), index=True),
    _required("quantity", Quantity()),
    _required("unit_cost", Money()),
    Index("ix_delivery_lines_delivery_id_position", "delivery_id", "position"),
)

#: A numbered stock adjustment (series "A"): damaged, expired, theft or loss ... Final.
stock_adjustments = Table(
    "stock_adjustments",
    metadata,
    _id(),
    _required("series", String(10)),
    _required("number", BigInteger),
    _required("note", Text, default=""),
    Column("user_id", ForeignKey("users.id")),
    _required("till", String(40)),
    _required("created_at", UtcDateTime, index=True),
    Column("approver_id", ForeignKey("users.id")),
    UniqueConstraint("series", "number"),
)

#: One product's change in an adjustment, signed, with its reason and the cost it was at.
stock_adjustment_lines = Table(
    "stock_adjustment_lines",
    metadata,
    _id(),
    _required("adjustment_id", ForeignKey("stock_adjustments.id"), index=True),
    _required("product_id", ForeignKey("products.id"), index=True),
    _required("quantity", Quantity()),
    _required("reason", String(20)),
    _required("note", String(200), default=""),
    _required("unit_cost", Money()),
)

#: A stock count: open while people count (several may be), then posted once (series "C")
#: or cancelled. Its scope is all products, some categories, the products sold since a
#: moment, or a hand-picked list.
stock_counts = Table(
    "stock_counts",
    metadata,
    _id(),
    _required("name", String(80)),
    _required("status", String(10)),
    _required("scope", String(12)),
    _required("blind", Boolean, default=False),
    # For the "sold since" scope: the moment from which sales put a product in the count.
    Column("sold_since", UtcDateTime),
    Column("series", String(10)),
    Column("number", BigInteger),
    # What posting did with products in scope nobody counted: "keep" them, or count "zero".
    Column("uncounted", String(10)),
    _required("till", String(40)),
    Column("created_by", ForeignKey("users.id")),
    _required("created_at", UtcDateTime),
    Column("posted_by", ForeignKey("users.id")),
    Column("posted_at", UtcDateTime),
    Column("approver_id", ForeignKey("users.id")),
    UniqueConstraint("series", "number"),
    Index("ix_stock_counts_status_id", "status", "id"),
)

#: The categories a count of scope "categories" covers.
stock_count_categories = Table(
    "stock_count_categories",
    metadata,
    Column("count_id", ForeignKey("stock_counts.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("categories.id"), primary_key=True),
)

#: The products a count of scope "list" or "sold" covers, fixed when it starts.
stock_count_products = Table(
    "stock_count_products",
    metadata,
    Column("count_id", ForeignKey("stock_counts.id", ondelete="CASCADE"), primary_key=True),
    Column("product_id", ForeignKey("products.id"), primary_key=True),
)

#: What was counted of one product in one count: scans from any till add up into one line.
#: ``expected`` is the stock the ledger held when the line was first counted (or last set or
#: recounted), so sales made after the shelf was counted are neither lost nor counted twice.
stock_count_lines = Table(
    "stock_count_lines",
    metadata,
    _id(),
    _required("count_id", ForeignKey("stock_counts.id", ondelete="CASCADE")),
    _required("product_id", ForeignKey("products.id"), index=True),
    _required("counted", Quantity()),
    _required("expected", Quantity()),
    _required("counted_at", UtcDateTime),
    _required("updated_at", UtcDateTime),
    Column("user_id", ForeignKey("users.id")),
    _required("till", String(40)),
    # The product's unit cost when the count was posted: the variance report's money.
    Column("unit_cost", Money()),
    UniqueConstraint("count_id", "product_id"),
    # The manager whose PIN let ``user_id`` count it, with the last scan (migration 0014).
    Column("approver_id", ForeignKey("users.id")),
)

#: The stock as the ledger stood at an instant (a month's end), so that the stock value at a
#: date sums a snapshot and the movements since, not the whole ledger (migration 0007).
#: Lines are written in several short transactions; only a ``complete`` snapshot is read.
stock_value_snapshots = Table(
    "stock_value_snapshots",
    metadata,
    _id(),
    # The movements made before this instant are in the snapshot.
    _required("until", UtcDateTime, unique=True),
    _required("complete", Boolean, default=False),
    _required("taken_at", UtcDateTime),
)

#: One product's stock in a snapshot, for the products holding any (above or below zero).
stock_value_lines = Table(
    "stock_value_lines",
    metadata,
    Column(
        "snapshot_id",
        ForeignKey("stock_value_snapshots.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("product_id", ForeignKey("products.id"), primary_key=True),
    # The product's category when the line was written; a product moved to another one
    # since is listed in stock_value_recategorised (a trigger on products keeps it).
    Column("category_id", Integer),
    _required("quantity", Quantity()),
    # Its last movement's unit cost, or the product's cost then if that movement had none.
    _required("unit_cost", Money()),
    # The value by category reads only this index.
    Index(
        "ix_stock_value_lines_snapshot_category",
        "snapshot_id",
        "category_id",
        "quantity",
        "unit_cost",
    ),
    sqlite_with_rowid=False,
)

#: Products whose category changed, and when: a snapshot written before then has them in
#: their old category (filled by a trigger on products.category_id, migration 0007).
stock_value_recategorised = Table(
    "stock_value_recategorised",
    metadata,
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    _required("changed_at", UtcDateTime),
)

#: A till's shift: opened with a float in the drawer, closed once, by its Z report. A till
#: has at most one open shift (the partial unique index).
shifts = Table(
    "shifts",
    metadata,
    _id(),
    _required("till", String(40)),
    _required("status", String(10)),
    _required("opened_at", UtcDateTime),
    Column("opened_by", ForeignKey("users.id")),
    _required("opening_float", Money()),
    Column("closed_at", UtcDateTime),
    Column("closed_by", ForeignKey("users.id")),
    # The manager whose PIN allowed opening it (migration 0014); the Z report that closes
    # it records its own approver.
    Column("approver_id", ForeignKey("users.id")),
    Index(
        "uq_shifts_open_till",
        "till",
        unique=True,
        sqlite_where=text("status = 'open'"),
        postgresql_where=text("status = 'open'"),
    ),
    Index("ix_shifts_till_opened_at", "till", "opened_at"),
)

#: Cash put into the drawer or taken out of it outside a sale (change bought, a supplier
#: paid from the till, a bank drop), with the reason and who did it. Final.
cash_movements = Table(
    "cash_movements",
    metadata,
    _id(),
    _required("shift_id", ForeignKey("shifts.id"), index=True),
    _required("kind", String(4)),
    _required("amount", Money()),
    _required("reason", String(20)),
    _required("note", Text, default=""),
    Column("user_id", ForeignKey("users.id")),
    Column("approver_id", ForeignKey("users.id")),
    _required("till", String(40)),
    _required("created_at", UtcDateTime),
)

#: An X report (series "X": a look at the shift so far) or a Z report (series "Z": the
#: shift closed), stored with every figure it shows, as JSON, never worked out again.
#: Final: a reprint shows the same figures, marked as a copy.
shift_reports = Table(
    "shift_reports",
    metadata,
    _id(),
    _required("kind", String(1)),
    _required("series", String(10)),
    _required("number", BigInteger),
    _required("shift_id", ForeignKey("shifts.id"), index=True),
    _required("till", String(40)),
    _required("period_start", UtcDateTime),
    _required("period_end", UtcDateTime),
    _required("figures", Text),
    Column("user_id", ForeignKey("users.id")),
    Column("approver_id", ForeignKey("users.id")),
    _required("created_at", UtcDateTime, index=True),
    #: The audit log's seal after the report's own entry, when the shop prints it on the Z.
    Column("seal", String(64)),
    UniqueConstraint("series", "number"),
)

#: Rows in these tables are never updated or deleted (triggers in the migrations).
APPEND_ONLY_TABLES = (
    sales.name,
    sale_lines.name,
    sale_taxes.name,
    sale_line_taxes.name,
    payments.name,
    stock_movements.name,
    price_changes.name,
    audit_log.name,
    invoices.name,
    stock_adjustments.name,
    stock_adjustment_lines.name,
    cash_movements.name,
    shift_reports.name,
)
