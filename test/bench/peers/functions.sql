-- SQL functions of the benchmark's peers (PostGraphile exposes them as root fields; the
-- hand-written baseline calls the statistics ones). Created by the benchmark in a schema of its
-- own, `bench_pg`, never by the platform's migrations. Same rules as the platform: a product's
-- current certificate is its latest decided by the day; the catalogue lists products whose current
-- certificate is valid; search folds accents (ocop_fold), a word of 3+ letters matches anywhere
-- (pg_trgm index), a word of 1–2 letters as a whole syllable (tsvector index). "Today" is the day in
-- Vietnam, as for the platform and the baseline.
DROP SCHEMA IF EXISTS bench_pg CASCADE;
CREATE SCHEMA bench_pg;

-- The catalogue: valid products of a province (pre-2025 code) with any of the stars, most stars first.
-- From the product's copy of its current certificate (ocop_product.current_*, kept by the
-- platform's trigger), as the platform and the baseline read it.
CREATE FUNCTION bench_pg.catalogue(province_code text, stars int[]) RETURNS SETOF public.ocop_product
LANGUAGE sql STABLE AS $$
  SELECT p.* FROM public.ocop_product p
  WHERE p.deleted_at IS NULL
    AND public.ocop_certificate_status_in(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
                                          p.current_superseded_on, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, '{valid}')
    AND (catalogue.stars IS NULL OR p.current_stars = ANY (catalogue.stars))
    AND (province_code IS NULL OR p.origin_commune_id IN (
      SELECT c.id FROM public.admin_unit c JOIN public.admin_unit d ON d.id = c.parent_id
      JOIN public.admin_unit pr ON pr.id = d.parent_id
      WHERE pr.level = 'province' AND pr.code = province_code AND c.level = 'commune'))
  ORDER BY coalesce(p.current_stars, 0) DESC, p.id DESC
$$;

