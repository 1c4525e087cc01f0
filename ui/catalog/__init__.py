"""Finding products: the search-as-you-type list shared by the main window and the till."""
