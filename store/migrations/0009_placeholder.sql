-- 0009: a placeholder for the migration developed beside 0010 on another
-- branch; the merge replaces this file with that migration.
SELECT 1;
