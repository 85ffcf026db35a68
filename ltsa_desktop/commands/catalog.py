"""Catalog commands: import / export / sign a catalog bundle, trust an issuer key, fee poster, service standard,
verify a receipt."""

from __future__ import annotations

import argparse
import base64
from pathlib import Path

from ltsa_desktop.commands._common import CLI_ACTOR, add_data_dir, fail, open_office


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-catalog", help="verify a signed catalog bundle, show what changes, then apply")
    add_data_dir(p)
    p.add_argument("file", type=Path)
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("export-catalog", help="write the catalog in force (as installed) to a file")
    add_data_dir(p)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("sign-catalog", help="issuer: sign a catalog TOML file into a bundle")
    p.add_argument("source", type=Path, help="catalog TOML")
    p.add_argument("output", type=Path)
    p.add_argument("--key", type=Path, required=True, help="file with the base64 Ed25519 private key")
    p.add_argument("--key-id", required=True)
    p.set_defaults(func=cmd_sign)
    p = sub.add_parser("new-issuer-key", help="issuer: make an Ed25519 key pair (keep the private file offline)")
    p.add_argument("prefix", type=Path, help="writes PREFIX.key and PREFIX.pub")
    p.set_defaults(func=cmd_new_key)
    p = sub.add_parser("trust-key", help="trust a catalog issuer's public key")
    add_data_dir(p)
    p.add_argument("--key-id", required=True)
    p.add_argument("--public-key", required=True, help="base64, or @FILE")
    p.set_defaults(func=cmd_trust)
    p = sub.add_parser("fee-poster", help="the public fee poster as an A4 PDF")
    add_data_dir(p)
    p.add_argument("--pdf", type=Path, required=True)
    p.set_defaults(func=cmd_poster)
    p = sub.add_parser("service-standard", help="the service standard (maklumat) of one service as an A4 PDF")
    add_data_dir(p)
    p.add_argument("--code", required=True, help="service code, e.g. NAK-01")
    p.add_argument("--scheme", choices=("p_to_p", "g_to_g", "perseorangan", "sp2t"),
                   help="show the checklist and fees of this placement scheme only")
    p.add_argument("--pdf", type=Path, required=True)
    p.set_defaults(func=cmd_service_standard)
    p = sub.add_parser("verify-receipt", help="say whether a receipt's QR payload is genuine, voided or forged")
    add_data_dir(p)
    p.add_argument("payload")
    p.set_defaults(func=cmd_verify_receipt)


def cmd_import(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import catalog

    opened = open_office(args)
    assert opened.ctx is not None
    data = args.file.read_bytes()
    new, diff = catalog.preview_import(opened.ctx, data)
    print(f"bundle {new.label}: {len(new.services)} services")
    for title, items in (("added services", diff.added_services), ("removed services", diff.removed_services),
                         ("changed services", diff.changed_services), ("added lines", diff.added_lines),
                         ("removed lines", diff.removed_lines), ("new schedules", diff.added_schedules)):
        for item in items:
            print(f"  {title}: {item}")
    for code, what in diff.changed_lines:
        print(f"  changed line: {code}: {what}")
    if diff.empty:
        print("  no changes")
    if not args.yes and input("Apply? [y/N] ").strip().lower() not in ("y", "ya", "yes"):
        print("nothing changed")
        return 1
    print(f"installed {catalog.apply_import(opened.ctx, CLI_ACTOR, data).value}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import catalog

    opened = open_office(args)
    assert opened.ctx is not None
    args.file.write_bytes(catalog.export_bundle(opened.ctx))
    print(f"written {args.file}")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from ltsa_desktop.domain.bundle import sign_bundle
    from ltsa_desktop.domain.catalog_seed import catalog_from_toml_text

    catalog = catalog_from_toml_text(args.source.read_text(encoding="utf-8"))
    private = base64.b64decode(args.key.read_text().strip())
    args.output.write_bytes(sign_bundle(catalog, private, args.key_id))
    print(f"signed {catalog.label} with {args.key_id}: {args.output}")
    return 0


def cmd_new_key(args: argparse.Namespace) -> int:
    from ltsa_desktop.domain.bundle import generate_keypair

    private, public = generate_keypair()
    key_file = args.prefix.with_suffix(".key")
    key_file.write_text(base64.b64encode(private).decode() + "\n")
    key_file.chmod(0o600)
    args.prefix.with_suffix(".pub").write_text(base64.b64encode(public).decode() + "\n")
    print(f"written {key_file} (keep offline) and {args.prefix.with_suffix('.pub')}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import catalog

    opened = open_office(args)
    assert opened.ctx is not None
    value = args.public_key
    if value.startswith("@"):
        value = Path(value[1:]).read_text().strip()
    catalog.trust_issuer_key(opened.ctx, CLI_ACTOR, args.key_id, value)
    print(f"trusted {args.key_id}")
    return 0


def cmd_poster(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import catalog

    opened = open_office(args)
    assert opened.ctx is not None
    args.pdf.write_bytes(catalog.fee_poster_pdf(opened.ctx))
    print(f"poster written: {args.pdf}")
    return 0


def cmd_service_standard(args: argparse.Namespace) -> int:
    from ltsa_desktop.domain.errors import ValidationFailed
    from ltsa_desktop.services import catalog

    opened = open_office(args)
    assert opened.ctx is not None
    try:
        pdf = catalog.service_standard_pdf(opened.ctx, args.code, args.scheme)
    except ValidationFailed:
        codes = ", ".join(s.code for s in catalog.list_services(opened.ctx))
        fail(f"unknown service {args.code!r}; known: {codes}", 2)
        return 2
    args.pdf.write_bytes(pdf)
    print(f"service standard written: {args.pdf}")
    return 0


def cmd_verify_receipt(args: argparse.Namespace) -> int:
    from ltsa_desktop.services import payments

    opened = open_office(args)
    assert opened.ctx is not None
    result = payments.verify_token(opened.ctx, args.payload)
    print(f"{result.status.upper()}: {result.number} {result.total_paid} {result.issued_at} {result.detail}".strip())
    if result.status == "forged":
        fail("this receipt is not genuine", 2)
    return 0
