"""ShopTill's headless core: domain rules, persistence and services. Imports no Qt."""
