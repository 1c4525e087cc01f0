"""Sales reports over a period: totals, by time, product, category, cashier and tender,
gross margin from cost, and the tax collected per rate; with the previous period beside."""
