"""A till in a child process for the crash and concurrency tests (not a test module).

Usage: python -m tests.integration.sale_worker URL TILL COUNT BARCODE...
Completes COUNT sales (0: until killed), each of the given barcodes once, paid in cash, and
prints each sale's number on its own line as soon as the sale has committed.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from pos.db.engine import open_database
from pos.domain.payments import PaymentMethod, Tender
from pos.services.selling.cart import CartSession
from pos.services.shop import owner


def main(url: str, till_name: str, count: int, barcodes: list[str]) -> None:
    db = open_database(url)
    till = CartSession(db, till_name, owner(db))
    print("ready", flush=True)
    done = 0
    while count == 0 or done < count:
        for code in barcodes:
            till.scan(code)
        paid = till.totals().total + Decimal(5)
        sale = till.pay([Tender(PaymentMethod.CASH, paid)])
        print(sale.number, flush=True)
        done += 1
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:])
