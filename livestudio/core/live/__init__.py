"""The live show clock: an append-only event log, replayed into what the screen shows."""
