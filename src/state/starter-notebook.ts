import type { Lang } from '../i18n/locale';

/**
 * The notebook a first visit opens: a short welcome and one query over the demo data (settlements and
 * medical fees per institution), which runs as soon as the demo is loaded.
 */
export function starterNotebookText(lang: Lang): string {
  const zh = lang === 'zh';
  const title = zh ? '我的分析' : 'My analysis';
  const intro = zh
    ? '# 欢迎使用 ClaimLens\n\n数据只在本机浏览器中处理。下面的查询汇总了演示数据中各定点医药机构的结算；从工具栏添加单元，或打开“示例笔记本”。在输入框以外按 H，或点工具栏右侧的“快捷键”，查看键盘快捷键。'
    : '# Welcome to ClaimLens\n\nData is processed only in this browser. The query below totals the demo settlements per institution; add cells from the toolbar, or open an example notebook. Press H (anywhere outside a text field) or click Shortcuts at the right of the toolbar for the keyboard shortcuts.';
  const comment = zh
    ? '-- 各定点医药机构的结算笔数与医疗费总额（演示数据）'
    : '-- Settlements and total medical fees per institution (demo data)';
  return `---
title: ${title}
---

\`\`\`markdown {id=c1}
${intro}
\`\`\`

\`\`\`sql {id=c2 name=by_institution}
${comment}
SELECT fixmedins_code, count(*) AS settlements, sum(medfee_sumamt) AS total
FROM setl
GROUP BY ALL
ORDER BY total DESC
\`\`\`
`;
}

/** What "New" opens: an untitled notebook with one empty SQL cell, as Jupyter does. */
export function newNotebookText(lang: Lang): string {
  return `---
title: ${lang === 'zh' ? '未命名笔记本' : 'Untitled notebook'}
---

\`\`\`sql {id=c1 name=result_1}
\`\`\`
`;
}
