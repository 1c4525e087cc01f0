"""The sales screen: scan, search, quick picks, the cart, payment and counter work."""
