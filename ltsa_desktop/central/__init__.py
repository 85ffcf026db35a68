"""``ltsa-central``, the reference central server: receives every office's batches, serves signed reference data,
verifies receipts. It imports the shared wire protocol (``sync.protocol``), storage conventions and the domain,
never the desktop's UI or services (an import-linter contract)."""
