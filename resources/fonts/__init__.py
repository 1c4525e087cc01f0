"""DejaVu fonts (Bitstream Vera licence, see LICENSE-DejaVu.txt), embedded in every PDF."""
