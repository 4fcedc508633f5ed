"""Review workspace: KPIs, charts against the run-of-show, feedback, retrospective, report."""
