"""Pre-stream checks: probes that measure camera, microphone, network, disk and system, manual
checklist items, the GO / NO-GO verdict, run history and exports. No widgets here."""
