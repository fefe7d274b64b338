"""What every window and dialog needs, passed explicitly (no globals, no registry).

No interaction object here: what an operation asks the user goes to the window that started
it (each wizard and renewal dialog has its own GuiInteraction)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.bridge import CoreEventBridge
from ui.tasks import Runner

if TYPE_CHECKING:
    from app.services.container import Services
    from app.services.preferences import PreferencesService


@dataclass
class AppContext:
    services: Services
    preferences: PreferencesService
    tasks: Runner
    bridge: CoreEventBridge
