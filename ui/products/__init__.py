"""The products screen: the catalog editor, with its models and dialogs."""
