"""Widgets: one sub-package per workspace, shared widgets in `widgets/`."""
