"""The Stock screen: deliveries, adjustments, counts, reorder and stock value."""
