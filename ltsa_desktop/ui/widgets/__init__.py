"""Reusable widgets: form fields with messages (``forms``) and table models over plain rows (``tables``)."""
