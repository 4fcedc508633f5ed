"""OBS in the UI: the Tools ▸ OBS dialog and the health strip that Live, the mini clock and the
Host view show. The connection itself is core/obs (one ObsLink, on AppContext)."""
