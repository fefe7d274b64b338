"""Entry point of the frozen `certdesk-cli` (console) executable."""

import sys

from app.cli.main import main

sys.exit(main())
