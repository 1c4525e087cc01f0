"""Dialogs the sales screen opens: weight, discount, parked carts, refund, invoice, new product."""
