"""``python -m ltsa_desktop`` starts the desktop application (same as ``ltsa-desktop``)."""

from ltsa_desktop.app import main

raise SystemExit(main())
