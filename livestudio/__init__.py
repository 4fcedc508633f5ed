"""LiveStudio: plan, check, run and review a live-selling show."""

__version__ = "0.1.0"
APP_NAME = "LiveStudio"
ORG_NAME = "LiveStudio"
