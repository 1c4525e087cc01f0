"""Selling: the cart, completed sales and refunds, invoices, parked carts, quick picks."""
