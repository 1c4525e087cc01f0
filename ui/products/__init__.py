"""The products screen: the catalog as a table of any size, its dialogs and bulk changes."""
