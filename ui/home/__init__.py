"""The owner's home view: today at a glance."""
