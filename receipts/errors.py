"""The one error a print job ends in, whatever went wrong with the printer."""

from __future__ import annotations

from pos.domain.errors import ShopError


class PrintingError(ShopError):
    """A receipt or test page could not be printed.

    The message says, in a shopkeeper's words, which printer failed and what to check. The
    document itself is never affected: a sale is committed before anything is printed, so
    it can always be printed again.
    """
