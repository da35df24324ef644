/** UI messages of the markdown area, merged into `messages` (one file per area keeps edits apart). */
import type { Msg } from '../../core/shared/msg';

// prettier-ignore
export const markdownMessages = {
  // Markdown cells
  'markdown.editor': { zh: 'Markdown 编辑器', en: 'Markdown editor' },
  'markdown.placeholder': {
    zh: '用 Markdown 写说明，例如 ## 审计发现',
    en: 'Write notes in Markdown, e.g. ## Findings',
  },

  // Theme
  'theme.switchToDark': { zh: '切换到深色', en: 'Switch to dark' },
  'theme.switchToLight': { zh: '切换到浅色', en: 'Switch to light' },
  'theme.currentLight': { zh: '当前为浅色主题；点击切换到深色主题', en: 'The light theme is on; click for the dark theme' },
  'theme.currentDark': { zh: '当前为深色主题；点击切换到浅色主题', en: 'The dark theme is on; click for the light theme' },

  // Keyboard shortcuts and their help
  'shortcut.title': { zh: '键盘快捷键', en: 'Keyboard shortcuts' },
  'shortcut.intro': {
    zh: '命令模式下按键作用于选中的单元；编辑模式下在单元里输入。按 Esc 回到命令模式，按 Enter 开始编辑。',
    en: 'In command mode keys act on the selected cell; in edit mode you type in it. Esc returns to command mode, Enter starts editing.',
  },
  'shortcut.commandModeHeading': { zh: '命令模式', en: 'Command mode' },
  'shortcut.editModeHeading': { zh: '编辑模式', en: 'Edit mode' },
  'shortcut.keysColumn': { zh: '按键', en: 'Keys' },
  'shortcut.actionColumn': { zh: '作用', en: 'Action' },
  'shortcut.or': { zh: '或', en: 'or' },
  'shortcut.then': { zh: '再按', en: 'then' },
  'shortcut.close': { zh: '关闭快捷键说明', en: 'Close the shortcut list' },
  'shortcut.edit': { zh: '编辑选中的单元', en: 'Edit the selected cell' },
  'shortcut.commandMode': { zh: '退出编辑，回到命令模式', en: 'Stop editing (command mode)' },
  'shortcut.run': { zh: '运行单元', en: 'Run the cell' },
  'shortcut.runAdvance': { zh: '运行单元并选中下一个', en: 'Run the cell and select the next' },
  'shortcut.runInsertBelow': { zh: '运行单元并在下方插入新单元', en: 'Run the cell and insert one below' },
  'shortcut.insertAbove': { zh: '在上方插入单元', en: 'Insert a cell above' },
  'shortcut.insertBelow': { zh: '在下方插入单元', en: 'Insert a cell below' },
  'shortcut.delete': { zh: '删除选中的单元', en: 'Delete the selected cell' },
  'shortcut.undoDelete': { zh: '撤销删除单元', en: 'Undo deleting a cell' },
  'shortcut.toMarkdown': { zh: '改为 Markdown 单元', en: 'Change to a Markdown cell' },
  'shortcut.toSql': { zh: '改为 SQL 单元', en: 'Change to an SQL cell' },
  'shortcut.selectPrevious': { zh: '选中上一个单元', en: 'Select the previous cell' },
  'shortcut.selectNext': { zh: '选中下一个单元', en: 'Select the next cell' },
  'shortcut.save': { zh: '保存笔记本', en: 'Save the notebook' },
  'shortcut.help': { zh: '显示键盘快捷键', en: 'Show the keyboard shortcuts' },
} as const satisfies Record<string, Msg>;
