"""Products workspace: the catalog table and the Excel import / export flows."""
