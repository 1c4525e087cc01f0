"""The products screen: the catalog editor, its dialogs and shelf labels."""
