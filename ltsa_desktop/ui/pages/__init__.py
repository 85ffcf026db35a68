"""Pages hosted by the workspaces (one module per page)."""
