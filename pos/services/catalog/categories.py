"""Product categories: list with product counts, add, rename, merge, delete, colour.

Each change is one logged unit of work. Names are unique whatever their case ("Bakery" and
"bakery" are one category), so a product typed in with either finds the same one. The
statements are Core: moving half a million products to another category is one UPDATE,
never a walk over ORM objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from pos.db.base import utcnow
from pos.db.engine import Database
from pos.db.tables import categories, products
from pos.db.uow import UnitOfWork
from pos.domain.errors import InvalidInput, NotFound
from pos.services import audit
from pos.services.dto import Actor, CategoryDTO
from pos.services.staff.permissions import Permission, authorized

NAME_MAX = 80
_COLOUR = re.compile(r"^#[0-9a-f]{6}$")
#: Products per category, NULL for those without one: read from ix_products_category_id
#: alone (a covering index), never from the table's rows.
_COUNTS = select(products.c.category_id, func.count()).group_by(products.c.category_id)


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """A category with how many products (switched off ones included) are in it."""

    id: int
    name: str
    colour: str | None
    products: int


@dataclass(frozen=True, slots=True)
class CategoryOverview:
    """Every category by name, and how many products have none."""

    categories: tuple[CategoryCount, ...]
    without_category: int


def check_category_name(name: str) -> str:
    """The name as it is kept (spaces tidied), or InvalidInput saying what is wrong."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("Give the category a name.")
    if len(cleaned) > NAME_MAX:
        raise InvalidInput(f"Category names can have {NAME_MAX} characters at most.")
    return cleaned


def check_colour(colour: str) -> str:
    """A colour as '#rrggbb' in lower case, or InvalidInput."""
    cleaned = colour.strip().lower()
    if not _COLOUR.match(cleaned):
        raise InvalidInput(f"'{colour}' is not a colour. Use the form #rrggbb, e.g. #3a7bd5.")
    return cleaned


def category_overview(db: Database) -> CategoryOverview:
    """Every category by name (ignoring case) with its product count."""
    with db.read() as uow:
        counts: dict[int | None, int] = {
            category_id: int(n) for category_id, n in uow.connection.execute(_COUNTS)
        }
        rows = uow.connection.execute(
            select(categories.c.id, categories.c.name, categories.c.colour)
        ).all()
    listed = sorted(
        (CategoryCount(cid, name, colour, counts.get(cid, 0)) for cid, name, colour in rows),
        key=lambda c: (c.name.casefold(), c.id),
    )
    return CategoryOverview(tuple(listed), counts.get(None, 0))


def category_id_for_name(uow: UnitOfWork, name: str | None) -> int | None:
    """The id of the category called ``name`` in any case, made if there is none yet.

    None (no category) for an empty name. Used when a product is saved with a category
    typed in, inside that save's unit of work.
    """
    if name is None or not name.strip():
        return None
    cleaned = check_category_name(name)
    existing = _id_named(uow, cleaned)
    if existing is not None:
        return existing
    return _insert(uow, cleaned, None)


def add_category(
    db: Database, name: str, *, actor: Actor, colour: str | None = None
) -> CategoryDTO:
    """Add a category.

    Raises:
        InvalidInput: the name or colour is not usable, or a category has that name.
    """
    cleaned = check_category_name(name)
    colour = None if colour is None else check_colour(colour)
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        _refuse_taken(uow, cleaned)
        category_id = _insert(uow, cleaned, colour)
        audit.record(
            uow,
            "category_added",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            category_id=category_id,
            name=cleaned,
        )
        uow.commit()
    return CategoryDTO(category_id, cleaned, colour)


def rename_category(db: Database, category_id: int, name: str, *, actor: Actor) -> CategoryDTO:
    """Give a category a new name (a change of case only is allowed).

    Raises:
        InvalidInput: the name is not usable, or another category has it.
        NotFound: the category is gone.
    """
    cleaned = check_category_name(name)
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        old = _category(uow, category_id)
        _refuse_taken(uow, cleaned, but=category_id)
        uow.connection.execute(
            update(categories).where(categories.c.id == category_id).values(name=cleaned)
        )
        audit.record(
            uow,
            "category_renamed",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            category_id=category_id,
            old=old.name,
            new=cleaned,
        )
        uow.commit()
    return CategoryDTO(category_id, cleaned, old.colour)


