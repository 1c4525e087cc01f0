"""The end-of-day commands, run as a shopkeeper would: the real entry point, a real file."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.integration.test_cli import shoptill


def test_a_shift_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shop.db"
    assert shoptill("--db", url, "demo").returncode == 0
    # The demo's sales opened the till's shift: close it, counting €100 as one amount.
    # The card total ticked against the terminal's: the Z says so under it.
    first = shoptill("z-report", "--counted", "100", "--checked", "card", "--db", url)
    assert first.returncode == 0, first.stderr
    assert "Z REPORT" in first.stdout and "Z000001" in first.stdout
    assert "Counted" in first.stdout
    lines = first.stdout.splitlines()
    card = next(i for i, line in enumerate(lines) if line.startswith("Card ("))
    assert lines[card + 1].split() == ["Terminal's", "total", "checked"]
    opened = shoptill("open-shift", "--float", "50.00", "--db", url)
    assert opened.returncode == 0 and "open with 50.00" in opened.stdout
    # Bad input: a plain message on stderr, exit 1, nothing written.
    too_much = shoptill("cash", "out", "60", "--reason", "bank", "--db", url)
    assert too_much.returncode == 1 and "should hold only 50.00" in too_much.stderr
    negative = shoptill("z-report", "--pieces", "20=2,0.5=-3", "--db", url)
    assert negative.returncode == 1 and "not '-3'" in negative.stderr
    assert "Traceback" not in negative.stderr + too_much.stderr
    assert shoptill("cash", "in", "10", "--reason", "change", "--db", url).returncode == 0
    look = shoptill("x-report", "--db", url)
    assert "X000001" in look.stdout and "€60.00" in look.stdout  # float + cash in
    pdf = tmp_path / "z.pdf"
    closing = shoptill("z-report", "--pieces", "20=3", "--pdf", str(pdf), "--db", url)
    assert closing.returncode == 0, closing.stderr
    assert "Z000002" in closing.stdout and "Right" in closing.stdout
    assert "Z000002" in PdfReader(pdf).pages[0].extract_text()
    again = shoptill("shift-report", "Z000002", "--db", url)
    assert again.returncode == 0 and again.stdout.count("*** COPY ***") == 2
    missing = shoptill("shift-report", "Z000009", "--db", url)
    assert missing.returncode == 1 and "no X or Z report Z000009" in missing.stderr
    assert shoptill("check", "--db", url).returncode == 0
