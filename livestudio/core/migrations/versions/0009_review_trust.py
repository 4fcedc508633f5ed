"""review trust: a product's own currency, exchange rates the user enters (dated), a question
flag on comments and the labels a seller corrected (learnt by phrase), and traffic sources

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 17:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('product', schema=None) as batch_op:
        # '' = the currency set in Settings (what every product was priced in before)
        batch_op.add_column(sa.Column('currency', sa.String(length=3), nullable=False, server_default=''))
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('question', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        'review_learned_label',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('text_norm', sa.String(length=500), nullable=False),
        sa.Column('sentiment', sa.String(length=20), nullable=False),
        sa.Column('topic', sa.String(length=20), nullable=False),
        sa.Column('question', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('text_norm'),
    )
    op.create_table(
        'fx_rate',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('base', sa.String(length=3), nullable=False),
        sa.Column('quote', sa.String(length=3), nullable=False),
        sa.Column('rate_micros', sa.BigInteger(), nullable=False),
        sa.Column('valid_on', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'traffic_source',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('show_id', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=40), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=False),
        sa.Column('paid', sa.Boolean(), nullable=False),
        sa.Column('viewers', sa.Integer(), nullable=True),
        sa.Column('share_bp', sa.Integer(), nullable=True),
        sa.Column('gmv', sa.Integer(), nullable=True),
        sa.Column('orders', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['show_id'], ['show.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('traffic_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_traffic_source_show_id'), ['show_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('traffic_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_traffic_source_show_id'))
    op.drop_table('traffic_source')
    op.drop_table('fx_rate')
    op.drop_table('review_learned_label')
    with op.batch_alter_table('review_comment', schema=None) as batch_op:
        batch_op.drop_column('question')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_column('currency')
