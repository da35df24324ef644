import type { Msg } from '../../core/shared/msg';
import { locale, type Lang } from './locale';
import { messages, type MessageId } from './messages';

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; unknown names stay as written so a mistake is visible. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A UI message in `lang` (default: the current language). */
export function t(id: MessageId, params?: MessageParams, lang: Lang = locale.lang): string {
  return fill(messages[id][lang], params);
}

/** A bilingual message (e.g. one the worker sent) in `lang` (default: the current language). */
export function msgText(message: Msg, lang: Lang = locale.lang): string {
  return message[lang] || message.zh || message.en;
}

/** A UI message in both languages (for state that outlives a language switch). */
export function bilingual(id: MessageId, params?: MessageParams): Msg {
  return { zh: fill(messages[id].zh, params), en: fill(messages[id].en, params) };
}
