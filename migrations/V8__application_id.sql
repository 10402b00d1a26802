-- Mark the file as a subs database (application id 'SUBS'), so a file of
-- another program given by mistake is recognised and left alone.
PRAGMA application_id = 1398096467;
