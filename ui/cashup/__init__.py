"""The End of day screen: the till's shift, cash in and out, X and Z reports, reprints."""
