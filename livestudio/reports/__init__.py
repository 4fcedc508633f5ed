"""Printable documents (run sheet, check run, review report). Uses QtGui's text layout and PDF
writer, never widgets, so the same code serves the app and the headless command line."""
