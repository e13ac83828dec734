"""audit records carry digests of the business rows they leave behind

Revision ID: a0001
Revises: 0002
Create Date: 2026-12-02

The rows that exist when this runs get one baseline record, written by ``desk.store.migrate``
after every upgrade that applied a revision (see ``desk.store.audit_chain.baseline``).

On PostgreSQL the digests are computed by the database, in ``griddesk_row_digests`` (SECURITY
DEFINER, owned by the migrating role): the terminals' logins may not read every column of the rows
they change (ID numbers, the ticket's citizen), yet their audit records must vouch for the whole row.
The digest is salted with ``audit_secret`` (read by nobody else), so it reveals nothing guessable.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a0001"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = ("audit",)
depends_on: str | Sequence[str] | None = None

ROW_DIGESTS = r"""
CREATE OR REPLACE FUNCTION griddesk_row_digests(tbl text, keys text[])
RETURNS TABLE(row_key text, digest text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
SET "TimeZone" = 'UTC'
SET "DateStyle" = 'ISO, YMD'
SET "IntervalStyle" = 'postgres'
SET extra_float_digits = 1
AS $fn$
DECLARE
    rel regclass := format('public.%I', tbl)::regclass;
    cols text[];
    types text[];
    key_expr text;
    cond text := '';
    pepper text;
BEGIN
    SELECT s.salt INTO pepper FROM public.audit_secret s WHERE s.id = 1;
    SELECT array_agg(quote_ident(a.attname) ORDER BY k.ord), array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY k.ord)
      INTO cols, types
      FROM pg_index i
      CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = rel AND i.indisprimary;
    IF cols IS NULL THEN
        RAISE EXCEPTION 'table % has no primary key', tbl;
    END IF;
    SELECT 'concat_ws(''/'', ' || string_agg('t.' || c || '::text', ', ') || ')' INTO key_expr FROM unnest(cols) AS c;
    IF keys IS NOT NULL THEN
        IF array_length(cols, 1) = 1 THEN
            cond := format(' WHERE t.%s = ANY($2::%s[])', cols[1], types[1]);
        ELSE
            cond := ' WHERE ' || key_expr || ' = ANY($2)';
        END IF;
    END IF;
    RETURN QUERY EXECUTE
        'SELECT ' || key_expr || ', left(encode(sha256(convert_to($1 || json_strip_nulls(row_to_json(t))::text, '
        '''UTF8'')), ''hex''), 32) FROM ' || rel::text || ' t' || cond
        USING coalesce(pepper, ''), keys;
END
$fn$
"""


def upgrade() -> None:
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("images_json", sa.Text(), server_default="", nullable=False))
    secret = op.create_table(
        "audit_secret",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_secret")),
    )
    op.bulk_insert(secret, [{"id": 1, "salt": secrets.token_hex(32)}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(ROW_DIGESTS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS griddesk_row_digests(text, text[])")
    op.drop_table("audit_secret")
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.drop_column("images_json")
