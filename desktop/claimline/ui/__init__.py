"""The Qt widgets: one thin view per widget over the shared Workspace."""
