"""ShopTill's faces: the Qt GUI and the headless command line."""
