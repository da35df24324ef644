/**
 * SQL expression builders that turn a raw VARCHAR expression into typed canonical values, NULL when the
 * value does not parse. Every builder takes and returns SQL text; nothing here runs a query.
 *
 * Measured on DuckDB v1.4.3 (the engine's version): `TRY_CAST(x AS TIMESTAMP)` already accepts
 * `2024-03-01`, `2024-3-1`, `2024/3/1`, `2024/3/1 8:30`, `2024-03-01T08:30:00` (an offset such as `+08:00`
 * or `Z` is ignored, keeping the wall-clock time) and fractional seconds, but not surrounding spaces, so
 * it goes first on the raw text and again on the trimmed text. `try_strptime` accepts non-padded months,
 * days and hours (`%m`, `%d`, `%H` match `3`, `1`, `8`), so one pattern covers padded and unpadded
 * forms of the compact and Chinese layouts that the cast rejects. `COALESCE` only evaluates a later
 * argument for the rows an earlier one left NULL, so the common, well-formed value pays for one cast.
 *
 * The rarer spellings come last, in {@link otherTimestampSql} and {@link numberCleanSql}, so only the
 * values the fast path could not read pay for them: full-width digits and punctuation (DuckDB has no
 * NFKC; `translate()` maps the full-width range), Excel serial day numbers, unambiguous day-first or
 * month-first dates, and amounts with a currency sign or unit before or after the number.
 */

/** Patterns tried by `try_strptime` after the plain cast failed, most common first. */
export const DATE_PATTERNS = [
  '%Y%m%d',
  '%Y%m%d%H%M%S',
  '%Y年%m月%d日',
  '%Y年%m月%d日 %H:%M:%S',
  '%Y年%m月%d日 %H:%M',
  '%Y年%m月%d日%H时%M分%S秒',
  '%Y年%m月%d日%H时%M分',
  '%Y.%m.%d',
  '%Y.%m.%d %H:%M:%S',
  '%Y.%m.%d %H:%M',
  '%Y%m%d %H:%M:%S',
  '%Y%m%d %H:%M',
] as const;

/** Cell texts that mean "no value" in database extracts, besides the empty string. */
export const NULL_TOKENS = ['', 'NULL', 'null', '\\N'] as const;

/**
 * The full-width characters numbers and dates are written with (digits, `．，－＋：／` and the ideographic
 * space), and {@link HALF_WIDTH} their ASCII forms, position by position.
 */
export const FULL_WIDTH = '０１２３４５６７８９．，－＋：／\u3000';
/** The ASCII forms of {@link FULL_WIDTH}, in the same order. */
export const HALF_WIDTH = '0123456789.,-+:/ ';

/**
 * Excel serial day numbers read as dates: five digits, optionally a fraction of a day (`45352` →
 * 2024-03-01, `45352.5` → 2024-03-01 12:00), i.e. 1927-05-18 to 2173-10-13. Fewer digits are left
 * unparseable on purpose, since a 4-digit value is more likely a year (`2024`) than a 1905 date, and so
 * are six or more (`202403` is a month, `20240301` a compact date).
 */
export const EXCEL_SERIAL_PATTERN = String.raw`\d{5}(\.\d+)?`;

/**
 * Day 0 of Excel's 1900 date system for every serial from 61 (1900-03-01) on: Excel counts the
 * fictitious 1900-02-29 as serial 60, so serial n ≥ 61 is 1899-12-30 plus n days.
 */
export const EXCEL_EPOCH = '1899-12-30';

/** A date whose first part cannot be a month (13–31): read day first, `13/03/2024` → 2024-03-13. */
const DAY_FIRST_PATTERN = String.raw`(1[3-9]|2\d|3[01])[/.-]\d{1,2}[/.-]\d{4}( .+)?`;
/** A date whose second part cannot be a month (13–31): read month first, `3/13/2024` → 2024-03-13. */
const MONTH_FIRST_PATTERN = String.raw`\d{1,2}[/.-](1[3-9]|2\d|3[01])[/.-]\d{4}( .+)?`;

/** `try_strptime` patterns for day-first (`d`) or month-first (`m`) dates with `/`, `-` or `.`. */
function slashPatterns(order: 'd' | 'm'): string {
  const date = order === 'd' ? ['%d', '%m', '%Y'] : ['%m', '%d', '%Y'];
  const patterns = ['/', '-', '.'].flatMap((sep) => {
    const d = date.join(sep);
    return [d, `${d} %H:%M:%S`, `${d} %H:%M`];
  });
  return `[${patterns.map((p) => `'${p}'`).join(', ')}]`;
}

