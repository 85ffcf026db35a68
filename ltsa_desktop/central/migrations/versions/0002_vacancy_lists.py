"""signed vacancy lists: their own version sequence

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa
import ltsa_desktop.storage.base


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('central_vacancy_list',
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('published_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_central_vacancy_list'))
    )


def downgrade() -> None:
    op.drop_table('central_vacancy_list')
