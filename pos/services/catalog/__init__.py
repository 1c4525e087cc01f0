"""The catalog: products, categories, barcodes, import and export, shelf labels."""
