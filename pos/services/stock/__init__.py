"""Stock: the ledger of movements, deliveries, adjustments, counts, reorder and value."""
