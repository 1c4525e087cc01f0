"""Real sockets and files: every printer fault ends in a clear error, the sale survives,
and a later reprint succeeds."""

from __future__ import annotations

import gc
import socket
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.services.dto import Actor, SaleDTO
from pos.services.selling.records import get_sale
from pos.services.settings import get_settings, update_settings
from receipts.errors import PrintingError
from receipts.escpos_lib import Network, Usb
from receipts.escpos_printer import make_printer, print_receipt, print_test_page
from receipts.settings import PrinterSettings, parse_connection
from tests.receipts.escpos_decode import printed_text
from tests.receipts.fake_printer import STATUS_QUERY, FakePrinter, Mode

StartPrinter = Callable[..., FakePrinter]


def closed_port() -> int:
    """A port on 127.0.0.1 nobody listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_jobs(server: FakePrinter, count: int) -> None:
    deadline = time.monotonic() + 5
    while len(server.jobs) < count and time.monotonic() < deadline:
        time.sleep(0.01)


def reprint_works(db: Database, sale: SaleDTO, start: StartPrinter) -> None:
    """After a fault: the sale is still there, unchanged, and prints on a good printer."""
    assert get_sale(db, sale.number) == sale
    good = start(Mode.OK)
    print_receipt(get_sale(db, sale.number), get_settings(db), reprint=True)
    wait_for_jobs(good, 1)
    text = printed_text(good.received.replace(STATUS_QUERY, b""))
    assert "*** COPY ***" in text and f"€{sale.total}" in text
    assert b"\x1bp" not in good.received, "a reprint never opens the drawer"


def test_network_printer_gets_the_receipt(
    db: Database, sale: SaleDTO, printer_at: StartPrinter
) -> None:
    server = printer_at(Mode.OK)
    print_receipt(sale, get_settings(db))
    wait_for_jobs(server, 1)
    job = server.jobs[0]
    assert job.startswith(STATUS_QUERY + b"\x1b@\x1bt\x13"), "status first, then the job"
    assert job.endswith(b"\x1bp\x00\x32\x32" + STATUS_QUERY), "drawer for cash, then status"
    text = printed_text(job.replace(STATUS_QUERY, b""))
    assert f"€{sale.total}" in text and f"€{sale.change}" in text and "*** COPY" not in text
    assert b"\x1dkI\x09{BS000001" in job


def test_refused_connection(
    db: Database, sale: SaleDTO, printer_at: StartPrinter, actor: Actor
) -> None:
    update_settings(db, printer={"connection": f"127.0.0.1:{closed_port()}"}, actor=actor)
    with pytest.raises(PrintingError, match=r"at 127\.0\.0\.1:\d+ refused the connection"):
        print_receipt(sale, get_settings(db))
    reprint_works(db, sale, printer_at)


def test_printer_that_never_answers_times_out_quickly(
    db: Database, sale: SaleDTO, printer_at: StartPrinter
) -> None:
    printer_at(Mode.STALL, timeout=0.3)
    started = time.monotonic()
    with pytest.raises(PrintingError, match=r"did not answer within 0\.3 s\. Check it is"):
        print_receipt(sale, get_settings(db))
    assert time.monotonic() - started < 2
    reprint_works(db, sale, printer_at)


def test_printer_hanging_up_mid_job(db: Database, sale: SaleDTO, printer_at: StartPrinter) -> None:
    printer_at(Mode.HANG_UP)
    with pytest.raises(PrintingError, match="closed the connection in the middle of printing"):
        print_receipt(sale, get_settings(db))
    reprint_works(db, sale, printer_at)


def test_printer_out_of_paper(db: Database, sale: SaleDTO, printer_at: StartPrinter) -> None:
    server = printer_at(Mode.PAPER_OUT)
    with pytest.raises(PrintingError, match=r"out of paper\. Put in a new roll and reprint"):
        print_receipt(sale, get_settings(db))
    wait_for_jobs(server, 1)
    assert server.jobs[0] == STATUS_QUERY, "nothing is sent to a printer without paper"
    reprint_works(db, sale, printer_at)


def test_unknown_host_name(
    db: Database, sale: SaleDTO, printer_at: StartPrinter, actor: Actor
) -> None:
    update_settings(
        db, printer={"connection": "no-such-printer.invalid:9100", "timeout": 1}, actor=actor
    )
    with pytest.raises(PrintingError, match=r"no-such-printer\.invalid"):
        print_receipt(sale, get_settings(db))
    reprint_works(db, sale, printer_at)


def test_status_check_can_be_switched_off(
    db: Database, sale: SaleDTO, printer_at: StartPrinter
) -> None:
    server = printer_at(Mode.OK, check_status=False)
    print_receipt(sale, get_settings(db))
    wait_for_jobs(server, 1)
    assert STATUS_QUERY not in server.jobs[0]


def test_card_sale_does_not_open_the_drawer(
    db: Database, card_sale: SaleDTO, printer_at: StartPrinter
) -> None:
    server = printer_at(Mode.OK)
    print_receipt(card_sale, get_settings(db))
    wait_for_jobs(server, 1)
    assert b"\x1bp" not in server.jobs[0]


def test_network_timeout_is_short_not_sixty_seconds() -> None:
    printer = make_printer(parse_connection("192.168.1.50"), PrinterSettings())
    assert isinstance(printer, Network)
    assert (printer.host, printer.port, printer.timeout) == ("192.168.1.50", 9100, 3.0)


def test_device_file_printer(db: Database, sale: SaleDTO, tmp_path: Path, actor: Actor) -> None:
    device = tmp_path / "lp0"
    update_settings(db, printer={"connection": f"file:{device}", "width": 32}, actor=actor)
    print_receipt(sale, get_settings(db))
    text = printed_text(device.read_bytes())
    assert f"€{sale.total}" in text and max(len(line) for line in text.splitlines()) <= 32


def test_device_file_that_cannot_be_opened(
    db: Database, sale: SaleDTO, tmp_path: Path, actor: Actor
) -> None:
    update_settings(db, printer={"connection": f"file:{tmp_path}/unplugged/lp0"}, actor=actor)
    with pytest.raises(PrintingError, match=r"device .*/unplugged/lp0 cannot be used .*plugged in"):
        print_receipt(sale, get_settings(db))
    assert get_sale(db, sale.number) == sale


def test_test_page_on_a_device_file(
    db: Database, sale: SaleDTO, tmp_path: Path, actor: Actor
) -> None:
    device = tmp_path / "lp0"
    update_settings(db, printer={"connection": f"file:{device}"}, actor=actor)
    print_test_page(get_settings(db))
    job = device.read_bytes()
    assert b"TEST PRINT" in job and job.endswith(b"\x1bp\x00\x32\x32")


@pytest.mark.parametrize(
    ("connection", "package"),
    [("usb:04b8:0202", "pyusb"), ("serial:/dev/ttyUSB0:19200", "pyserial"), ("cups:TM", "pycups")],
)
def test_missing_driver_package_is_named(
    db: Database,
    sale: SaleDTO,
    connection: str,
    package: str,
    monkeypatch: pytest.MonkeyPatch,
    actor: Actor,
) -> None:
    from receipts.escpos_lib import CupsPrinter, Serial

    for cls in (Usb, Serial, CupsPrinter):
        monkeypatch.setattr(cls, "is_usable", staticmethod(lambda: False))
    update_settings(db, printer={"connection": connection}, actor=actor)
    with pytest.raises(PrintingError, match=f"needs the {package} package"):
        print_receipt(sale, get_settings(db))


def test_usb_printer_is_made_with_ids_and_millisecond_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The one mock: there is no USB printer here. pyusb may not even be installed.
    monkeypatch.setattr(Usb, "is_usable", staticmethod(lambda: True))
    monkeypatch.setattr(Usb, "close", lambda self: None)  # its __del__ would need pyusb
    printer = make_printer(parse_connection("usb:0x04b8:0x0e15"), PrinterSettings(timeout=2))
    assert isinstance(printer, Usb)
    assert (printer.usb_args["idVendor"], printer.usb_args["idProduct"]) == (0x04B8, 0x0E15)
    assert printer.timeout == 2000
    # Printers sit in a reference cycle (printer.magic.driver): collect it while close()
    # is still the stand-in.
    del printer
    gc.collect()


def test_no_printer_set_up(db: Database, sale: SaleDTO) -> None:
    with pytest.raises(InvalidInput, match="No receipt printer is set up"):
        print_receipt(sale, get_settings(db))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("192.168.1.50:9100", ("network", "192.168.1.50", 9100)),
        ("printer.local", ("network", "printer.local", 9100)),
        ("[fe80::1]:9101", ("network", "fe80::1", 9101)),
        ("serial:/dev/ttyUSB0:9600", ("serial", "/dev/ttyUSB0", 9600)),
        ("serial:COM3", ("serial", "COM3", 9600)),
        ("file:/dev/usb/lp0", ("file", "/dev/usb/lp0", 0)),
        ("cups:Receipts", ("cups", "Receipts", 0)),
    ],
)
def test_connection_strings(text: str, expected: tuple[str, str, int]) -> None:
    c = parse_connection(text)
    target = c.host or c.device or c.queue
    number = c.port if c.kind == "network" else c.baud if c.kind == "serial" else 0
    assert (c.kind.value, target, number) == expected


@pytest.mark.parametrize("text", ["", "usb:xyz", "1.2.3.4:99999", "file:", "two words"])
def test_bad_connection_strings(text: str) -> None:
    with pytest.raises(InvalidInput, match="is not a printer connection"):
        parse_connection(text)


def test_no_sale_kicks_only_the_drawer(
    db: Database, shop_profile: object, printer_at: StartPrinter
) -> None:
    from receipts.escpos_printer import open_drawer

    server = printer_at(Mode.OK, drawer_pin=5, drawer_on_ms=120, drawer_off_ms=240)
    open_drawer(get_settings(db))
    wait_for_jobs(server, 1)
    job = server.jobs[-1].replace(STATUS_QUERY, b"")
    assert job == b"\x1b@\x1bp\x01\x3c\x78"
