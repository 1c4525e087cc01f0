"""ShopTill core benchmark: the counter's hot paths beside raw sqlite3, at 100k and 1M products.

Run from the repository root::

    python -m tests.benchmarks.bench_core                 # 1,000,000 and 100,000 products
    python -m tests.benchmarks.bench_core --quick         # 100,000 products, fewer rounds
    python -m tests.benchmarks.bench_core --products 250000 --db /tmp/big.db --reseed

Each measure runs through ShopTill's services and, in the same run and on the same file,
through a plain sqlite3 connection with the same pragmas (WAL, synchronous=FULL, foreign
keys, BEGIN IMMEDIATE for writes) doing the equivalent SQL by hand. ShopTill and raw rounds
are interleaved so that neither gets a warmer cache or a quieter disk.

Seeded databases are cached (``/tmp/shoptill-bench/`` by default) and each run works on a
fresh copy, so re-runs are quick and repeatable. This is a benchmark, not a test: it never
asserts on time, prints a table and exits 0.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import platform
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import Any

import sqlalchemy

from pos.db.engine import Database, make_engine, open_database
from pos.db.migrate import current_revision, head_revision, upgrade_to_head
from pos.domain.barcodes import with_check_digit
from pos.domain.cart import Unit
from pos.domain.payments import PaymentMethod, Tender
from pos.domain.tax import TaxMode
from pos.services.catalog.products import (
    ProductInput,
    create_product,
    create_tax_rate,
    list_tax_rates,
)
from pos.services.dto import Actor
from pos.services.lookup import fold, search_products, sellable_by_code
from pos.services.selling.cart import CartSession
from pos.services.settings import get_settings
from pos.services.shop import ShopSetup, UserDTO, create_shop, owner
from pos.services.staff.chain_check import chain_problems

REPO = Path(__file__).resolve().parents[2]
SEED_VERSION = 1
COMPARE_SIZE = 100_000
FULL_SIZE = 1_000_000
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
CENT = Decimal("0.01")
TIME_PATTERN = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")

# --- the catalog ---------------------------------------------------------------------------
# Names are "<brand> [<variant>] <product> <size>" so that prefixes, SKUs and trigrams have
# the selectivity of a real catalog: 250 brands, ~190 product words, 48 variants.

BRAND_HEADS = (
    "Alp", "Bel", "Cor", "Dor", "El", "Fjor", "Gran", "Hav", "Ist", "Jun", "Kel", "Lum",
    "Mar", "Nor", "Ol", "Pra", "Quel", "Ros", "Sol", "Tre", "Ul", "Ver", "Wal", "Yor", "Zen",
)  # fmt: skip
BRAND_TAILS = ("ena", "hof", "ville", "mark", "ia", "ano", "gård", "ero", "ina", "lux")
BRANDS = tuple(head + tail for head in BRAND_HEADS for tail in BRAND_TAILS)

#: category -> (SKU prefix, reduced tax rate, product words, sizes)
CATEGORIES: dict[str, tuple[str, bool, tuple[str, ...], tuple[str, ...]]] = {
    "Dairy": (
        "DAI", True,
        ("Milk", "Yoghurt", "Butter", "Crème fraîche", "Cream", "Cheddar", "Mozzarella",
         "Parmesan", "Feta", "Camembert", "Brie", "Gruyère", "Emmental", "Skyr", "Kefir",
         "Quark", "Eggs", "Cottage cheese"),
        ("125 g", "200 g", "250 g", "500 g", "1 kg", "500 ml", "1 L", "6 pcs", "10 pcs"),
    ),
    "Bakery": (
        "BAK", True,
        ("Baguette", "Brioche", "Croissant", "Rye bread", "Wholemeal bread", "Bagels",
         "Tortillas", "Pain au chocolat", "Ciabatta", "Pretzel", "Muffins", "Crumpets",
         "Focaccia", "Pitta bread"),
        ("1 pc", "2 pcs", "4 pcs", "6 pcs", "400 g", "800 g"),
    ),
    "Fruit & veg": (
        "FRV", True,
        ("Apples", "Bananas", "Oranges", "Lemons", "Tomatoes", "Potatoes", "Onions", "Carrots",
         "Cucumber", "Lettuce", "Spinach", "Broccoli", "Mushrooms", "Peppers", "Garlic",
         "Ginger", "Strawberries", "Blueberries", "Grapes", "Avocado", "Jalapeños", "Courgette"),
        ("loose", "250 g", "500 g", "1 kg", "2 kg", "bunch", "punnet"),
    ),
    "Drinks": (
        "DRK", False,
        ("Orange juice", "Apple juice", "Sparkling water", "Still water", "Cola", "Lemonade",
         "Iced tea", "Tonic water", "Ginger beer", "Energy drink", "Smoothie", "Oat drink"),
        ("330 ml", "500 ml", "1 L", "1.5 L", "2 L", "6 x 330 ml", "4 x 250 ml"),
    ),
    "Beer & wine": (
        "BWN", False,
        ("Lager", "Pale ale", "Stout", "Cider", "Red wine", "White wine", "Rosé", "Prosecco",
         "Crémant", "Pilsner", "Weißbier"),
        ("330 ml", "500 ml", "75 cl", "4 x 440 ml", "12 x 330 ml"),
    ),
    "Pantry": (
        "PAN", True,
        ("Pasta", "Spaghetti", "Penne", "Fusilli", "Rice", "Basmati rice", "Couscous", "Flour",
         "Sugar", "Salt", "Black pepper", "Olive oil", "Sunflower oil", "Vinegar", "Ketchup",
         "Mayonnaise", "Mustard", "Tomato sauce", "Pesto", "Tuna", "Sardines", "Chickpeas",
         "Lentils", "Kidney beans", "Baked beans", "Coconut milk", "Soy sauce", "Curry paste",
         "Noodles", "Peanut butter", "Jam", "Honey", "Cornflakes", "Oats", "Granola", "Müsli"),
        ("250 g", "400 g", "500 g", "1 kg", "250 ml", "500 ml", "750 ml", "2 x 400 g"),
    ),
    "Coffee & tea": (
        "CTE", True,
        ("Coffee beans", "Ground coffee", "Espresso", "Café au lait", "Instant coffee",
         "Tea bags", "Green tea", "Camomile tea", "Earl Grey", "Rooibos", "Hot chocolate"),
        ("40 bags", "80 bags", "100 g", "250 g", "500 g", "1 kg", "10 capsules"),
    ),
    "Snacks": (
        "SNK", True,
        ("Chocolate bar", "Dark chocolate", "Milk chocolate", "Biscuits", "Crackers", "Crisps",
         "Tortilla chips", "Popcorn", "Pretzels", "Salted peanuts", "Cashews", "Flapjack",
         "Wafers", "Gummy bears", "Liquorice", "Cereal bar"),
        ("35 g", "45 g", "100 g", "150 g", "200 g", "6 pack", "multipack"),
    ),
    "Meat & fish": (
        "MTF", True,
        ("Chicken breast", "Beef mince", "Ham", "Salami", "Bacon", "Sausages", "Smoked salmon",
         "Salmon fillets", "Cod fillets", "Prawns", "Chorizo", "Pâté", "Turkey slices"),
        ("100 g", "200 g", "300 g", "500 g", "1 kg", "6 pcs"),
    ),
    "Frozen": (
        "FRZ", True,
        ("Ice cream", "Frozen peas", "Pizza", "Lasagne", "Fish fingers", "Chips", "Sorbet",
         "Spinach portions", "Berries mix", "Veggie burgers"),
        ("300 g", "400 g", "500 g", "750 g", "1 kg", "1 L"),
    ),
    "Household": (
        "HSH", False,
        ("Washing powder", "Fabric softener", "Dish soap", "Bin bags", "Sponges", "Batteries",
         "Light bulb", "Candles", "Matches", "Kitchen roll", "Toilet paper", "Tissues",
         "Foil", "Cling film", "Bleach", "Glass cleaner"),
        ("1 pc", "2 pack", "4 pack", "10 pack", "500 ml", "1 L", "2 kg"),
    ),
    "Personal care": (
        "PCR", False,
        ("Shampoo", "Conditioner", "Shower gel", "Soap", "Toothpaste", "Toothbrush",
         "Deodorant", "Razor blades", "Sunscreen", "Plasters", "Hand cream", "Lip balm",
         "Cotton pads", "Nappies", "Baby wipes"),
        ("50 ml", "75 ml", "250 ml", "400 ml", "1 pc", "4 pack", "20 pcs"),
    ),
    "Pet": (
        "PET", False,
        ("Dog food", "Cat food", "Cat litter", "Dog treats", "Bird seed"),
        ("85 g", "400 g", "1 kg", "2 kg", "12 x 85 g", "5 L"),
    ),
}  # fmt: skip
VARIANTS = (
    "Organic", "Classic", "Light", "Extra", "Smoked", "Spicy", "Sweet", "Salted", "Unsalted",
    "Wholegrain", "Free-range", "Fresh", "Mild", "Mature", "Strawberry", "Vanilla", "Lemon",
    "Mint", "Garlic & herb", "Honey roast", "Sea salt", "Original", "Family pack", "Value",
    "Premium", "Gluten-free", "Lactose-free", "Vegan", "Low fat", "Zero sugar", "Crème",
    "Forêt noire", "Épicé", "Provençal", "Bio", "Italian", "Greek style", "Mediterranean",
    "Coconut", "Raspberry", "Peach", "Mango", "Caramel", "Hazelnut", "Double", "Mini",
    "Jumbo", "Rustic",
)  # fmt: skip
LOOSE_KG = {"Apples", "Bananas", "Oranges", "Tomatoes", "Potatoes", "Onions", "Carrots"}
SEARCH_WORDS = tuple(
    sorted(
        {fold(w) for w in BRANDS}
        | {fold(w) for c in CATEGORIES.values() for p in c[2] for w in p.split()}
        | {fold(w) for v in VARIANTS for w in v.split()}
    )
)


def barcode_for(product_id: int) -> str:
    """Product ``product_id``'s EAN-13 (GS1 prefix 40, never an in-store 2x code)."""
    return with_check_digit(f"40{product_id:010d}")


