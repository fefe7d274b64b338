"""certdesk's Qt front end. Calls only the core's services (app.services)."""

from ui import qt_compat

qt_compat.install()
