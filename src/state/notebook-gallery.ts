/**
 * The notebooks shipped with the site (`notebooks/*.claimlens.md`), bundled as text so they open
 * offline. Each is opened from the gallery menu or with `?notebook=<name>` in the URL.
 */
import { parseNotebook } from '../../core/notebook/parse-notebook';

const files = import.meta.glob<string>('../../notebooks/*.claimlens.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** One shipped notebook. */
export interface GalleryEntry {
  /** The URL name, e.g. `introduction` for `introduction.claimlens.md`. */
  readonly name: string;
  readonly fileName: string;
  readonly title: string;
  readonly description: string;
  readonly text: string;
}

let entries: GalleryEntry[] | undefined;

/** The shipped notebooks, sorted by file name (the introduction first); read once. */
export function galleryEntries(): readonly GalleryEntry[] {
  entries ??= Object.entries(files)
    .map(([path, text]) => {
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      const { meta } = parseNotebook(text).notebook;
      return {
        name: fileName.replace(/\.claimlens\.md$/, ''),
        fileName,
        title: meta.title,
        description: meta.description ?? '',
        text,
      };
    })
    .sort((a, b) =>
      a.name === 'introduction' ? -1 : b.name === 'introduction' ? 1 : a.name.localeCompare(b.name),
    );
  return entries;
}

/** The shipped notebook named `name` (as in `?notebook=name`), if there is one. */
export function galleryEntry(name: string): GalleryEntry | undefined {
  return galleryEntries().find((e) => e.name === name || e.fileName === name);
}