const patternList = `[${DATE_PATTERNS.map((p) => `'${p}'`).join(', ')}]`;
const nullTokenList = NULL_TOKENS.map((t) => `'${t}'`).join(', ');

/**
 * `x` trimmed of spaces, full-width spaces included. DuckDB's one-argument `trim` strips Unicode spaces
 * (U+3000 too) and is 3.5x faster than `trim(x, chars)` (measured: 88 vs 306 ms per million cells), so
 * tabs and line breaks inside a cell are kept.
 */
export function trimSql(x: string): string {
  return `trim(${x})`;
}

/** `x` with full-width digits and number/date punctuation replaced by their ASCII forms. */
export function halfWidthSql(x: string): string {
  return `translate(${x}, '${FULL_WIDTH}', '${HALF_WIDTH}')`;
}

/**
 * TRUE when the raw text `x` carries no value: NULL, blank, or a null token such as `NULL` or `\N`.
 * Written without OR/CASE on purpose: `x IS NULL OR …` made a 1 M-row build 3x slower.
 */
export function isBlankSql(x: string): string {
  return `COALESCE(${trimSql(x)} IN (${nullTokenList}), true)`;
}

/** Trimmed text, NULL when blank. Text fields are otherwise left untouched. */
export function parseTextSql(x: string): string {
  return `CASE WHEN ${trimSql(x)} IN (${nullTokenList}) THEN NULL ELSE ${trimSql(x)} END`;
}

/**
 * A TIMESTAMP from the spellings the plain cast does not read, given the trimmed text `t`, with
 * full-width digits and punctuation made ASCII: the `try_strptime` patterns above, an Excel serial ({@link EXCEL_SERIAL_PATTERN}), and a
 * `d/m/yyyy` or `m/d/yyyy` date (also with `-` or `.`) only when one of its first two parts is 13–31, so
 * the order is certain. When both are 12 or less (`3/1/2024`) the value is left NULL, never guessed.
 */
export function otherTimestampSql(t: string): string {
  // The half-width text is bound once, as a lambda's argument: written out in each test (even inside a
  // CASE), DuckDB's common-subexpression pass hoists translate() onto every row (10x the cost of 1 M
  // clean ISO dates, measured). The branches do not overlap, and the cheap regex tests go before
  // try_strptime, which costs ~30 µs per digit string it fails on (6.4 s per 200 k Excel serials).
  return `list_transform([${halfWidthSql(t)}], s -> CASE WHEN regexp_full_match(s, '${EXCEL_SERIAL_PATTERN}')
      THEN TIMESTAMP '${EXCEL_EPOCH}' + to_seconds(round(CAST(s AS DOUBLE) * 86400))
    WHEN regexp_full_match(s, '${DAY_FIRST_PATTERN}') THEN try_strptime(s, ${slashPatterns('d')})
    WHEN regexp_full_match(s, '${MONTH_FIRST_PATTERN}') THEN try_strptime(s, ${slashPatterns('m')})
    ELSE COALESCE(TRY_CAST(s AS TIMESTAMP), try_strptime(s, ${patternList})) END)[1]`;
}

/** A TIMESTAMP from the formats seen in extracts (see the module comment); NULL when it does not parse. */
export function parseTimestampSql(x: string): string {
  const t = trimSql(x);
  return `COALESCE(TRY_CAST(${x} AS TIMESTAMP), TRY_CAST(${t} AS TIMESTAMP), ${otherTimestampSql(t)})`;
}

/** A DATE from the same formats as {@link parseTimestampSql} (a time part is dropped). */
export function parseDateSql(x: string): string {
  const t = trimSql(x);
  return `COALESCE(TRY_CAST(${x} AS DATE), TRY_CAST(${t} AS DATE), CAST(${otherTimestampSql(t)} AS DATE))`;
}

/** A currency sign or unit written before an amount: `¥`, `￥`, `人民币`, `RMB`, `CNY` (any case). */
const CURRENCY_BEFORE = String.raw`(?:[¥￥]|人民币|(?i:rmb|cny))`;
/** A currency unit written after an amount: `元`, `RMB`, `CNY` (any case). */
const CURRENCY_AFTER = String.raw`(?:元|(?i:rmb|cny))`;

