-- 0007_reserved: no change. Version 7 is taken by a migration developed
-- beside this one; this file keeps the version numbers without gaps until
-- the two are merged, and is then replaced by it.
SELECT 1;
