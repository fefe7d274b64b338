"""What the user can do with the rows of each table: actions, context menus, Delete key."""
