"""The SKUs and barcodes met earlier in a file, kept in 16 bytes a key or less.

A million-row file has a million SKUs and as many barcodes. A Python set of the strings
would hold some 170 MB; a set of their hashes still 110 MB. This keeps each key's 64-bit hash
in an open-addressing table of machine integers (``array('q')``, at most half full): about
16 MB a million keys, whatever their length.

Two different keys with the same 64-bit hash would read as a duplicate: one chance in some
10^7 for a file of a million rows. The row is then refused with its reason ("on an earlier
line too"), never imported wrongly.
"""

from __future__ import annotations

from array import array

_EMPTY = 0
#: 2 MiB: room for some 130,000 keys before the table first doubles.
_FIRST_SIZE = 1 << 18


class SeenKeys:
    """A set of strings, by their hashes, that only grows."""

    def __init__(self) -> None:
        self._slots = array("q", bytes(8 * _FIRST_SIZE))
        self._mask = _FIRST_SIZE - 1
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def __contains__(self, key: str) -> bool:
        wanted = hash(key) or 1  # 0 marks an empty slot
        slots, mask = self._slots, self._mask
        index = wanted & mask
        while True:
            found = slots[index]
            if found == wanted:
                return True
            if found == _EMPTY:
                return False
            index = (index + 1) & mask

    def add(self, key: str) -> None:
        wanted = hash(key) or 1
        slots, mask = self._slots, self._mask
        index = wanted & mask
        while (found := slots[index]) != _EMPTY:
            if found == wanted:
                return
            index = (index + 1) & mask
        slots[index] = wanted
        self._count += 1
        if self._count * 2 > len(slots):
            self._grow()

    def _grow(self) -> None:
        old = self._slots
        self._slots = slots = array("q", bytes(16 * len(old)))
        self._mask = mask = 2 * len(old) - 1
        for value in old:
            if value != _EMPTY:
                index = value & mask
                while slots[index] != _EMPTY:
                    index = (index + 1) & mask
                slots[index] = value
