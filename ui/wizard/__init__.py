"""The new-certificate wizard: Qt pages over app.wizard's flow."""
