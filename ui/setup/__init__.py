"""The first run on an empty machine: create a shop or try the demo."""

from ui.setup.first_run import FirstRunChoice, FirstRunDialog

__all__ = ["FirstRunChoice", "FirstRunDialog"]
