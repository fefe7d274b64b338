"""What every window and dialog needs, passed explicitly (no globals, no registry)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.bridge import CoreEventBridge
from ui.interaction import GuiInteraction
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
    interaction: GuiInteraction
