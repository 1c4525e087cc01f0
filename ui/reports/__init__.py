"""The reports screen: sales by period, product, category, cashier, tender and hour; charts."""
