"""Decode ESC/POS bytes back into readable text with the commands shown as <TAGS>.

Only the commands ShopTill sends are known; an unknown ESC or GS sequence fails the test
rather than being skipped, so nothing unexpected reaches a printer unnoticed.
"""

from __future__ import annotations

#: Command -> number of parameter bytes that follow it.
_FIXED = {
    b"\x1b@": 0,  # initialize
    b"\x1bt": 1,  # code page
    b"\x1b!": 1,  # print mode
    b"\x1bE": 1,  # bold
    b"\x1ba": 1,  # align
    b"\x1bd": 1,  # feed lines
    b"\x1bp": 3,  # drawer kick: pin, on, off
    b"\x1d!": 1,  # character size
    b"\x1dh": 1,  # barcode height
    b"\x1dw": 1,  # barcode module width
    b"\x1df": 1,  # HRI font
    b"\x1dH": 1,  # HRI position
    b"\x1dV": 1,  # cut
    b"\x10\x04": 1,  # real-time status
}


def decode(job: bytes, codec: str = "cp858") -> str:
    """The job as text: printed lines as they are, each command as a <TAG>."""
    out: list[str] = []
    text = bytearray()
    i = 0

    def flush() -> None:
        if text:
            out.append(text.decode(codec))
            text.clear()

    while i < len(job):
        two = job[i : i + 2]
        if two in _FIXED:
            flush()
            n = _FIXED[two]
            params = job[i + 2 : i + 2 + n]
            out.append(_tag(two, params))
            i += 2 + n
        elif two == b"\x1dk":
            flush()
            kind, length = job[i + 2], job[i + 3]
            data = job[i + 4 : i + 4 + length].decode("ascii")
            out.append(f"<BARCODE {kind} {data}>")
            i += 4 + length
        elif two == b"\x1d(" and job[i + 2 : i + 3] == b"k":
            flush()
            length = job[i + 3] + 256 * job[i + 4]
            body = job[i + 5 : i + 5 + length]
            if body[1:2] == b"P":
                out.append(f"<QR {body[3:].decode('utf-8')}>")
            i += 5 + length
        elif two == b"\x1dv" and job[i + 2 : i + 3] == b"0":
            flush()
            width_bytes = job[i + 4] + 256 * job[i + 5]
            height = job[i + 6] + 256 * job[i + 7]
            out.append(f"<IMAGE {width_bytes * 8}x{height}>")
            i += 8 + width_bytes * height
        elif job[i] in (0x1B, 0x1D, 0x10):
            raise AssertionError(f"unknown command {job[i : i + 3]!r} at byte {i}")
        else:
            text.append(job[i])
            i += 1
    flush()
    return "".join(out)


def _tag(command: bytes, params: bytes) -> str:
    names = {
        b"\x1b@": "INIT",
        b"\x1bt": "CODEPAGE",
        b"\x1b!": "MODE",
        b"\x1bE": "BOLD",
        b"\x1ba": "ALIGN",
        b"\x1bd": "FEED",
        b"\x1bp": "DRAWER",
        b"\x1d!": "SIZE",
        b"\x1dV": "CUT",
        b"\x10\x04": "STATUS?",
    }
    name = names.get(command, f"GS-{chr(command[1])}")
    return f"<{name}{''.join(f' {b}' for b in params)}>"


def printed_text(job: bytes, codec: str = "cp858") -> str:
    """Only the printed text (commands removed), for checking what the customer reads."""
    import re

    return re.sub(r"<[A-Z?][^>]*>", "", decode(job, codec))
