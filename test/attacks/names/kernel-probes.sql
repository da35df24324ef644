-- Each statement below tries to reach one of the kernel's own tables. Every one must fail with the
-- bilingual "internal table" message, or (catalog listings) succeed without naming any kernel table.
-- One query per line; lines starting with -- are comments.
SELECT * FROM _cl_answers
SELECT * FROM "_CL_ANSWERS"
SELECT * FROM query_table('_cl_answers')
SELECT * FROM query_table('temp.main._cl_answers')
SELECT * FROM claims.main._cl_answers
SELECT * FROM temp.main._cl_answers
SELECT * FROM temp._cl_answers
SELECT * FROM memory.main._cl_answers
SELECT * FROM query('SELECT * FROM _cl_answers')
SELECT * FROM _cl_rule_hits
SELECT * FROM query_table('_cl_rule_params')
SELECT * FROM temp.main._cl_rule_meta
SELECT * FROM query_table('_cl_risk_units')
SELECT cl_param_num('GZ10000204001000', 'max_gap_days') AS v
SELECT database_name, schema_name, table_name FROM duckdb_tables()
SELECT table_catalog, table_schema, table_name FROM information_schema.tables
SELECT table_name, column_name FROM information_schema.columns
SELECT table_name, column_name FROM duckdb_columns()
