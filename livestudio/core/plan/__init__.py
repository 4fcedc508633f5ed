"""Plan: shows, lineup, run-of-show, promotions, preparation and risks — the core services over a Session.

Modules: `shows` (create / duplicate / list / overview fields), `lineup`, `segments`, `draft`
("Draft from lineup"), `templates`, `snapshot` (whole-plan snapshots for undo); Plan-B adds
`promotions`, `tasks`, `risks`, `defaults`.
"""