def is_active(product_id: int) -> bool:
    """About 1 % of the catalog is discontinued, as in a real shop."""
    return product_id % 97 != 0


def weighed_ids(path: Path) -> frozenset[int]:
    """The products sold by weight. Their own barcode asks the cashier for a weight rather
    than ringing up 1 kg, so the scan and sale measures leave them out."""
    con = sqlite3.connect(path)
    try:
        return frozenset(pid for (pid,) in con.execute("SELECT id FROM products WHERE unit = 'kg'"))
    finally:
        con.close()


@dataclass(frozen=True, slots=True)
class Spec:
    """One generated product, in the units the database stores."""

    product_id: int
    sku: str
    name: str
    category: str
    unit: str
    price: int  # thousandths of a euro
    cost: int
    reduced: bool
    favourite: bool
    reorder_level: int  # thousandths


def catalog(count: int, rng: random.Random) -> Iterator[Spec]:
    """Products 1..count, deterministic for a given ``rng`` seed."""
    categories = list(CATEGORIES.items())
    weights = [len(c[1][2]) for c in categories]
    for pid in range(1, count + 1):
        category, (code, reduced, products, sizes) = rng.choices(categories, weights)[0]
        product = rng.choice(products)
        unit = Unit.KG if product in LOOSE_KG and rng.random() < 0.5 else Unit.EACH
        size = "loose" if unit is Unit.KG else rng.choice(sizes)
        parts = [rng.choice(BRANDS)]
        if rng.random() < 0.6:
            parts.append(rng.choice(VARIANTS))
        parts += [product, size]
        cents = rng.randint(19, 4999)
        yield Spec(
            product_id=pid,
            sku=f"{code}{pid:07d}",
            name=" ".join(parts),
            category=category,
            unit=unit.value,
            price=cents * 10,
            cost=cents * 6 // 10 * 10,
            reduced=reduced,
            favourite=pid % 500 == 0,
            reorder_level=rng.choice((0, 0, 5000, 10000)),
        )


