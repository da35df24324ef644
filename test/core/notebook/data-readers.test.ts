import { describe, expect, it } from 'vitest';
import { cellsReadingTables } from '../../../core/notebook/data-readers';
import { parseNotebook } from '../../../core/notebook/parse-notebook';

const NOTEBOOK = `---
title: t
---

\`\`\`sql {id=fees name=fee_total}
SELECT sum(det_item_fee_sumamt) FROM FEE -- medins is only in this comment
\`\`\`

\`\`\`sql {id=places name=places}
SELECT * FROM medins WHERE fixmedins_name <> 'setl'
\`\`\`

\`\`\`sql {id=apart name=apart_count}
SELECT count(*) FROM demo.setl
\`\`\`

\`\`\`sql {id=raw name=raw_rows}
SELECT * FROM raw_my_extract
\`\`\`

\`\`\`rule {id=audit name=findings}
pack: all
\`\`\`

\`\`\`markdown {id=text}
setl fee medins
\`\`\`
`;

const cells = parseNotebook(NOTEBOOK).notebook.cells;
const readers = (...tables: string[]) => cellsReadingTables(cells, tables).map(String);

describe('cellsReadingTables', () => {
  it('finds the SQL cells that name a changed table, ignoring case, strings and comments', () => {
    expect(readers('fee')).toEqual(['fees', 'audit']);
    expect(readers('medins')).toEqual(['places', 'audit']);
    expect(readers('raw_my_extract')).toEqual(['raw']);
  });

  it('counts a Rule cell as reading every canonical and knowledge table, and nothing else', () => {
    expect(readers('kb_restriction')).toEqual(['audit']);
    expect(readers('death')).toEqual(['audit']);
    expect(readers('raw_other', 'answers')).toEqual([]);
  });

  it('reads demo.setl as the demo schema, not as the user’s setl', () => {
    expect(readers('setl')).toEqual(['audit']);
    expect(readers('demo')).toEqual(['apart']);
  });
});
