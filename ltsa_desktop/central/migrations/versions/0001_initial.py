"""initial central schema: offices, devices and their keys, enrollment codes, records, sequence marks,
quarantine, catalog bundles, receipt index

Revision ID: 0001
Revises:
Create Date: 2026-11-22 19:22:34.156653
"""

from alembic import op
import sqlalchemy as sa
import ltsa_desktop.storage.base


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('central_catalog_bundle',
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('published_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_central_catalog_bundle'))
    )
    op.create_table('central_conflict',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('stored_hash', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('received_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_central_conflict')),
    sa.UniqueConstraint('entity', 'record_id', 'version', 'content_hash', name=op.f('uq_central_conflict_entity_record_id_version_content_hash'))
    )
    with op.batch_alter_table('central_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_central_conflict_office_id'), ['office_id'], unique=False)

    op.create_table('central_office',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('record_office_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_central_office')),
    sa.UniqueConstraint('code', name=op.f('uq_central_office_code')),
    sa.UniqueConstraint('record_office_id', name=op.f('uq_central_office_record_office_id'))
    )
    op.create_table('central_receipt',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('receipt_hash', sa.String(length=128), nullable=False),
    sa.Column('total_paid', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_central_receipt'))
    )
    with op.batch_alter_table('central_receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_central_receipt_number'), ['number'], unique=False)

    op.create_table('central_receipt_void',
    sa.Column('void_record_id', sa.String(length=36), nullable=False),
    sa.Column('voided_receipt_id', sa.String(length=36), nullable=True),
    sa.Column('voided_number', sa.String(length=64), nullable=True),
    sa.Column('void_number', sa.String(length=64), nullable=True),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('void_record_id', name=op.f('pk_central_receipt_void'))
    )
    with op.batch_alter_table('central_receipt_void', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_central_receipt_void_voided_number'), ['voided_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_central_receipt_void_voided_receipt_id'), ['voided_receipt_id'], unique=False)

    op.create_table('central_record',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('received_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_central_record')),
    sa.UniqueConstraint('entity', 'record_id', 'version', name=op.f('uq_central_record_entity_record_id_version'))
    )
    with op.batch_alter_table('central_record', schema=None) as batch_op:
        batch_op.create_index('ix_central_record_office_entity', ['office_id', 'entity'], unique=False)

    op.create_table('central_device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('public_key_b64', sa.String(length=64), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('enrolled_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_seen_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['central_office.id'], name=op.f('fk_central_device_office_id_central_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_central_device')),
    sa.UniqueConstraint('office_id', 'code', name=op.f('uq_central_device_office_id_code')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_central_device_token_hash'))
    )
    with op.batch_alter_table('central_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_central_device_office_id'), ['office_id'], unique=False)

    op.create_table('central_enrollment_code',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('used_by_device_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['central_office.id'], name=op.f('fk_central_enrollment_code_office_id_central_office')),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_central_enrollment_code'))
    )
    with op.batch_alter_table('central_enrollment_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_central_enrollment_code_office_id'), ['office_id'], unique=False)

    op.create_table('central_device_key',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('public_key_b64', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('added_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['central_device.id'], name=op.f('fk_central_device_key_device_id_central_device')),
    sa.PrimaryKeyConstraint('device_id', 'public_key_b64', name=op.f('pk_central_device_key'))
    )
    op.create_table('central_device_mark',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('high_water', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['central_device.id'], name=op.f('fk_central_device_mark_device_id_central_device')),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_central_device_mark'))
    )
    op.create_table('central_device_range',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('lo', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('hi', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['central_device.id'], name=op.f('fk_central_device_range_device_id_central_device')),
    sa.PrimaryKeyConstraint('device_id', 'lo', name=op.f('pk_central_device_range'))
    )


def downgrade() -> None:
    op.drop_table('central_device_range')
    op.drop_table('central_device_mark')
    op.drop_table('central_device_key')
    with op.batch_alter_table('central_enrollment_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_central_enrollment_code_office_id'))

    op.drop_table('central_enrollment_code')
    with op.batch_alter_table('central_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_central_device_office_id'))

    op.drop_table('central_device')
    with op.batch_alter_table('central_record', schema=None) as batch_op:
        batch_op.drop_index('ix_central_record_office_entity')

    op.drop_table('central_record')
    with op.batch_alter_table('central_receipt_void', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_central_receipt_void_voided_receipt_id'))
        batch_op.drop_index(batch_op.f('ix_central_receipt_void_voided_number'))

    op.drop_table('central_receipt_void')
    with op.batch_alter_table('central_receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_central_receipt_number'))

    op.drop_table('central_receipt')
    op.drop_table('central_office')
    with op.batch_alter_table('central_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_central_conflict_office_id'))

    op.drop_table('central_conflict')
    op.drop_table('central_catalog_bundle')
