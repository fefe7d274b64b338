"""Manual steps on a terminal: show what to do, wait for Enter. Without a terminal the order
is parked and `certdesk-cli resume` continues it later."""

from __future__ import annotations

import sys

from app.cancel import CancelToken
from app.services.order_parking import ManualAction


class TerminalInteraction:
    def confirm(self, action: ManualAction, cancel: CancelToken) -> bool:
        print(f"\n{action.title}\n{action.instructions}", file=sys.stderr)
        for record in action.records:
            print("  " + "  ".join(f"{k}: {v}" for k, v in record.items()), file=sys.stderr)
        print("Press Enter when done (or type 'no' to stop): ", end="", file=sys.stderr,
              flush=True)
        answer = sys.stdin.readline()
        return answer.strip().lower() not in ("n", "no", "q", "quit")


def terminal_interaction() -> TerminalInteraction | None:
    return TerminalInteraction() if sys.stdin.isatty() and sys.stderr.isatty() else None
