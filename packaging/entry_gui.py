"""Entry point of the frozen `certdesk` (windowed) executable."""

import sys

from ui.main import main

sys.exit(main())
