"""live durability: run lease, boot-clock readings and journal keys on live events

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 16:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('live_run', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_owner', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('lease_heartbeat_utc', sa.DateTime(), nullable=True))

    with op.batch_alter_table('live_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('boot_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('boot_ms', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('client_key', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('live_event', schema=None) as batch_op:
        batch_op.drop_column('client_key')
        batch_op.drop_column('boot_ms')
        batch_op.drop_column('boot_id')

    with op.batch_alter_table('live_run', schema=None) as batch_op:
        batch_op.drop_column('lease_heartbeat_utc')
        batch_op.drop_column('lease_owner')
