"""The Live workspace: the show clock on screen, the host view, OBS outputs, crash recovery."""
