"""certdesk's Qt front end. Calls only the core's services (app.services)."""
