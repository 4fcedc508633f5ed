"""compliance: the seller's edits of the word list the script compliance check uses
(phrases added, defaults switched off, allowed exceptions; for every platform or one)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 17:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'compliance_word',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=100), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('phrase', sa.String(length=200), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('removed', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('platform', 'kind', 'phrase'),
    )


def downgrade() -> None:
    op.drop_table('compliance_word')
