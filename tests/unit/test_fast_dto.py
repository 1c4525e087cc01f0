"""``quick_init``: a frozen DTO built in one step behaves exactly as the dataclass did."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from pos.services.fast_dto import quick_init


@quick_init
@dataclass(frozen=True)
class Line:
    sku: str
    quantity: int
    note: str = ""


def test_built_in_one_step_it_stays_a_frozen_dataclass() -> None:
    line = Line("MILK", 2)
    assert (line.sku, line.quantity, line.note) == ("MILK", 2, "")
    assert line == Line(sku="MILK", quantity=2, note="")
    assert hash(line) == hash(Line("MILK", 2))
    assert repr(line) == "Line(sku='MILK', quantity=2, note='')"
    assert replace(line, quantity=3) == Line("MILK", 3)
    with pytest.raises(FrozenInstanceError):
        line.quantity = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        Line("MILK")  # type: ignore[call-arg]


def test_a_class_it_cannot_serve_is_refused() -> None:
    with pytest.raises(TypeError, match="slots"):

        @quick_init
        @dataclass(frozen=True, slots=True)
        class Slotted:
            sku: str

    with pytest.raises(TypeError, match="plain defaults"):

        @quick_init
        @dataclass(frozen=True)
        class Listed:
            skus: list[str] = field(default_factory=list)
