"""The Check workspace: pre-stream probes, checklist ticks, verdict, history, platform settings."""
