"""Pure shop rules: money, tax, carts and barcodes. Standard library and Babel only."""
