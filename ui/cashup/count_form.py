"""The cash drawer counted on screen: one row per note and coin, or one amount.

Each row shows the piece, a field for how many, and the line's total; the drawer's total
is below, live. The rules are the service's (``pos.services.cashup.drawer``): a count is
a whole number from 0 up, so "-5" or "abc" is refused at its own field, in red, with the
service's message, and the total counts only what can be counted. Enter moves to the
next field as Tab does; Enter on the last one submits.

A currency with no list of notes and coins (``denominations`` says so) is counted as one
amount, and the form says why.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidInput
from pos.domain.money import ZERO
from pos.services.cashup.drawer import DrawerCount, count_as_amount, count_by_pieces, denominations
from pos.services.settings import ShopSettings
from ui.sales.money_text import MoneyText
from ui.widgets.forms import TOUCH_HEIGHT, MessageLabel

_BAD = "QLineEdit { border: 2px solid #b00020; background: #fdecee; }"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: More pieces than this go into two columns (notes, then coins), to fit 600 px screens.
_ONE_COLUMN_MOST = 7


class DrawerCountForm(QWidget):
    """Count the drawer by note and coin, or as one amount.

    Signals:
        changed(): a count or the way of counting changed.
        submitted(): Enter in the last field: the count is done.
    """

    changed = Signal()
    submitted = Signal()

    def __init__(
        self,
        settings: ShopSettings,
        text: MoneyText,
        *,
        by_pieces: bool = True,
        total_caption: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._total_caption = total_caption or self.tr("Counted:")
        self.settings = settings
        self.text = text
        self.fields: dict[Decimal, QLineEdit] = {}
        self.line_totals: dict[Decimal, QLabel] = {}
        try:
            self.pieces: tuple[Decimal, ...] = denominations(settings)
            no_table = ""
        except InvalidInput as error:
            self.pieces, no_table = (), str(error)
        self.pieces_choice = QRadioButton(self.tr("By note and coin"))
        self.amount_choice = QRadioButton(self.tr("As one amount"))
        for choice in (self.pieces_choice, self.amount_choice):
            choice.setMinimumHeight(TOUCH_HEIGHT)
        self.pieces_choice.setAccessibleName(self.tr("Count by note and coin"))
        self.amount_choice.setAccessibleName(self.tr("Count as one amount"))
        group = QButtonGroup(self)
        group.addButton(self.pieces_choice)
        group.addButton(self.amount_choice)
        self.no_table = QLabel(no_table)
        self.no_table.setWordWrap(True)
        self.no_table.setVisible(bool(no_table))
        self.grid_holder = self._grid()
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount counted"))
        self.amount.setPlaceholderText(self.text.money(Decimal(0)))
        self.amount.setMinimumHeight(TOUCH_HEIGHT)
        self.amount.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.amount.textChanged.connect(self._update)
        self.amount.returnPressed.connect(self.submitted)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total counted"))
        font = self.total.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setAlignment(_RIGHT)
        self.message = MessageLabel(self.tr("Count message"))
        self._lay_out()
        self.pieces_choice.setEnabled(bool(self.pieces))
        (self.pieces_choice if by_pieces and self.pieces else self.amount_choice).setChecked(True)
        self.pieces_choice.toggled.connect(self._mode_changed)
        self._mode_changed()

    # --- building -----------------------------------------------------------------------

    def _grid(self) -> QScrollArea:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        columns = 1 if len(self.pieces) <= _ONE_COLUMN_MOST else 2
        per_column = -(-len(self.pieces) // columns)
        for index, piece in enumerate(self.pieces):
            row, group = index % per_column, index // per_column
            shown = self.text.money(piece)
            label = QLabel(shown)
            label.setAlignment(_RIGHT)
            field = QLineEdit()
            field.setAccessibleName(self.tr("How many {piece}").format(piece=shown))
            field.setPlaceholderText("0")
            field.setMinimumHeight(TOUCH_HEIGHT)
            field.setMaximumWidth(90)
            field.setAlignment(_RIGHT)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            field.textChanged.connect(self._update)
            field.installEventFilter(self)
            label.setBuddy(field)
            line = QLabel()
            line.setAlignment(_RIGHT)
            line.setMinimumWidth(self.fontMetrics().horizontalAdvance(shown) + 40)
            line.setAccessibleName(self.tr("Total of {piece}").format(piece=shown))
            base = group * 5  # label, times sign, field, line total, a gap
            grid.addWidget(label, row, base)
            grid.addWidget(QLabel("\N{MULTIPLICATION SIGN}"), row, base + 1)
            grid.addWidget(field, row, base + 2)
            grid.addWidget(line, row, base + 3)
            self.fields[piece] = field
            self.line_totals[piece] = line
        if columns == 2:
            grid.setColumnMinimumWidth(4, 32)
        grid.setColumnStretch(columns * 5, 1)  # the rows stay together on a wide dialog
        holder = QWidget()
        holder.setLayout(grid)
        area = QScrollArea()
        area.setWidget(holder)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setAccessibleName(self.tr("Notes and coins"))
        return area

    def _lay_out(self) -> None:
        choices = QHBoxLayout()
        choices.addWidget(self.pieces_choice)
        choices.addWidget(self.amount_choice)
        choices.addStretch(1)
        self.total_row = QWidget()
        total_row = QHBoxLayout(self.total_row)
        total_row.setContentsMargins(0, 0, 0, 0)
        total_row.addWidget(QLabel(self._total_caption))
        total_row.addStretch(1)
        total_row.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.no_table)
        layout.addWidget(self.grid_holder, 1)
        layout.addWidget(self.amount)
        layout.addWidget(self.total_row)
        layout.addWidget(self.message)

    # --- state --------------------------------------------------------------------------

    @property
    def by_pieces(self) -> bool:
        return self.pieces_choice.isChecked()

    def _mode_changed(self) -> None:
        pieces = self.by_pieces
        self.grid_holder.setVisible(pieces)
        self.amount.setVisible(not pieces)
        self.focus_first()
        self._update()

    def focus_first(self) -> None:
        first = next(iter(self.fields.values()), None) if self.by_pieces else self.amount
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_locked(self, locked: bool) -> None:
        """Keep the count as it is (a blind count once the expected figure is shown)."""
        for field in (*self.fields.values(), self.amount):
            field.setReadOnly(locked)
        self.pieces_choice.setEnabled(not locked and bool(self.pieces))
        self.amount_choice.setEnabled(not locked)

    def count(self) -> DrawerCount:
        """The drawer as counted now.

        Raises:
            InvalidInput: a field holds something that is not a count (or an amount).
        """
        if self.by_pieces:
            typed = {piece: field.text() for piece, field in self.fields.items()}
            return count_by_pieces(self.settings, typed)
        text = self.amount.text().strip()
        amount = self.text.parse_money(text, "cash counted") if text else ZERO
        return count_as_amount(self.settings, amount)

    def counted(self) -> DrawerCount | None:
        """The count, or None while a field is refused."""
        try:
            return self.count()
        except InvalidInput:
            return None

    def _update(self) -> None:
        """Each line's total, the drawer's total, and each refused field marked."""
        problems: list[str] = []
        total = ZERO
        if self.by_pieces:
            for piece, field in self.fields.items():
                try:
                    many = count_by_pieces(self.settings, {piece: field.text()}).total
                except InvalidInput as error:
                    problems.append(str(error))
                    field.setStyleSheet(_BAD)
                    self.line_totals[piece].setText("—")
                    continue
                field.setStyleSheet("")
                total += many
                self.line_totals[piece].setText(self.text.money(many) if many else "")
        else:
            try:
                total = self.count().total
                self.amount.setStyleSheet("")
            except InvalidInput as error:
                problems.append(str(error))
                self.amount.setStyleSheet(_BAD)
        self.total.setText(self.text.money(total))
        if problems:
            self.message.show_error(problems[0])
        else:
            self.message.clear_message()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a count field goes to the next one; in the last, the count is done."""
        fields = list(self.fields.values())
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in fields
        ):
            at = fields.index(watched)
            if at + 1 < len(fields):
                fields[at + 1].setFocus(Qt.FocusReason.TabFocusReason)
                fields[at + 1].selectAll()
            else:
                self.submitted.emit()
            return True
        return super().eventFilter(watched, event)
