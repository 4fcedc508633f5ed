"""Review: platform exports in, KPIs, findings, feedback labels, retrospective; over the live log and plan."""
