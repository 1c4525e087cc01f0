"""Small widgets shared by several screens: decimal input, messages, form rows."""
