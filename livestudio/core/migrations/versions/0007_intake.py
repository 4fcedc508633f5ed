"""intake: OBS scene per segment, platform fields the header dictionary reads (live-room
impressions, ad spend, net GMV / orders, orders created, viewers who left), and which import
mappings the sample made

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 17:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

SUMMARY_COLUMNS = (
    "live_impressions",
    "live_impression_users",
    "ad_spend",
    "net_gmv",
    "net_orders",
    "orders_created",
    "leaves",
)


def upgrade() -> None:
    with op.batch_alter_table('segment', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('obs_scene', sa.String(length=200), nullable=False, server_default='')
        )
    with op.batch_alter_table('import_mapping', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('source', sa.String(length=20), nullable=False, server_default='')
        )
    with op.batch_alter_table('review_summary', schema=None) as batch_op:
        for name in SUMMARY_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
    with op.batch_alter_table('review_trend_point', schema=None) as batch_op:
        batch_op.add_column(sa.Column('leaves', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('review_trend_point', schema=None) as batch_op:
        batch_op.drop_column('leaves')
    with op.batch_alter_table('review_summary', schema=None) as batch_op:
        for name in reversed(SUMMARY_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table('import_mapping', schema=None) as batch_op:
        batch_op.drop_column('source')
    with op.batch_alter_table('segment', schema=None) as batch_op:
        batch_op.drop_column('obs_scene')