-- Name search over valid products, by relevance (the platform's formula).
CREATE FUNCTION bench_pg.search_products(q text) RETURNS SETOF public.ocop_product
LANGUAGE plpgsql STABLE AS $$
DECLARE
  folded text := public.ocop_fold(q);
  conditions text := '';
  word text;
BEGIN
  FOREACH word IN ARRAY regexp_split_to_array(folded, '[^[:alnum:]]+') LOOP
    CONTINUE WHEN word = '';
    IF length(word) <= 2 THEN
      conditions := conditions || format(' AND to_tsvector(''simple'', p.search_text) @@ plainto_tsquery(''simple'', %L)', word);
    ELSE
      conditions := conditions || format(' AND p.search_text LIKE %L', '%' || word || '%');
    END IF;
  END LOOP;
  RETURN QUERY EXECUTE format(
    'SELECT p.* FROM public.ocop_product p
     WHERE p.deleted_at IS NULL
       AND public.ocop_certificate_status_in(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
             p.current_superseded_on, (now() AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date, ''{valid}'')
       %s
     ORDER BY (CASE WHEN p.search_text = $1 THEN 1000 ELSE 0 END
               + CASE WHEN p.search_text LIKE $1 || ''%%'' THEN 100 ELSE 0 END
               + round(public.word_similarity($1, p.search_text) * 100)::int
               + round(public.similarity(p.search_text, $1) * 100)::int) DESC, p.id DESC', conditions)
  USING folded;
END
$$;

-- NTM figures of a province on a day, by district: rural communes (xã) and their highest tier.
CREATE FUNCTION bench_pg.ntm_progress(province_code text, as_of date)
RETURNS TABLE (district_code text, district_name text, communes int, standard int, advanced int, model int)
LANGUAGE sql STABLE AS $$
  WITH province AS (
    SELECT u.id FROM public.admin_unit u WHERE u.level = 'province' AND u.code = province_code
      AND (u.valid_from IS NULL OR u.valid_from <= as_of) AND (u.valid_to IS NULL OR u.valid_to > as_of)),
  rural AS (
    SELECT c.id, c.parent_id, COALESCE((
      SELECT max(array_position(ARRAY['standard', 'advanced', 'model']::text[], r.tier)) FROM public.recognition r
      WHERE r.unit_id = c.id AND r.decision_date <= as_of AND (r.revoked_on IS NULL OR r.revoked_on > as_of)), 0) AS rank
    FROM public.admin_unit c
    WHERE c.level = 'commune' AND c.unit_type = 'Xã'
      AND (c.valid_from IS NULL OR c.valid_from <= as_of) AND (c.valid_to IS NULL OR c.valid_to > as_of)
      AND c.parent_id IN (SELECT id FROM province UNION ALL
                          SELECT d.id FROM public.admin_unit d WHERE d.parent_id IN (SELECT id FROM province)))
  SELECT p.code, p.name, count(*)::int, count(*) FILTER (WHERE rank = 1)::int,
         count(*) FILTER (WHERE rank = 2)::int, count(*) FILTER (WHERE rank = 3)::int
  FROM rural JOIN public.admin_unit p ON p.id = rural.parent_id
  GROUP BY p.id ORDER BY p.code
$$;

-- Average criteria met in the rural communes' latest evaluation against the set in force; a NULL
-- province code: every rural commune of the country.
CREATE FUNCTION bench_pg.ntm_criteria(province_code text, as_of date)
RETURNS TABLE (evaluated int, average float8)
LANGUAGE sql STABLE AS $$
  WITH province AS (
    SELECT u.id FROM public.admin_unit u WHERE u.level = 'province' AND u.code = province_code
      AND (u.valid_from IS NULL OR u.valid_from <= as_of) AND (u.valid_to IS NULL OR u.valid_to > as_of)),
  the_set AS (
    SELECT s.id FROM public.criteria_set s
    WHERE s.issuer_level = 'national' AND s.unit_level = 'commune' AND s.tier = 'standard'
      AND s.period_start <= as_of AND COALESCE(s.legal_document_date, s.period_start) <= as_of
    ORDER BY s.period_start DESC, s.code LIMIT 1),
  met AS MATERIALIZED (
    SELECT (SELECT (SELECT count(*) FROM public.criterion_result cr WHERE cr.evaluation_id = e.id AND cr.met)::int
            FROM public.evaluation e
            WHERE e.unit_id = c.id AND e.criteria_set_id = (SELECT id FROM the_set) AND e.evaluated_on <= as_of
            ORDER BY e.evaluated_on DESC, e.created_at DESC, e.id DESC LIMIT 1) AS met
    FROM public.admin_unit c
    WHERE c.level = 'commune' AND c.unit_type = 'Xã'
      AND (c.valid_from IS NULL OR c.valid_from <= as_of) AND (c.valid_to IS NULL OR c.valid_to > as_of)
      AND (province_code IS NULL OR c.parent_id IN (SELECT id FROM province UNION ALL
                          SELECT d.id FROM public.admin_unit d WHERE d.parent_id IN (SELECT id FROM province))))
  SELECT count(met)::int, avg(met)::float8 FROM met
$$;

-- NTM figures of the whole country on a day: rural communes and their highest tier, the
-- recognitions in force aggregated once (as the platform does nationally).
CREATE FUNCTION bench_pg.ntm_progress_national(as_of date)
RETURNS TABLE (communes int, standard int, advanced int, model int)
LANGUAGE sql STABLE AS $$
  WITH ranks AS (
    SELECT r.unit_id, max(array_position(ARRAY['standard', 'advanced', 'model']::text[], r.tier)) AS rank
    FROM public.recognition r
    WHERE r.decision_date <= as_of AND (r.revoked_on IS NULL OR r.revoked_on > as_of)
    GROUP BY r.unit_id)
  SELECT count(*)::int, count(*) FILTER (WHERE rank = 1)::int, count(*) FILTER (WHERE rank = 2)::int,
         count(*) FILTER (WHERE rank = 3)::int
  FROM public.admin_unit c LEFT JOIN ranks ON ranks.unit_id = c.id
  WHERE c.level = 'commune' AND c.unit_type = 'Xã'
    AND (c.valid_from IS NULL OR c.valid_from <= as_of) AND (c.valid_to IS NULL OR c.valid_to > as_of)
$$;

-- OCOP figures of a province (pre-2025 code; NULL: the whole country) on a day, as JSON. The
-- certificate current on the day: the product's copy of its latest (ocop_product.current_*) when
-- decided by then, else the older one looked up.
CREATE FUNCTION bench_pg.ocop_summary(province_code text, as_of date) RETURNS json
LANGUAGE sql STABLE AS $$
  WITH valid AS MATERIALIZED (
    SELECT p.id, p.producer_id, pr.type AS producer_type, g.sector_id,
           CASE WHEN p.current_decision_date <= as_of THEN p.current_stars ELSE older.stars END AS stars
    FROM public.ocop_product p
    JOIN public.producer pr ON pr.id = p.producer_id
    LEFT JOIN public.ocop_product_set ps ON ps.id = p.product_set_id
    LEFT JOIN public.ocop_group g ON g.id = ps.group_id
    LEFT JOIN LATERAL (
      SELECT c.stars, c.decision_date, c.expires_on, c.revoked_on, c.superseded_on FROM public.ocop_certificate c
      WHERE p.current_decision_date > as_of AND c.product_id = p.id AND c.decision_date <= as_of
      ORDER BY c.decision_date DESC, c.id DESC LIMIT 1) older ON true
    WHERE p.deleted_at IS NULL
      AND (public.ocop_certificate_status_in(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
                                             p.current_superseded_on, as_of, '{valid}')
           OR public.ocop_certificate_status_in(older.decision_date, older.expires_on, older.revoked_on,
                                                older.superseded_on, as_of, '{valid}'))
      AND (province_code IS NULL OR p.origin_commune_id IN (
        SELECT c.id FROM public.admin_unit c JOIN public.admin_unit d ON d.id = c.parent_id
        JOIN public.admin_unit u ON u.id = d.parent_id
        WHERE u.level = 'province' AND u.code = province_code AND c.level = 'commune')))
  SELECT json_build_object(
    'products', (SELECT count(*) FROM valid),
    'producers', (SELECT count(DISTINCT producer_id) FROM valid),
    'byStars', (SELECT json_agg(json_build_object('stars', s, 'products', (SELECT count(*) FROM valid v WHERE v.stars = s))
                                ORDER BY s DESC) FROM generate_series(3, 5) s),
    'bySector', (SELECT json_agg(json_build_object('sector', sec.code, 'products',
                                 (SELECT count(*) FROM valid v WHERE v.sector_id = sec.id)) ORDER BY sec.code)
                 FROM public.ocop_sector sec),
    'byProducerType', (SELECT json_agg(json_build_object('type', t, 'producers',
                                 (SELECT count(DISTINCT v.producer_id) FROM valid v WHERE v.producer_type = t),
                                 'products', (SELECT count(*) FROM valid v WHERE v.producer_type = t)))
                       FROM unnest(ARRAY['cooperative', 'cooperative_group', 'enterprise', 'household_business']) t))
$$;
