-- The ballot radar asks for the standards whose next review falls due within a year: the
-- later of publication and last confirmation within a range. An index on that very
-- expression answers it without reading every standard (48,000 with ISO's catalogue).
CREATE INDEX standard_review_base ON standard (
    (CASE WHEN last_confirmed IS NOT NULL AND (published IS NULL OR last_confirmed > published)
          THEN last_confirmed ELSE published END)
);