/** Digits in valid thousands grouping (`1,234`, `12,345,678.90`), as decimal-comma.ts's THOUSANDS_PATTERN. */
const GROUPED_DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d*)?`;

/**
 * A number as the cleaning reads it: a sign (before or after a currency sign), the digits in valid
 * thousands grouping or with no comma, and an optional currency unit after. Groups 1–3 are the two
 * possible sign positions and the digits. Parentheses are not a negative sign (docs/loading.md).
 */
export const NUMBER_PATTERN = String.raw`([+-]?)\s*${CURRENCY_BEFORE}?\s*([+-]?)\s*(${GROUPED_DIGITS}|\d+(?:\.\d*)?|\.\d+)\s*${CURRENCY_AFTER}?`;

/**
 * The plain number text of `x` (`-1234.50`), or '' when `x` is not a number in a form
 * {@link NUMBER_PATTERN} accepts: trimmed, full-width forms made ASCII, currency removed, thousands
 * commas dropped. A comma outside valid grouping (`99,00`, `1.234,50`) makes it '' (decimal-comma.ts).
 */
export function numberCleanSql(x: string): string {
  const text = halfWidthSql(trimSql(x));
  // The second alternative matches whatever the first did not, with its groups empty: one regex both
  // checks and extracts, where regexp_replace alone would return a non-matching text unchanged.
  return `replace(regexp_replace(${text}, '^(?:${NUMBER_PATTERN})$|^(?s:.*)$', '\\1\\2\\3'), ',', '')`;
}

/**
 * A number of SQL type `type` from text such as `1,234.50`, `¥12`, `￥ -3.5`, `1,234.00元`, `RMB 12`,
 * `１２３．５０` or ` 12 `; NULL when it does not parse. A comma is read as a thousands separator only in
 * valid grouping, so a decimal comma (`99,00`, `1.234,50`) is NULL, never 9900 or 1.23 (decimal-comma.ts).
 * The plain cast goes first: most cells are already clean, and the cleaning runs only for the rest.
 */
export function parseNumberSql(x: string, type: string): string {
  return `COALESCE(TRY_CAST(${x} AS ${type}), TRY_CAST(${numberCleanSql(x)} AS ${type}))`;
}

/** A DECIMAL(18, `scale`) (see {@link parseNumberSql}). */
export function parseDecimalSql(x: string, scale: number): string {
  return parseNumberSql(x, `DECIMAL(18,${scale})`);
}

/** An amount of money: DECIMAL(18,2). */
export function parseAmountSql(x: string): string {
  return parseDecimalSql(x, 2);
}

/** An INTEGER (a fractional value is rounded, as DuckDB's cast does); NULL when it does not parse. */
export function parseIntSql(x: string): string {
  return parseNumberSql(x, 'INTEGER');
}

/**
 * Gender as the platform codes it: 男/男性/M/male/1 → '1', 女/女性/F/female/2 → '2' (Latin letters in
 * any case, digits also full-width); anything else (0, 9, 未知, 未说明…) trimmed, as given, never guessed.
 */
export function normalizeGendSql(x: string): string {
  const t = parseTextSql(x);
  return `CASE WHEN lower(${t}) IN ('1', '１', '男', '男性', 'm', 'male') THEN '1'
    WHEN lower(${t}) IN ('2', '２', '女', '女性', 'f', 'female') THEN '2' ELSE ${t} END`;
}

/** How each institution level is written: digit (also full-width), Chinese numeral, Roman numeral. */
const LEVEL_SPELLINGS = [
  { level: '1', forms: ['1', '１', '一', 'i', 'ⅰ'] },
  { level: '2', forms: ['2', '２', '二', 'ii', 'ⅱ'] },
  { level: '3', forms: ['3', '３', '三', 'iii', 'ⅲ'] },
] as const;

/**
 * Institution level as '1' / '2' / '3': 一级, 1级, 1, 一级甲等, 三甲, 二乙, III级, Ⅲ级, level 2, grade
 * III …; anything else (未定级, 0, 10…) trimmed. Compared in lower case (`Ⅲ` → `ⅲ`, `III` → `iii`).
 */
export function normalizeMedinsLvSql(x: string): string {
  const t = parseTextSql(x);
  const branches = LEVEL_SPELLINGS.map(({ level, forms }) => {
    const any = forms.join('|');
    const test = `regexp_full_match(lower(${t}), '(${any})(级.*|[甲乙丙].*)?|(level|grade) ?(${any})')`;
    return `WHEN ${test} THEN '${level}'`;
  });
  return `CASE ${branches.join(' ')} ELSE ${t} END`;
}