# --- seeding -------------------------------------------------------------------------------


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_flushed(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` and flush the copy to disk: otherwise the first durable
    commit measured would also write out the whole copied file."""
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".seed.json")


def product_row(
    spec: Spec, categories: dict[str, int], rates: dict[bool, int], stamp: str
) -> tuple[Any, ...]:
    """A products row in column order, exactly as the ORM writes it."""
    return (
        spec.product_id,
        spec.sku,
        spec.name,
        fold(spec.name),
        categories[spec.category],
        spec.unit,
        spec.price,
        spec.cost,
        rates[spec.reduced],
        1,
        int(spec.favourite),
        spec.reorder_level,
        0,  # on hand: no stock movements are seeded, so the ledger and the cache agree
        stamp,
        stamp,
        0,  # reorder quantity: migration 0004 added it, after the columns above
        None,  # usual supplier, then maximum level (0: none): migration 0006 added them last
        0,
    )


def check_row_format(probe: tuple[Any, ...], ours: tuple[Any, ...]) -> None:
    """Stop if the bulk rows would differ from what the ORM writes (types or formats)."""
    for index, (orm_value, bulk_value) in enumerate(zip(probe, ours, strict=True)):
        if type(orm_value) is not type(bulk_value):
            raise SystemExit(f"seed: column {index} is {orm_value!r} via the ORM, {bulk_value!r}")
        if isinstance(orm_value, str) and TIME_PATTERN.match(orm_value):
            if not TIME_PATTERN.match(bulk_value):
                raise SystemExit(f"seed: timestamp format {bulk_value!r} != {orm_value!r}")
        elif index < 13 and orm_value != bulk_value:
            raise SystemExit(f"seed: column {index} is {orm_value!r} via the ORM, {bulk_value!r}")


def seed_database(path: Path, count: int, seed: int) -> dict[str, Any]:
    """Create a shop through the services and bulk-load ``count`` products into it."""
    remove_db(path)
    marker_path(path).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = open_database(sqlite_url(path))
    create_shop(
        db,
        ShopSetup(
            name="Benchmark Grocer",
            currency="EUR",
            locale="en_GB",
            tax_mode=TaxMode.INCLUSIVE,
            tax_rates=[("Standard", Decimal("20")), ("Reduced", Decimal("5.5"))],
        ),
    )
    rate_ids = {r.name: r.id for r in list_tax_rates(db)}
    rates = {False: rate_ids["Standard"], True: rate_ids["Reduced"]}
    specs = catalog(count, random.Random(seed))
    first = next(specs)
    # Product 1 goes through the service; its row is the template for the bulk rows.
    create_product(
        db,
        ProductInput(
            sku=first.sku,
            name=first.name,
            price=Decimal(first.price).scaleb(-3),
            tax_rate_id=rates[first.reduced],
            unit=Unit(first.unit),
            cost=Decimal(first.cost).scaleb(-3),
            category=first.category,
            barcodes=[barcode_for(1)],
            favourite=first.favourite,
            reorder_level=Decimal(first.reorder_level).scaleb(-3),
        ),
        actor=Actor(owner(db).id, "Bench"),
    )
    db.close()

    con = sqlite3.connect(path, isolation_level=None)
    # Loading only: the seed is checkpointed and closed before anything is measured.
    for pragma in ("journal_mode=WAL", "synchronous=OFF", "cache_size=-1000000", "temp_store=2"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT OR IGNORE INTO categories(name) VALUES (?)", [(name,) for name in CATEGORIES]
    )
    categories = dict(con.execute("SELECT name, id FROM categories").fetchall())
    probe = con.execute("SELECT * FROM products WHERE id = 1").fetchone()
    check_row_format(probe, product_row(first, categories, rates, probe[13]))
    (trigger_sql,) = con.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'products_search_insert'"
    ).fetchone()
    con.execute("DROP TRIGGER products_search_insert")
    base = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
    insert_products = f"INSERT INTO products VALUES ({', '.join('?' * len(probe))})"
    chunk: list[tuple[Any, ...]] = []
    for spec in specs:
        stamp = (base + timedelta(seconds=spec.product_id * 7)).strftime(SQLITE_TIME)
        chunk.append(product_row(spec, categories, rates, stamp))
        if len(chunk) == 50_000:
            load_chunk(con, insert_products, chunk)
            chunk = []
    load_chunk(con, insert_products, chunk)
    loaded = time.perf_counter()
    con.execute("INSERT INTO product_search(product_search) VALUES ('rebuild')")
    con.execute(trigger_sql)
    con.execute("COMMIT")
    indexed = time.perf_counter()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    info = {
        "seed_version": SEED_VERSION,
        "products": count,
        "seed": seed,
        "revision": head_revision(),
        "seconds": round(time.perf_counter() - started, 1),
        "load_seconds": round(loaded - started, 1),
        "fts_rebuild_seconds": round(indexed - loaded, 1),
        "bytes": path.stat().st_size,
    }
    marker_path(path).write_text(json.dumps(info, indent=1))
    return info


def load_chunk(con: sqlite3.Connection, insert: str, rows: list[tuple[Any, ...]]) -> None:
    con.executemany(insert, rows)
    con.executemany(
        "INSERT INTO barcodes(code, product_id) VALUES (?, ?)",
        [(barcode_for(row[0]), row[0]) for row in rows],
    )


def seeded(path: Path, count: int, seed: int, reseed: bool) -> tuple[dict[str, Any], bool]:
    """The seed marker of ``path``, seeding first unless a matching seed is cached."""
    marker = marker_path(path)
    if not reseed and marker.exists() and path.exists():
        info = json.loads(marker.read_text())
        if (info["seed_version"], info["products"], info["seed"]) == (SEED_VERSION, count, seed):
            if info["revision"] != head_revision():
                # A teammate added a migration: bring the cached seed up to date once.
                engine = make_engine(sqlite_url(path))
                try:
                    backup = upgrade_to_head(engine, sqlite_url(path))
                    assert current_revision(engine) == head_revision()
                finally:
                    engine.dispose()
                if backup is not None:
                    backup.unlink(missing_ok=True)
                info["revision"] = head_revision()
                marker.write_text(json.dumps(info, indent=1))
            return info, False
    print(f"seeding {count:,} products into {path} ...", flush=True)
    info = seed_database(path, count, seed)
    print(f"  seeded in {info['seconds']} s ({info['bytes'] / 1e6:,.0f} MB)", flush=True)
    return info, True


# --- statistics and the table --------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Latencies of one measure, in nanoseconds."""

    samples: tuple[int, ...]

    @property
    def median_ms(self) -> float:
        s = sorted(self.samples)
        mid = len(s) // 2
        return (s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2) / 1e6

    @property
    def p95_ms(self) -> float:
        s = sorted(self.samples)
        return s[max(0, math.ceil(0.95 * len(s)) - 1)] / 1e6

    @property
    def ops(self) -> float:
        return len(self.samples) * 1e9 / sum(self.samples)


@dataclass
class Row:
    measure: str
    products: int
    shop: Stats | None
    raw: Stats | None
    target: str = ""
    passed: bool | None = None
    ratio: str = ""
    rate: tuple[float, float] | None = None  # sustained ops/s, ShopTill and raw

    def ratio_text(self) -> str:
        if self.ratio:
            return self.ratio
        if self.shop is not None and self.raw is not None:
            return f"{self.shop.median_ms / self.raw.median_ms:.1f}x"
        return ""


def fmt_ms(value: float) -> str:
    return f"{value:.3f} ms" if value < 10 else f"{value:.1f} ms"


def render(rows: Sequence[Row]) -> str:
    header = (
        "measure",
        "products",
        "ShopTill median",
        "p95",
        "ops/s",
        "raw sqlite3 median",
        "p95",
        "ops/s",
        "ratio",
        "target",
        "pass/fail",
    )
    table = [header]
    for row in rows:
        cells: list[str] = [row.measure, f"{row.products:,}"]
        for index, stats in enumerate((row.shop, row.raw)):
            if stats is None:
                cells += ["", "", ""]
                continue
            ops = row.rate[index] if row.rate else stats.ops
            cells += [fmt_ms(stats.median_ms), fmt_ms(stats.p95_ms), f"{ops:,.0f}"]
        verdict = {None: "info", True: "pass", False: "FAIL"}[row.passed]
        cells += [row.ratio_text(), row.target, verdict]
        table.append(tuple(cells))
    return aligned(table, left={0, 9, 10})


def aligned(table: Sequence[Sequence[str]], left: set[int]) -> str:
    """``table`` (header first) as text columns: ``left`` columns flush left, the rest right."""
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    lines = []
    for number, cells in enumerate(table):
        parts = [
            c.ljust(w) if i in left else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        lines.append(" | ".join(parts).rstrip())
        if number == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


# --- the raw sqlite3 side ------------------------------------------------------------------

#: As the till's lookup: the product, its first rate, and its further rates if it has any
#: (one row each; a product with one rate gives one row with NULLs).
LOOKUP_SQL = (
    "SELECT p.id, p.sku, p.name, p.unit, p.price, p.active, t.name, t.percent, "
    "pt.position, f.name, f.percent "
    "FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id "
    "LEFT JOIN product_taxes pt ON pt.product_id = p.id "
    "LEFT JOIN tax_rates f ON f.id = pt.tax_rate_id "
    "JOIN barcodes b ON b.product_id = p.id WHERE b.code = ?"
)
PRODUCT_COLUMNS = (
    "id, sku, name, search_key, category_id, unit, price, cost, tax_rate_id, active, "
    "favourite, reorder_level, on_hand, created_at, updated_at"
)
SEARCH_PREFIX_SQL = (
    f"SELECT {PRODUCT_COLUMNS} FROM products WHERE search_key >= ? AND search_key < ? "
    "AND active = 1 ORDER BY search_key LIMIT ?"
)
SEARCH_SKU_SQL = (
    f"SELECT {PRODUCT_COLUMNS} FROM products WHERE sku >= ? AND sku < ? "
    "AND active = 1 ORDER BY sku LIMIT ?"
)
SEARCH_FTS_SQL = (
    f"SELECT {', '.join('p.' + c for c in PRODUCT_COLUMNS.split(', '))} "
    "FROM products p JOIN product_search ON product_search.rowid = p.id "
    "WHERE product_search MATCH ? AND p.active = 1 LIMIT ?"
)
INSERT_SALE_SQL = (
    "INSERT INTO sales (kind, series, number, original_id, created_at, cashier_id, till, "
    "currency, tax_mode, subtotal, discount, cart_discount_kind, cart_discount_value, net, tax, "
    "total, rounding, amount_due, change, shift_id) "
    "VALUES ('sale', 'S', ?, NULL, ?, ?, ?, 'EUR', 'inclusive', ?, 0, NULL, NULL, ?, ?, ?, 0, ?, "
    "?, ?) RETURNING id"
)
INSERT_LINE_SQL = (
    "INSERT INTO sale_lines (sale_id, line_no, product_id, original_line_id, sku, name, unit, "
    "quantity, unit_price, base, line_discount, cart_discount, net, tax, gross, tax_name, "
    "tax_percent) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?)"
)
INSERT_TAX_SQL = (
    "INSERT INTO sale_taxes (sale_id, tax_name, tax_percent, net, tax, gross) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_PAYMENT_SQL = (
    "INSERT INTO payments (sale_id, method, amount, tendered, change, reference) "
    "VALUES (?, 'cash', ?, ?, ?, '')"
)
INSERT_MOVE_SQL = (
    "INSERT INTO stock_movements (product_id, quantity, on_hand_after, kind, reason, sale_id, "
    "user_id, till, created_at) VALUES (?, ?, ?, 'sale', '', ?, ?, ?, ?)"
)


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain connection with ShopTill's pragmas; transactions are explicit."""
    con = sqlite3.connect(path, isolation_level=None, timeout=15)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=15000"):
        con.execute(f"PRAGMA {pragma}")
    return con


def raw_now() -> str:
    return datetime.now(UTC).strftime(SQLITE_TIME)


class RawTill:
    """The till's cart and checkout written by hand against sqlite3.

    Like ShopTill, the open cart's snapshot commits at synchronous=NORMAL (no fsync) and
    documents at FULL; the pragma is sent only when the level changes.
    """

    def __init__(self, con: sqlite3.Connection, till: str, user_id: int) -> None:
        self.con = con
        self.till = till
        self.user_id = user_id
        self.cart_id: int | None = None
        self.lines: list[dict[str, Any]] = []
        self.level = "FULL"

    def begin(self, level: str) -> None:
        if level != self.level:
            self.con.execute(f"PRAGMA synchronous={level}")
            self.level = level
        self.con.execute("BEGIN IMMEDIATE")

    def lookup(self, code: str) -> tuple[Any, ...]:
        rows = self.con.execute(LOOKUP_SQL, (code,)).fetchall()
        if not rows or not rows[0][5]:
            raise LookupError(code)
        return tuple(rows[0])

    def scan(self, code: str) -> None:
        pid, sku, name, unit, price, _active, tax_name, percent = self.lookup(code)[:8]
        if self.lines and self.lines[-1]["product_id"] == pid:
            self.lines[-1]["quantity"] += 1000
        else:
            self.lines.append(
                {
                    "line_id": uuid.uuid4().hex,
                    "product_id": pid,
                    "sku": sku,
                    "name": name,
                    "unit": unit,
                    "unit_price": price,
                    "quantity": 1000,
                    "tax_name": tax_name,
                    "tax_percent": percent,
                }
            )
        payload = json.dumps({"lines": self.lines, "discount": None})
        now = raw_now()
        con = self.con
        self.begin("NORMAL")
        try:
            if self.cart_id is None:
                self.cart_id = con.execute(
                    "INSERT INTO carts (till, status, label, user_id, payload, created_at, "
                    "updated_at) VALUES (?, 'open', '', ?, ?, ?, ?) RETURNING id",
                    (self.till, self.user_id, payload, now, now),
                ).fetchall()[0][0]
            else:
                con.execute(
                    "UPDATE carts SET payload = ?, updated_at = ? WHERE id = ?",
                    (payload, now, self.cart_id),
                )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def void(self) -> None:
        con = self.con
        self.begin("FULL")
        self.chain_entry(raw_now(), "void_cart", {"lines": len(self.lines)})
        con.execute("DELETE FROM carts WHERE id = ?", (self.cart_id,))
        con.execute("COMMIT")
        self.cart_id, self.lines = None, []

    def chain_entry(self, at: str, action: str, details: dict[str, Any]) -> None:
        """The audit entry, sealed into the chain as ShopTill does it: the head bumped (the
        row lock on PostgreSQL), the entry with its seals, the head moved on."""
        con = self.con
        seq, prev = con.execute(
            "UPDATE audit_chain SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash"
        ).fetchall()[0]
        text = json.dumps(details, sort_keys=True)
        own = raw_seal(seq, at, self.user_id, self.till, action, text, prev)
        con.execute(
            "INSERT INTO audit_log (at, user_id, till, action, details, approver_id, seq, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (at, self.user_id, self.till, action, text, seq, prev, own),
        )
        con.execute("UPDATE audit_chain SET hash = ? WHERE id = 1", (own,))

    def shift(self, now: str) -> int:
        """The till's open shift, opened (and logged) by the first sale, as ShopTill does."""
        con = self.con
        found = con.execute(
            "SELECT id FROM shifts WHERE till = ? AND status = 'open'", (self.till,)
        ).fetchall()
        if found:
            return int(found[0][0])
        shift_id = int(
            con.execute(
                "INSERT INTO shifts (till, status, opened_at, opened_by, opening_float) "
                "VALUES (?, 'open', ?, ?, 0) RETURNING id",
                (self.till, now, self.user_id),
            ).fetchall()[0][0]
        )
        self.chain_entry(now, "shift_opened", {"opening_float": "0", "shift_id": shift_id})
        return shift_id

    def pay(self) -> int:
        """The whole sale in one BEGIN IMMEDIATE ... COMMIT, its audit entry included;
        returns its number."""
        now = raw_now()
        priced = []
        by_rate: dict[tuple[str, int], list[int]] = {}
        for line in self.lines:
            gross = (line["unit_price"] * line["quantity"] + 5000) // 10000 * 10
            divisor = (1_000_000 + line["tax_percent"]) * 10
            tax = (gross * line["tax_percent"] + divisor // 2) // divisor * 10
            priced.append((line, gross, tax))
            sums = by_rate.setdefault((line["tax_name"], line["tax_percent"]), [0, 0, 0])
            sums[0] += gross - tax
            sums[1] += tax
            sums[2] += gross
        total = sum(g for _, g, _ in priced)
        tax_total = sum(t for _, _, t in priced)
        tendered = (total + 9999) // 10000 * 10000
        con = self.con
        self.begin("FULL")
        try:
            number = (
                con.execute(
                    "UPDATE document_counters SET next_number = next_number + 1 "
                    "WHERE series = 'S' RETURNING next_number"
                ).fetchall()[0][0]
                - 1
            )
            sale_id = con.execute(
                INSERT_SALE_SQL,
                (number, now, self.user_id, self.till, total, total - tax_total, tax_total,
                 total, total, tendered - total, self.shift(now)),
            ).fetchall()[0][0]  # fmt: skip
            con.executemany(
                INSERT_LINE_SQL,
                [
                    (sale_id, no, ln["product_id"], ln["sku"], ln["name"], ln["unit"],
                     ln["quantity"], ln["unit_price"], gross, gross - tax, tax, gross,
                     ln["tax_name"], ln["tax_percent"])
                    for no, (ln, gross, tax) in enumerate(priced, start=1)
                ],
            )  # fmt: skip
            con.executemany(
                INSERT_TAX_SQL,
                [(sale_id, name, pct, *sums) for (name, pct), sums in by_rate.items()],
            )
            con.execute(INSERT_PAYMENT_SQL, (sale_id, total, tendered, tendered - total))
            moves = []
            for ln, _, _ in priced:
                after = con.execute(
                    "UPDATE products SET on_hand = on_hand + ? WHERE id = ? RETURNING on_hand",
                    (-ln["quantity"], ln["product_id"]),
                ).fetchall()[0][0]
                moves.append(
                    (
                        ln["product_id"],
                        -ln["quantity"],
                        after,
                        sale_id,
                        self.user_id,
                        self.till,
                        now,
                    )
                )
            con.executemany(INSERT_MOVE_SQL, moves)
            if self.cart_id is not None:
                con.execute("DELETE FROM carts WHERE id = ?", (self.cart_id,))
            self.chain_entry(now, "sale", {"number": f"S{number:06d}", "total": money(total)})
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.cart_id, self.lines = None, []
        return int(number)


def money(thousandths: int) -> str:
    """A scaled total as ShopTill's audit entry writes it: '13.70' (EUR)."""
    return str((Decimal(thousandths) / 1000).quantize(CENT))


def raw_seal(
    seq: int, at: str, user_id: int | None, till: str, action: str, details: str, prev: str
) -> str:
    """The audit chain's seal, written out here from its documented canonical form (the
    docstring of ``pos.services.staff.chain``): the same SHA-256 over the same bytes."""
    stamp = at.replace(" ", "T") + "Z"  # '2026-12-03 15:32:18.123456' -> ISO 8601, UTC
    form = ["shoptill-audit/1", seq, stamp, user_id, None, till, action, details, prev]
    return hashlib.sha256(
        json.dumps(form, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    ).hexdigest()


def raw_search(con: sqlite3.Connection, typed: str, limit: int = 50) -> list[tuple[Any, ...]]:
    """search_products' statements, in its order, stopping once ``limit`` rows are found."""
    term = fold(typed)
    sku = typed.strip().upper()
    found: dict[int, tuple[Any, ...]] = {}
    queries: list[tuple[str, tuple[Any, ...]]] = [
        (SEARCH_PREFIX_SQL, (term, term + "\U0010ffff", limit)),
        (SEARCH_SKU_SQL, (sku, sku + "\U0010ffff", limit)),
    ]
    if len(term) >= 3:
        queries.append((SEARCH_FTS_SQL, ('"' + term.replace('"', '""') + '"', limit)))
    for sql, params in queries:
        for row in con.execute(sql, params):
            found.setdefault(row[0], row)
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


# --- the measures --------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """How many times each measure runs."""

    scans: int
    sales: int
    searches: int  # per term length
    cold_opens: int
    warm_opens: int
    sustained: int
    rounds: int = 4


FULL_PLAN = Plan(scans=2000, sales=600, searches=300, cold_opens=8, warm_opens=20, sustained=10_000)
QUICK_PLAN = Plan(scans=1000, sales=300, searches=100, cold_opens=5, warm_opens=10, sustained=2000)


def timed(fn: Callable[[], object]) -> int:
    start = time.perf_counter_ns()
    fn()
    return time.perf_counter_ns() - start


def ceil_to_ten(total: Decimal) -> Decimal:
    return (total / 10).to_integral_value(rounding=ROUND_CEILING) * 10 or Decimal(10)


@dataclass
class SizeRun:
    """Every measure at one catalog size, on a fresh copy of the seeded database."""

    path: Path
    count: int
    plan: Plan
    rng: random.Random
    only: frozenset[str] = frozenset()
    rows: list[Row] = field(default_factory=list)
    scan_p95: float = 0.0

    def __post_init__(self) -> None:
        self.db: Database = open_database(sqlite_url(self.path))
        self.settings = get_settings(self.db)
        self.cashier: UserDTO = owner(self.db)
        self.con = raw_connect(self.path)
        self.weighed = weighed_ids(self.path)

    def code(self) -> str:
        while True:
            pid = self.rng.randint(1, self.count)
            if is_active(pid) and pid not in self.weighed:
                return barcode_for(pid)

    def codes(self, n: int) -> list[str]:
        return [self.code() for _ in range(n)]

    def run(self) -> list[Row]:
        steps = (
            ("scan", self.bench_scan),
            ("sale", self.bench_sale),
            ("search", self.bench_search),
            ("open", self.bench_open),
            ("sustained", self.bench_sustained),
        )
        for name, step in steps:
            if self.only and name not in self.only:
                continue
            started = time.perf_counter()
            gc.collect()
            step()
            print(f"  {name}: {time.perf_counter() - started:.1f} s", flush=True)
        # ShopTill's entries and the raw baseline's share one chain: whole only if both
        # sealed the same bytes the same way.
        broken = chain_problems(self.db)
        print(f"  audit chain after the run: {broken[0] if broken else 'whole'}", flush=True)
        self.db.close()
        self.con.close()
        return self.rows

    # a. barcode scan -> line in cart, and the lookup alone

    def bench_scan(self) -> None:
        plan = self.plan
        session = CartSession(self.db, "BENCH-SCAN", self.cashier, self.settings)
        raw = RawTill(self.con, "RAW-SCAN", self.cashier.id)
        settings = self.settings

        def shop_scan(code: str) -> int:
            if len(session.cart.lines) >= 20:
                session.void("benchmark")
            while len(session.cart.lines) < 4:
                session.scan(self.code())
            return timed(lambda: session.scan(code))

        def raw_scan(code: str) -> int:
            if len(raw.lines) >= 20:
                raw.void()
            while len(raw.lines) < 4:
                raw.scan(self.code())
            return timed(lambda: raw.scan(code))

        def shop_lookup(code: str) -> int:
            start = time.perf_counter_ns()
            with self.db.read() as uow:
                sellable_by_code(uow, code, settings)
            return time.perf_counter_ns() - start

        def raw_lookup(code: str) -> int:
            return timed(lambda: raw.lookup(code))

        for fn in (shop_scan, raw_scan, shop_lookup, raw_lookup):  # warm up
            for code in self.codes(100):
                fn(code)
        samples: dict[str, list[int]] = {"scan": [], "raw_scan": [], "look": [], "raw_look": []}
        per_round = plan.scans // plan.rounds
        for _ in range(plan.rounds):
            samples["scan"] += [shop_scan(c) for c in self.codes(per_round)]
            samples["raw_scan"] += [raw_scan(c) for c in self.codes(per_round)]
            samples["look"] += [shop_lookup(c) for c in self.codes(per_round)]
            samples["raw_look"] += [raw_lookup(c) for c in self.codes(per_round)]
        if session.cart.lines:
            session.void("benchmark")
        if raw.lines:
            raw.void()
        scan = Stats(tuple(samples["scan"]))
        self.scan_p95 = scan.p95_ms
        self.rows.append(
            Row(
                "a. scan -> line in cart",
                self.count,
                scan,
                Stats(tuple(samples["raw_scan"])),
                "p95 < 1 ms",
                scan.p95_ms < 1.0,
            )
        )
        self.rows.append(
            Row(
                "a. barcode lookup alone",
                self.count,
                Stats(tuple(samples["look"])),
                Stats(tuple(samples["raw_look"])),
            )
        )
        self.bench_stacked_lookup(per_round)

    def bench_stacked_lookup(self, per_round: int) -> None:
        """The lookup of a product taxed at two rates (GST and QST): one row more to read."""
        code = with_check_digit("409999999999")  # beyond every seeded product
        standard = next(r.id for r in list_tax_rates(self.db) if r.name == "Standard")
        boss = Actor(self.cashier.id, "Bench")
        regional = create_tax_rate(self.db, "Regional", Decimal("9.975"), actor=boss).id
        create_product(
            self.db,
            ProductInput(
                sku="BENCH-STACKED",
                name="Two rates",
                price=Decimal("9.99"),
                tax_rate_id=standard,
                tax_rate_ids=(standard, regional),
                barcodes=[code],
            ),
            actor=boss,
        )
        settings, raw = self.settings, RawTill(self.con, "RAW-STACKED", self.cashier.id)

        def shop_lookup() -> int:
            start = time.perf_counter_ns()
            with self.db.read() as uow:
                sellable_by_code(uow, code, settings)
            return time.perf_counter_ns() - start

        shop: list[int] = []
        hand: list[int] = []
        for _ in range(self.plan.rounds):
            shop += [shop_lookup() for _ in range(per_round)]
            hand += [timed(lambda: raw.lookup(code)) for _ in range(per_round)]
        self.rows.append(
            Row("a. lookup alone, 2 rates", self.count, Stats(tuple(shop)), Stats(tuple(hand)))
        )

    # b. a durable 5-line sale, one cash payment: only pay() is timed

    def bench_sale(self) -> None:
        """The durable sale, its audit chain entry included on both sides. Wall clock and,
        beside it, the CPU time of the same calls (``thread_time``): on a shared machine
        the wall clock carries other processes' disk flushes and CPU, the CPU time far less."""
        plan = self.plan
        session = CartSession(self.db, "BENCH-SALE", self.cashier, self.settings)
        raw = RawTill(self.con, "RAW-SALE", self.cashier.id)
        cpu: dict[str, list[int]] = {"shop": [], "raw": []}

        def timed_both(fn: Callable[[], object], side: str) -> int:
            wall, used = time.perf_counter_ns(), time.thread_time_ns()
            fn()
            cpu[side].append(time.thread_time_ns() - used)
            return time.perf_counter_ns() - wall

        def shop_sale() -> int:
            for code in self.codes(5):
                session.scan(code)
            tender = Tender(PaymentMethod.CASH, ceil_to_ten(session.totals().total))
            return timed_both(lambda: session.pay([tender]), "shop")

        def raw_sale() -> int:
            for code in self.codes(5):
                raw.scan(code)
            return timed_both(raw.pay, "raw")

        for _ in range(20):
            shop_sale()
            raw_sale()
        cpu["shop"].clear()
        cpu["raw"].clear()
        shop: list[int] = []
        hand: list[int] = []
        # One sale each in turn, not rounds of many: a durable sale is mostly its fsync, and
        # on a shared disk another process's burst of writes lasts longer than a round.
        for _ in range(plan.sales):
            shop.append(shop_sale())
            hand.append(raw_sale())
        s, r = Stats(tuple(shop)), Stats(tuple(hand))
        ratio = s.median_ms / r.median_ms
        self.rows.append(
            Row(
                "b. durable 5-line sale (pay)",
                self.count,
                s,
                r,
                "p95 < 15 ms, <= 1.5x raw",
                s.p95_ms < 15 and ratio <= 1.5,
                ratio=f"{ratio:.1f}x (p95 {s.p95_ms / r.p95_ms:.1f}x)",
            )
        )
        sc, rc = Stats(tuple(cpu["shop"])), Stats(tuple(cpu["raw"]))
        self.rows.append(
            Row(
                "b. durable sale, CPU time",
                self.count,
                sc,
                rc,
                ratio=f"{sc.median_ms / rc.median_ms:.1f}x",
            )
        )

    # c. search as you type, first 50

    def bench_search(self) -> None:
        plan = self.plan
        rng = self.rng
        everything: tuple[list[int], list[int]] = ([], [])
        for length in (1, 2, 3, 5):
            words = [w for w in SEARCH_WORDS if len(w) >= length and w.isalpha()]
            terms = [rng.choice(words)[:length] for _ in range(plan.searches)]
            for term in terms[:10]:  # warm up
                search_products(self.db, term)
                raw_search(self.con, term)
            shop: list[int] = []
            hand: list[int] = []
            for index, term in enumerate(terms):
                pair = [
                    (shop, lambda t=term: search_products(self.db, t)),
                    (hand, lambda t=term: raw_search(self.con, t)),
                ]
                for bucket, fn in pair if index % 2 else reversed(pair):
                    bucket.append(timed(fn))
            s, r = Stats(tuple(shop)), Stats(tuple(hand))
            everything[0].extend(shop)
            everything[1].extend(hand)
            self.rows.append(
                Row(
                    f"c. search {length} letter{'s' if length > 1 else ''}, first 50",
                    self.count,
                    s,
                    r,
                    "p95 < 30 ms",
                    s.p95_ms < 30,
                )
            )
        s, r = Stats(tuple(everything[0])), Stats(tuple(everything[1]))
        self.rows.append(
            Row("c. search, all lengths", self.count, s, r, "p95 < 30 ms", s.p95_ms < 30)
        )

    # d. opening the database

    def bench_open(self) -> None:
        plan = self.plan
        url = sqlite_url(self.path)
        code = self.code()
        shop_child = (
            "import json, sys, time\n"
            "t0 = time.perf_counter_ns()\n"
            "from pos.db.engine import open_database\n"
            "from pos.services.lookup import find_by_code\n"
            "from pos.services.settings import get_settings\n"
            "t1 = time.perf_counter_ns()\n"
            "db = open_database(sys.argv[1])\n"
            "find_by_code(db, sys.argv[2], get_settings(db))\n"
            "t2 = time.perf_counter_ns()\n"
            "print(json.dumps([t1 - t0, t2 - t1]))\n"
        )
        raw_child = (
            "import json, sqlite3, sys, time\n"
            "t1 = time.perf_counter_ns()\n"
            "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "for p in ('journal_mode=WAL', 'synchronous=FULL', 'foreign_keys=ON',"
            " 'busy_timeout=15000'):\n"
            "    con.execute('PRAGMA ' + p)\n"
            "con.execute('SELECT key, value FROM settings').fetchall()\n"
            f"con.execute({LOOKUP_SQL!r}, (sys.argv[2],)).fetchall()\n"
            "t2 = time.perf_counter_ns()\n"
            "print(json.dumps([0, t2 - t1]))\n"
        )

        def child(source: str, target: str) -> tuple[int, int, int]:
            start = time.perf_counter_ns()
            out = subprocess.run(
                [sys.executable, "-c", source, target, code],
                cwd=REPO,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            wall = time.perf_counter_ns() - start
            imports, opened = json.loads(out.strip().splitlines()[-1])
            return imports, opened, wall

        cold: dict[str, list[int]] = {"open": [], "imp": [], "wall": [], "raw": [], "raw_wall": []}
        for _ in range(plan.cold_opens):
            imports, opened, wall = child(shop_child, url)
            cold["imp"].append(imports)
            cold["open"].append(opened)
            cold["wall"].append(wall)
            _, opened, wall = child(raw_child, str(self.path))
            cold["raw"].append(opened)
            cold["raw_wall"].append(wall)

        def shop_warm() -> None:
            db = open_database(url)
            try:
                with db.read() as uow:
                    sellable_by_code(uow, code, get_settings(db))
            finally:
                db.close()

        def raw_warm() -> None:
            con = raw_connect(self.path)
            try:
                con.execute("SELECT key, value FROM settings").fetchall()
                con.execute(LOOKUP_SQL, (code,)).fetchall()
            finally:
                con.close()

        warm: tuple[list[int], list[int]] = ([], [])
        for _ in range(plan.warm_opens):
            warm[0].append(timed(shop_warm))
            warm[1].append(timed(raw_warm))
        s, r = Stats(tuple(cold["open"])), Stats(tuple(cold["raw"]))
        self.rows.append(
            Row("d. open + first lookup, new process", self.count, s, r, "< 300 ms", s.p95_ms < 300)
        )
        self.rows.append(
            Row(
                "d. ... + python start and imports",
                self.count,
                Stats(tuple(cold["wall"])),
                Stats(tuple(cold["raw_wall"])),
            )
        )
        self.rows.append(
            Row("d. ... of which imports of pos", self.count, Stats(tuple(cold["imp"])), None)
        )
        s, r = Stats(tuple(warm[0])), Stats(tuple(warm[1]))
        self.rows.append(
            Row(
                "d. open + first lookup, warm process", self.count, s, r, "< 300 ms", s.p95_ms < 300
            )
        )

    # e. sustained sales per second

    def bench_sustained(self) -> None:
        plan = self.plan
        session = CartSession(self.db, "BENCH-RUN", self.cashier, self.settings)
        raw = RawTill(self.con, "RAW-RUN", self.cashier.id)

        def shop_sale(codes: list[str]) -> None:
            for code in codes:
                session.scan(code)
            session.pay([Tender(PaymentMethod.CASH, ceil_to_ten(session.totals().total))])

        def raw_sale(codes: list[str]) -> None:
            for code in codes:
                raw.scan(code)
            raw.pay()

        per_round = plan.sustained // plan.rounds
        shop: list[int] = []
        hand: list[int] = []
        walls = [0, 0]

        def block(sell: Callable[[list[str]], None], bucket: list[int]) -> int:
            carts = [self.codes(self.rng.randint(2, 4)) for _ in range(per_round)]
            start = time.perf_counter_ns()
            for codes in carts:
                bucket.append(timed(lambda c=codes: sell(c)))  # type: ignore[misc]
            return time.perf_counter_ns() - start

        for _ in range(plan.rounds):
            walls[0] += block(shop_sale, shop)
            walls[1] += block(raw_sale, hand)
        s, r = Stats(tuple(shop)), Stats(tuple(hand))
        rates = (len(shop) * 1e9 / walls[0], len(hand) * 1e9 / walls[1])
        self.rows.append(
            Row(
                f"e. sustained sales, 2-4 lines ({len(shop):,})",
                self.count,
                s,
                r,
                ">= 300 sales/s",
                rates[0] >= 300,
                ratio=f"{rates[1] / rates[0]:.1f}x slower",
                rate=rates,
            )
        )


# --- main ----------------------------------------------------------------------------------


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_core",
        description="Benchmark ShopTill's core beside raw sqlite3 (not a test: always exits 0).",
    )
    parser.add_argument(
        "--products",
        type=int,
        default=None,
        help=f"catalog size (default {FULL_SIZE:,}; {COMPARE_SIZE:,} with --quick); "
        f"a {COMPARE_SIZE:,}-product catalog is measured too for comparison",
    )
    parser.add_argument("--db", type=Path, help="where the seeded catalog of --products lives")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "shoptill-bench",
        help="where seeded databases are kept between runs (default %(default)s)",
    )
    parser.add_argument("--quick", action="store_true", help="one catalog size, fewer rounds")
    parser.add_argument("--reseed", action="store_true", help="seed again even if cached")
    parser.add_argument("--seed", type=int, default=20261124, help="random seed")
    parser.add_argument(
        "--sustained",
        type=int,
        default=None,
        help="sales in the sustained measure (default 10,000; 2,000 with --quick)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=["scan", "sale", "search", "open", "sustained"],
        help="run only this measure (may be given more than once)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    plan = QUICK_PLAN if args.quick else FULL_PLAN
    if args.sustained:
        plan = replace(plan, sustained=args.sustained)
    size = args.products or (COMPARE_SIZE if args.quick else FULL_SIZE)
    sizes = [size] if args.quick or size == COMPARE_SIZE else sorted({COMPARE_SIZE, size})
    cache: Path = args.cache_dir
    cache.mkdir(parents=True, exist_ok=True)
    print(
        f"ShopTill core benchmark: Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, SQLAlchemy {sqlalchemy.__version__}, "
        f"{os.cpu_count()} CPUs, {platform.platform()}, load average {load_average()}",
        flush=True,
    )
    seeds: dict[int, dict[str, Any]] = {}
    for count in sizes:
        path = args.db if args.db is not None and count == size else cache / f"products-{count}.db"
        info, fresh = seeded(path.resolve(), count, args.seed, args.reseed)
        info["path"] = str(path.resolve())
        info["fresh"] = fresh
        seeds[count] = info

    rows: list[Row] = []
    scan_p95: dict[int, float] = {}
    for count in sizes:
        seed_path = Path(seeds[count]["path"])
        work = seed_path.with_name(seed_path.stem + ".run.db")
        remove_db(work)
        copy_flushed(seed_path, work)
        print(f"measuring {count:,} products on {work} ...", flush=True)
        only = frozenset(args.only or ())
        run = SizeRun(work, count, plan, random.Random(args.seed + count), only)
        rows += run.run()
        scan_p95[count] = run.scan_p95
        remove_db(work)

    if len(sizes) == 2 and all(scan_p95.values()):
        small, big = sizes
        growth = scan_p95[big] / scan_p95[small]
        rows.append(
            Row(
                f"a. scan p95 at {big:,} / at {small:,}",
                big,
                None,
                None,
                "<= 2x",
                growth <= 2,
                ratio=f"{growth:.2f}x",
            )
        )
    rows.sort(key=lambda r: (r.measure[:2], r.products))

    print()
    print(render(rows))
    print()
    for count, info in seeds.items():
        how = f"seeded now in {info['seconds']} s" if info["fresh"] else "cached seed"
        print(
            f"catalog {count:,}: {info['path']} {info['bytes'] / 1e6:,.0f} MB, {how} "
            f"(load {info['load_seconds']} s, FTS rebuild {info['fts_rebuild_seconds']} s)"
        )
    print(f"load average at the end: {load_average()} (other work on the machine adds noise)")
    missed = [r for r in rows if r.passed is False]
    print(
        "targets missed: " + (", ".join(f"{r.measure} @ {r.products:,}" for r in missed) or "none")
    )
    print(
        "notes: times are wall clock per operation (perf_counter_ns); ratio = ShopTill median / "
        "raw median; sales and parked carts are durable commits (WAL, synchronous=FULL); "
        "the open cart's snapshot after each scan is crash-safe but not fsynced (NORMAL)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
