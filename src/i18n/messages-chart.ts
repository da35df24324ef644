/** UI messages of the chart area, merged into `messages` (one file per area keeps edits apart). */
import type { Msg } from '../../core/shared/msg';

// prettier-ignore
export const chartMessages = {
  // Marks (also the chart's accessible name)
  'chart.mark.bar': { zh: '柱状图', en: 'Bar chart' },
  'chart.mark.line': { zh: '折线图', en: 'Line chart' },
  'chart.mark.dot': { zh: '散点图', en: 'Dot plot' },
  'chart.mark.area': { zh: '面积图', en: 'Area chart' },
  'chart.mark.rect': { zh: '热力图', en: 'Heatmap' },
  'chart.mark.rule': { zh: '参考线', en: 'Rules' },
  'chart.mark.text': { zh: '文本标注', en: 'Text labels' },
  'chart.mark.box': { zh: '箱线图', en: 'Box plot' },

  // Editor
  'chart.editor.label': { zh: '图表设置', en: 'Chart settings' },
  'chart.field.mark': { zh: '图形', en: 'Mark' },
  'chart.field.x': { zh: '横轴（x）', en: 'Horizontal (x)' },
  'chart.field.y': { zh: '纵轴（y）', en: 'Vertical (y)' },
  'chart.field.fill': { zh: '填充颜色', en: 'Fill colour' },
  'chart.field.stroke': { zh: '线条颜色', en: 'Stroke colour' },
  'chart.field.fx': { zh: '分面（列）', en: 'Facet columns' },
  'chart.field.fy': { zh: '分面（行）', en: 'Facet rows' },
  'chart.field.text': { zh: '文本', en: 'Text' },
  'chart.field.none': { zh: '（无）', en: '(none)' },
  'chart.field.tooltip': { zh: '悬停显示数值', en: 'Show values on hover' },
  'chart.field.title': { zh: '标题', en: 'Title' },
  'chart.column.option': { zh: '{name}（类型 {type}）', en: '{name} ({type})' },
  'chart.column.missing': { zh: '{name}（不在结果中）', en: '{name} (not in the result)' },
  'chart.sort.label': { zh: '排序', en: 'Sort' },
  'chart.sort.channel': { zh: '排序的轴', en: 'Axis to sort' },
  'chart.sort.none': { zh: '不排序', en: 'No sort' },
  'chart.sort.by': { zh: '排序依据', en: 'Sort by' },
  'chart.sort.order': { zh: '顺序', en: 'Order' },
  'chart.sort.ascending': { zh: '升序', en: 'Ascending' },
  'chart.sort.descending': { zh: '降序', en: 'Descending' },
  'chart.sort.limit': { zh: '只显示前几项', en: 'Show only the top' },
  'chart.sort.limitHint': { zh: '留空表示全部显示', en: 'Leave empty to show all' },
  'chart.sort.limitAll': { zh: '全部', en: 'All' },

  // View
  'chart.view.label': { zh: '图表', en: 'Chart' },
  'chart.export.svg': { zh: '导出 SVG', en: 'Export SVG' },
  'chart.export.png': { zh: '导出 PNG', en: 'Export PNG' },
  'chart.export.svgTitle': { zh: '下载矢量图（SVG），可无损缩放', en: 'Download as a vector image (SVG)' },
  'chart.export.pngTitle': { zh: '下载图片（PNG，2 倍分辨率）', en: 'Download as an image (PNG, 2× resolution)' },
  'chart.export.failed': { zh: '导出失败：{error}', en: 'Export failed: {error}' },
  'chart.truncated': {
    zh: '结果共 {total} 行，图表只绘制了前 {shown} 行。请在 SQL 中汇总后再绘图。',
    en: 'The result has {total} rows; only the first {shown} are drawn. Aggregate in SQL for a complete chart.',
  },
  'chart.noResult': {
    zh: '尚无数据：运行来源单元格后显示图表。',
    en: 'No data yet: run the source cell to see the chart.',
  },
  'chart.noRows': { zh: '结果没有数据行，无图可画。', en: 'The result has no rows to draw.' },
  'chart.problems': { zh: '图表设置需要修改：', en: 'The chart settings need attention:' },
  'chart.failed': { zh: '图表无法绘制：{error}', en: 'The chart could not be drawn: {error}' },
  'chart.readFailed': { zh: '无法读取查询结果：{error}', en: 'The query result could not be read: {error}' },
} as const satisfies Record<string, Msg>;
