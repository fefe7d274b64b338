"""One load at a time: asked again while it runs, it runs once more when it ends.

At 10,000 certificates a whole reload or the attention scan takes a second on the store lane,
and a burst of core events (a batch of renewals, the first reminder scan) asks for one every
few hundred milliseconds; queueing each of them piled up dozens of reads, each building its
own copy of the inventory."""

from __future__ import annotations


class OneAtATime:
    def __init__(self) -> None:
        self.running = False
        self._again = False

    def begin(self) -> bool:
        """True: start the load now; False: one is running, it runs again after it."""
        if self.running:
            self._again = True
            return False
        self.running = True
        return True

    def end(self) -> bool:
        """The load ended (or failed): True if it was asked for again meanwhile."""
        self.running = False
        again, self._again = self._again, False
        return again
