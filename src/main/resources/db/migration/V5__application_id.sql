-- Debtmeter's database, schema version 5. See docs/decisions/0021-own-files-and-damage.md.
-- Stamps the file as Debtmeter's: SQLite's application_id header field holds the ASCII of "DbtM"
-- (0x4462744D). New files get it before their first migration as well; files made before this
-- version are recognised by their schema history and stamped here, on their next read-write open.

PRAGMA application_id = 1147302989;
