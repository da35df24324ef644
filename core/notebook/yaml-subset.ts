import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Msg } from '../shared/msg';
import { NOTEBOOK_LIMITS } from './limits';
import { libraryReason, YAML_REASONS } from './yaml-reasons';
import { newYamlMap, plainScalar, type YamlValue } from './yaml-value';

/** Why a parsed node is outside the notebook subset, and where it starts (an offset in the text). */
export class YamlRefusal extends Error {
  constructor(
    readonly offset: number,
    readonly reason: Msg,
  ) {
    super(reason.en);
  }
}

/**
 * The notebook value of a document the `yaml` package parsed without error (`null` for an empty one):
 * maps become prototype-less objects, plain scalars are typed by `plainScalar`, quoted ones stay text.
 * Throws a `YamlRefusal` at the first node outside the subset, at the nesting depth limit, or past the
 * value count limit.
 */
export function yamlValueOf(root: Node | null, text: string): YamlValue {
  return new SubsetReader(text).value(root, 1);
}

class SubsetReader {
  #values = 0;

  constructor(readonly text: string) {}

  value(node: Node | null, depth: number): YamlValue {
    if (node === null) return null;
    const start = this.props(node);
    if (isScalar(node)) {
      const text = this.oneLine(node, start);
      return node.type === 'PLAIN' ? plainScalar(text) : text;
    }
    if (!isMap(node) && !isSeq(node)) throw new YamlRefusal(start, YAML_REASONS.tags);
    if (node.items.length === 0) return isMap(node) ? newYamlMap() : [];
    if (node.flow) throw new YamlRefusal(start, YAML_REASONS.flow);
    if (depth > NOTEBOOK_LIMITS.maxYamlDepth) throw new YamlRefusal(start, YAML_REASONS.nestedTooDeeply);
    if (isSeq(node)) {
      return node.items.map((item) => {
        this.count(item as Node | null, start);
        return this.value(item as Node | null, depth + 1);
      });
    }
    const map = newYamlMap();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      this.count(keyNode, start);
      const key = this.key(keyNode, start);
      // The package already refuses duplicates (`uniqueKeys`); never let one overwrite another silently.
      if (Object.prototype.hasOwnProperty.call(map, key)) {
        throw new YamlRefusal(keyNode?.range?.[0] ?? start, libraryReason('DUPLICATE_KEY', key));
      }
      map[key] = this.value(pair.value as Node | null, depth + 1);
    }
    return map;
  }

  /** A key is text as written: `null:` and `1:` are the keys "null" and "1". */
  key(node: Node | null, mapStart: number): string {
    if (node === null) throw new YamlRefusal(mapStart, YAML_REASONS.missingKey);
    const start = this.props(node);
    if (!isScalar(node)) throw new YamlRefusal(start, libraryReason('NON_STRING_KEY', ''));
    const key = this.oneLine(node, start);
    if (key === '' && node.type === 'PLAIN') throw new YamlRefusal(start, YAML_REASONS.missingKey);
    return key;
  }

  /** Refuses anchors, aliases and tags on `node`; returns where it starts. */
  props(node: Node): number {
    const start = node.range?.[0] ?? 0;
    if (isAlias(node) || node.anchor !== undefined) throw new YamlRefusal(start, YAML_REASONS.anchors);
    if (node.tag !== undefined) throw new YamlRefusal(start, YAML_REASONS.tags);
    return start;
  }

  /** A scalar's text, refused when it is block text or runs onto a next line. */
  oneLine(node: Scalar, start: number): string {
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      throw new YamlRefusal(start, YAML_REASONS.blockScalar);
    }
    const newline = this.text.slice(start, node.range?.[1] ?? start).indexOf('\n');
    if (newline >= 0) throw new YamlRefusal(start + newline + 1, YAML_REASONS.multiline);
    return String(node.value);
  }

  count(node: Node | null, fallback: number): void {
    this.#values += 1;
    if (this.#values > NOTEBOOK_LIMITS.maxYamlNodes) {
      throw new YamlRefusal(node?.range?.[0] ?? fallback, YAML_REASONS.tooManyValues);
    }
  }
}
