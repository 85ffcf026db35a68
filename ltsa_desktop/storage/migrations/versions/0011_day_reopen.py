"""day reopen: who reopened a closed day, when and why

Revision ID: 0011
Revises: 0010
"""

from alembic import op
import sqlalchemy as sa
import ltsa_desktop.storage.base

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('day_close', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reopened_at', ltsa_desktop.storage.base.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('reopened_by', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('reopen_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('day_close', schema=None) as batch_op:
        batch_op.drop_column('reopen_reason')
        batch_op.drop_column('reopened_by')
        batch_op.drop_column('reopened_at')
