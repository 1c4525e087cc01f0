"""The products screen: the catalog editor, its dialogs, import and export."""
