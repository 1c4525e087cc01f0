"""End of day: shifts and their float, cash in and out, the drawer counted, X and Z reports."""