def merge_categories(db: Database, source_id: int, target_id: int, *, actor: Actor) -> int:
    """Move every product of ``source_id`` into ``target_id`` and delete ``source_id``,
    all in one transaction. Returns how many products moved.

    Raises:
        InvalidInput: both are the same category.
        NotFound: either category is gone.
    """
    if source_id == target_id:
        raise InvalidInput("Choose another category to merge into.")
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        source = _category(uow, source_id)
        target = _category(uow, target_id)
        moved = _move_products(uow, source_id, target_id)
        uow.connection.execute(delete(categories).where(categories.c.id == source_id))
        audit.record(
            uow,
            "categories_merged",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            source_id=source_id,
            source=source.name,
            target_id=target_id,
            target=target.name,
            products=moved,
        )
        uow.commit()
    return moved


def delete_category(
    db: Database,
    category_id: int,
    *,
    actor: Actor,
    move_products: bool = False,
    move_to: int | None = None,
) -> int:
    """Delete a category. One with products is deleted only with ``move_products``: its
    products then go to ``move_to``, or to no category when that is None. Returns how many
    products moved.

    Raises:
        InvalidInput: the category still has products and ``move_products`` is off, or
            ``move_to`` is the category itself.
        NotFound: the category (or ``move_to``) is gone.
    """
    if move_products and move_to == category_id:
        raise InvalidInput("Choose another category for its products.")
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        category = _category(uow, category_id)
        if move_products:
            if move_to is not None:
                _category(uow, move_to)
            moved = _move_products(uow, category_id, move_to)
        else:
            moved = 0
            count = uow.connection.scalar(
                select(func.count())
                .select_from(products)
                .where(products.c.category_id == category_id)
            )
            if count:
                products_text = "1 product" if count == 1 else f"{count} products"
                raise InvalidInput(
                    f"'{category.name}' still has {products_text}. Move them to another "
                    "category, or to none, to delete it."
                )
        uow.connection.execute(delete(categories).where(categories.c.id == category_id))
        audit.record(
            uow,
            "category_deleted",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            category_id=category_id,
            name=category.name,
            products_moved=moved,
            moved_to=move_to if move_products else None,
        )
        uow.commit()
    return moved


def set_category_colour(
    db: Database, category_id: int, colour: str | None, *, actor: Actor
) -> CategoryDTO:
    """Set the colour of a category's quick-pick tab ('#rrggbb'), or clear it with None.

    Raises:
        InvalidInput: the colour is not of the form '#rrggbb'.
        NotFound: the category is gone.
    """
    cleaned = None if colour is None else check_colour(colour)
    with db.write() as uow:
        actor = authorized(uow, actor, Permission.EDIT_PRODUCTS)
        category = _category(uow, category_id)
        uow.connection.execute(
            update(categories).where(categories.c.id == category_id).values(colour=cleaned)
        )
        audit.record(
            uow,
            "category_colour_set",
            actor.user_id,
            actor.till,
            approver_id=actor.approver_id,
            category_id=category_id,
            old=category.colour,
            new=cleaned,
        )
        uow.commit()
    return CategoryDTO(category_id, category.name, cleaned)


# --- inside a unit of work -----------------------------------------------------------------


def _category(uow: UnitOfWork, category_id: int) -> CategoryDTO:
    row = uow.connection.execute(
        select(categories.c.id, categories.c.name, categories.c.colour).where(
            categories.c.id == category_id
        )
    ).first()
    if row is None:
        raise NotFound("That category no longer exists: it was deleted or merged at another till.")
    return CategoryDTO(row.id, row.name, row.colour)


def _id_named(uow: UnitOfWork, name: str, but: int | None = None) -> int | None:
    """The category called ``name`` in any case (other than ``but``).

    Compared in Python: SQL's lower() folds only ASCII on SQLite ('Äpfel' vs 'äpfel'), and
    a shop has hundreds of categories at most, not millions.
    """
    folded = name.casefold()
    for category_id, other in uow.connection.execute(select(categories.c.id, categories.c.name)):
        if category_id != but and other.casefold() == folded:
            return int(category_id)
    return None


def _refuse_taken(uow: UnitOfWork, name: str, but: int | None = None) -> None:
    holder = _id_named(uow, name, but)
    if holder is not None:
        existing = _category(uow, holder).name
        raise InvalidInput(f"There is already a category called '{existing}'.")


def _insert(uow: UnitOfWork, name: str, colour: str | None) -> int:
    try:
        category_id = uow.connection.scalar(
            insert(categories).values(name=name, colour=colour).returning(categories.c.id)
        )
    except IntegrityError:
        # Another till added the very same name since this one looked.
        raise InvalidInput(f"There is already a category called '{name}'.") from None
    assert category_id is not None
    return int(category_id)


def _move_products(uow: UnitOfWork, source_id: int, target_id: int | None) -> int:
    """Give every product of ``source_id`` the category ``target_id``; returns how many."""
    result = uow.connection.execute(
        update(products)
        .where(products.c.category_id == source_id)
        .values(category_id=target_id, updated_at=utcnow())
    )
    return int(result.rowcount)
