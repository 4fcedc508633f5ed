"""obs: per-show choice to start/stop OBS streaming and recording with the show, and the
stream-health track recorded during a live run (for Review's timeline)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 17:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('show', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('obs_stream', sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column('obs_record', sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        'stream_health',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('offset_ms', sa.Integer(), nullable=False),
        sa.Column('connected', sa.Boolean(), nullable=False),
        sa.Column('live', sa.Boolean(), nullable=False),
        sa.Column('recording', sa.Boolean(), nullable=False),
        sa.Column('reconnecting', sa.Boolean(), nullable=False),
        sa.Column('bitrate_kbps', sa.Integer(), nullable=True),
        sa.Column('dropped_pct', sa.Float(), nullable=True),
        sa.Column('congestion', sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(['run_id'], ['live_run.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('stream_health', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stream_health_run_id'), ['run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('stream_health', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stream_health_run_id'))
    op.drop_table('stream_health')
    with op.batch_alter_table('show', schema=None) as batch_op:
        batch_op.drop_column('obs_record')
        batch_op.drop_column('obs_stream')
