"""The Stock screen: its tabs, models and dialogs."""
