"""The shop's categories: add, rename, merge two, delete (moving the products), colour.

Every change is saved at once as its own logged action, off the UI thread: merging a
category of half a million products takes a while, and the window never freezes meanwhile.
A user whose role may not edit products is asked for a manager's approval, which covers
that one change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import NotAllowed, ShopError
from pos.services.catalog.categories import (
    CategoryCount,
    CategoryOverview,
    add_category,
    category_overview,
    delete_category,
    merge_categories,
    rename_category,
    set_category_colour,
)
from pos.services.database import Database
from pos.services.dto import Actor
from ui.ops import Op
from ui.products.category_model import EDIT_TRIGGERS, NAME, CategoryModel, category_view
from ui.products.category_prompts import ask_colour, ask_deletion, ask_merge_target
from ui.staff.approval import ask_approval
from ui.widgets.forms import MessageLabel, touch_sized


class CategoriesDialog(QDialog):
    """The categories table with its actions; a name is also renamed in place (double-click
    or F2), and Delete deletes the selected category.

    Signals:
        changed(): a category was added, renamed, merged, deleted or given a colour; screens
            that show categories (the products table, the quick picks) read them again.
    """

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.busy = False
        self.setWindowTitle(self.tr("Categories"))
        self.setMinimumSize(600, 460)
        self.model = CategoryModel(self)
        self.view = self._table()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name, e.g. Bakery"))
        self.new_name.setAccessibleName(self.tr("New category name"))
        self.buttons: dict[str, QPushButton] = {}
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Categories summary"))
        self.message = MessageLabel(self.tr("Category message"))
        self._lay_out()
        self.model.rename_requested.connect(self.rename, Qt.ConnectionType.QueuedConnection)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_name.returnPressed.connect(self.add)
        self.refresh()

    # --- layout -------------------------------------------------------------------------------

    def _table(self) -> QTableView:
        view = category_view(self.model)
        view.setAccessibleName(self.tr("Categories"))
        delete = QAction(self.tr("Delete category"), view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        view.addAction(delete)
        return view

    def _button(self, key: str, label: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        # Enter belongs to the field being typed in (Add, or a name edited in place).
        button.setAutoDefault(False)
        touch_sized(button)
        self.buttons[key] = button
        return button

    def _lay_out(self) -> None:
        tr = self.tr
        actions = QGridLayout()
        for index, (key, label, slot) in enumerate(
            [
                ("rename", tr("&Rename"), self.start_rename),
                ("merge", tr("&Merge into…"), self.merge_selected),
                ("delete", tr("&Delete…"), self.delete_selected),
                ("colour", tr("C&olour…"), self.choose_colour),
                ("clear", tr("C&lear colour"), self.clear_colour),
            ]
        ):
            actions.addWidget(self._button(key, label, slot), index // 3, index % 3)
        add_row = QHBoxLayout()
        add_label = QLabel(tr("New category:"))
        add_label.setBuddy(self.new_name)
        touch_sized(self.new_name)
        add_row.addWidget(add_label)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self._button("add", tr("&Add"), self.add))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        note = QLabel(
            tr(
                "Changes are saved at once. Double-click a name (or press F2) to rename it. "
                "A category's colour is the colour of its tab among the till's quick picks."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addWidget(close)

    # --- reading ------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Reread the categories, then select ``select`` (a category id) if given."""
        self._run(category_overview, self.db, then=lambda o: self._show(o, select), reread=False)

    def _show(self, overview: CategoryOverview, select: int | None) -> None:
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        self.model.set_categories(list(overview.categories))
        count = len(overview.categories)
        text = self.tr("1 category.") if count == 1 else self.tr("{n} categories.").format(n=count)
        if overview.without_category == 1:
            text += " " + self.tr("1 product has no category.")
        elif overview.without_category:
            text += " " + self.tr("{n} products have no category.").format(
                n=overview.without_category
            )
        self.summary.setText(text)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> CategoryCount | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.category(rows[0].row()) if rows else None

    # --- changes ------------------------------------------------------------------------------

    def add(self) -> None:
        """Add the category typed in the New category field."""
        self.message.clear_message()
        name = self.new_name.text()

        def added(category: Any) -> None:
            self.new_name.clear()
            self._saved(self.tr("Category {name} added.").format(name=category.name), category.id)

        self._run(add_category, self.db, name, actor=self.actor, then=added)

    def start_rename(self) -> None:
        """Open the selected name for editing, as F2 does."""
        if self._chosen() is not None:
            index = self.view.selectionModel().selectedRows()[0]
            self.view.setFocus()
            self.view.edit(index.siblingAtColumn(NAME))

    def rename(self, category_id: int, name: str) -> None:
        """Save a name typed in place, or say why the category cannot have it."""
        self.message.clear_message()
        self._run(
            rename_category,
            self.db,
            category_id,
            name,
            actor=self.actor,
            then=lambda c: self._saved(
                self.tr("Category renamed to {name}.").format(name=c.name), c.id
            ),
        )

    def merge_selected(self) -> None:
        """Merge the selected category into another one the user picks."""
        source = self._chosen()
        if source is None:
            return
        others = [c for c in self.model.categories() if c.id != source.id]
        if not others:
            self.message.show_error(self.tr("There is no other category to merge into."))
            return
        target = ask_merge_target(self, source, others)
        if target is None:
            return

        def merged(moved: int) -> None:
            text = self.tr("{source} merged into {target}: {products} moved.")
            products = self._products(moved)
            self._saved(
                text.format(source=source.name, target=target.name, products=products), target.id
            )

        self._moving(source.products)
        self._run(merge_categories, self.db, source.id, target.id, actor=self.actor, then=merged)

    def delete_selected(self) -> None:
        """Delete the selected category; one with products asks where they go first."""
        category = self._chosen()
        if category is None:
            return
        others = [c for c in self.model.categories() if c.id != category.id]
        answer = ask_deletion(self, category, others)
        if answer is None:
            return
        target = next((c.name for c in others if c.id == answer.move_to), None)

        def deleted(moved: int) -> None:
            if not moved:
                text = self.tr("Category {name} deleted.")
            elif target is None:
                text = self.tr("Category {name} deleted; {products} left without a category.")
            else:
                text = self.tr("Category {name} deleted; {products} moved to {target}.")
            products = self._products(moved)
            self._saved(
                text.format(name=category.name, products=products, target=target), answer.move_to
            )

        if answer.move_products:
            self._moving(category.products)
        self._run(
            delete_category,
            self.db,
            category.id,
            actor=self.actor,
            move_products=answer.move_products,
            move_to=answer.move_to,
            then=deleted,
        )

    def choose_colour(self) -> None:
        """Pick the selected category's tab colour."""
        category = self._chosen()
        colour = None if category is None else ask_colour(self, category)
        if category is not None and colour is not None:
            self._set_colour(category, colour)

    def clear_colour(self) -> None:
        """Give the selected category's tab the style's own colour again."""
        category = self._chosen()
        if category is not None:
            self._set_colour(category, None)

    def _set_colour(self, category: CategoryCount, colour: str | None) -> None:
        text = (
            self.tr("Colour of {name} cleared.")
            if colour is None
            else self.tr("Colour of {name} set to {colour}.")
        )
        self._run(
            set_category_colour,
            self.db,
            category.id,
            colour,
            actor=self.actor,
            then=lambda c: self._saved(text.format(name=c.name, colour=c.colour), c.id),
        )

    def _moving(self, count: int) -> None:
        """Say what is happening: a big category takes seconds to move (about 25,000
        products a second on a slow machine), all or nothing."""
        self.message.show_info(self.tr("Moving {products}…").format(products=self._products(count)))

    def _products(self, count: int) -> str:
        return self.tr("1 product") if count == 1 else self.tr("{n} products").format(n=count)

    # --- running ------------------------------------------------------------------------------

    def _chosen(self) -> CategoryCount | None:
        """The selected category, or None with a message saying to pick one."""
        self.message.clear_message()
        category = self.selected()
        if category is None:
            self.message.show_error(self.tr("Choose a category in the table first."))
        return category

    def _run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None],
        reread: bool = True,
        **kw: Any,
    ) -> None:
        """Call a service off the UI thread; the actions wait until it has answered. After a
        refusal the categories are read again (with ``reread``): another till may have
        changed them. A refusal for the user's role asks for a manager's approval and calls
        it once more (``kw["actor"]`` is who acts)."""
        self._set_busy(True)

        def failed(error: BaseException) -> None:
            actor: Actor | None = kw.get("actor")
            if isinstance(error, NotAllowed) and actor is not None and actor.approver_id is None:
                self._set_busy(False)
                approved = ask_approval(self, self.db, actor, error)
                if approved is not None:
                    self._run(fn, *args, then=then, reread=reread, **{**kw, "actor": approved})
                    return
                error = NotAllowed(error.permission, self.tr("Not approved: nothing was changed."))
            self._failed(error, reread)

        Op(fn, *args, **kw).success(lambda result: self._answered(then, result)).failure(
            failed
        ).start()

    def _answered(self, then: Callable[[Any], None], result: Any) -> None:
        self._set_busy(False)
        then(result)

    def _failed(self, error: BaseException, reread: bool) -> None:
        self._set_busy(False)
        if isinstance(error, ShopError):
            self.message.show_error(str(error))
        else:
            self.message.show_error(self.tr("That did not work: {why}").format(why=error))
        if reread:
            self.refresh()

    def _saved(self, text: str, select: int | None) -> None:
        self.message.show_success(text)
        self.changed.emit()
        self.refresh(select)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            for button in self.buttons.values():
                button.setEnabled(False)
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            self.unsetCursor()
            self.view.setEditTriggers(EDIT_TRIGGERS)
            self._update_buttons()

    def _update_buttons(self) -> None:
        if self.busy:
            return
        category = self.selected()
        self.buttons["add"].setEnabled(True)
        for key in ("rename", "delete", "colour"):
            self.buttons[key].setEnabled(category is not None)
        self.buttons["merge"].setEnabled(category is not None and self.model.rowCount() > 1)
        self.buttons["clear"].setEnabled(category is not None and category.colour is not None)
