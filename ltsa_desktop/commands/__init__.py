"""``ltsa-admin`` command groups. Each module exposes ``register(subparsers)``; cli.py discovers them."""
