-- 0023_markets_asked_once (reserved number 0023): the markets move to the product profile alone.
-- Why: the product profile asked for the markets ('', 'eu', 'us', 'eu-us') and the QMS company profile asked
-- again with other options (EU, US, UK, Switzerland, Canada), so the two could disagree and the change
-- control, the regulatory helpers and the procedures each read a different answer. From here the product
-- profile holds the one list (markets_json, every market once, in the order EU, US, UK, CH, CA) and the QMS
-- reads it.
-- When the two disagree, nothing is lost: the product gets every market either profile named (the union). A
-- product recorded as EU only whose company profile also named the US is then sold in both; a market
-- named only by the company profile (UK, Switzerland, Canada) is kept. The upgrade records the new state
-- as every row's baseline, and the next save of either profile is audited as usual.

ALTER TABLE product_profile ADD COLUMN markets_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(markets_json) AND json_type(markets_json) = 'array');

UPDATE product_profile SET markets_json = (
  SELECT json_group_array(market) FROM (
    SELECT known.market FROM (
      SELECT 'eu' AS market, 1 AS position UNION ALL SELECT 'us', 2 UNION ALL SELECT 'uk', 3 UNION ALL SELECT 'ch', 4 UNION ALL SELECT 'ca', 5
    ) AS known
    WHERE (known.market IN ('eu', 'us') AND instr(product_profile.markets, known.market) > 0)
       OR EXISTS (SELECT 1 FROM qms_company AS company, json_each(company.markets_json) AS named WHERE named.value = known.market)
    ORDER BY known.position
  )
);

ALTER TABLE product_profile DROP COLUMN markets;
ALTER TABLE qms_company DROP COLUMN markets_json;
