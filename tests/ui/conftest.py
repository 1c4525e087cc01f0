"""Qt runs offscreen in tests; settings go to a scratch organization."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
