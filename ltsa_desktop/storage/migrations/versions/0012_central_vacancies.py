"""vacancies received from the centre: the centre's id, who verified it there, the list version it came with

Revision ID: 0012
Revises: 0011
"""

from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('vacancy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('central_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('central_verified_by', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('central_list_version', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_vacancy_office_id_central_id'), ['office_id', 'central_id'])


def downgrade() -> None:
    with op.batch_alter_table('vacancy', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_vacancy_office_id_central_id'), type_='unique')
        batch_op.drop_column('central_list_version')
        batch_op.drop_column('central_verified_by')
        batch_op.drop_column('central_id')
