"""Plan: shows, lineup, run-of-show, promotions, preparation and risks — the core services.

`service.PlanService` is what screens use: plain dataclasses for every Plan tab and each edit in
one transaction with its undo snapshots. Underneath, functions over a Session: `shows` (create /
duplicate / list, and `picker_order`, the one show order for every picker), `lineup`,
`segments`, `draft` ("Draft from lineup"), `templates`, `snapshot` (whole-plan snapshots),
`promotions` (with `planned_start_ms`, the one rule for a promotion's planned start), `tasks`,
`risks`, `defaults`. Labels for the stored codes are in `livestudio.core.labels`.
"""
