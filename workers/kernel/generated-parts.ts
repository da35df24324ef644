import { CLAIMS_DIR } from '../engine/engine-settings';
import type { FileEngine, KernelSql } from '../engine/sql-engine';
import { quoteLiteral } from '../engine/sql-quote';
import { importKnowledgeFile } from '../knowledge/kb-import';
import type { KnowledgeRows } from '../knowledge/knowledge-rows';

/**
 * The hidden answer key: a TEMP table on the kernel's private connection, so no user SQL can name it
 * (see `KernelSql`); the `_cl_` prefix only keeps the friendly early refusal in `kernel-names.ts`.
 */
export const HIDDEN_ANSWERS = '_cl_answers';

/** A generated data file, loaded as a dataset. */
export interface GeneratedFile {
  readonly name: string;
  readonly blob: Blob;
}

/** A generated dataset (the demo or a workshop's), sorted by where each file goes. */
export interface GeneratedParts {
  /** Claims data, loaded and mapped as datasets (psn, medins, setl, fee, death). */
  readonly data: GeneratedFile[];
  /** The `kb_*` files' rows: the knowledge base's demo layer. */
  readonly knowledge: KnowledgeRows;
  /** The answer key, kept hidden until revealed. */
  readonly answers?: Blob;
}

const ANSWER_TYPES = `{'scenario': 'VARCHAR', 'level': 'VARCHAR', 'setl_id': 'VARCHAR', 'feedetl_sn': 'VARCHAR',
  'psn_no': 'VARCHAR', 'fixmedins_code': 'VARCHAR', 'amount': 'DECIMAL(18,2)'}`;

/** Sorts generated `<table>.csv` files into data, knowledge and the answer key. */
export async function generatedParts(files: readonly GeneratedFile[]): Promise<GeneratedParts> {
  const data: GeneratedFile[] = [];
  let knowledge: KnowledgeRows = {};
  let answers: Blob | undefined;
  for (const file of files) {
    if (file.name === 'answers.csv') answers = file.blob;
    else if (file.name.startsWith('kb_')) knowledge = { ...knowledge, ...(await knowledgeRows(file)) };
    else data.push(file);
  }
  return { data, knowledge, ...(answers ? { answers } : {}) };
}

/** Reads a generated kb_* CSV as the knowledge importer would read a user's file. */
async function knowledgeRows(file: GeneratedFile): Promise<KnowledgeRows> {
  return importKnowledgeFile(new Uint8Array(await file.blob.arrayBuffer()), file.name).rows;
}

/** Creates (or replaces) the hidden answer key from the generator's answers CSV, out of user SQL's reach. */
export async function loadHiddenAnswers(
  engine: FileEngine & { readonly kernelSql: KernelSql },
  blob: Blob,
): Promise<void> {
  const path = `${CLAIMS_DIR}${HIDDEN_ANSWERS}.csv`;
  await engine.registerBlob(path, blob);
  try {
    await engine.kernelSql.exec(
      `CREATE OR REPLACE TEMP TABLE ${HIDDEN_ANSWERS} AS SELECT * FROM read_csv(${quoteLiteral(path)},
        header = true, delim = ',', quote = '"', columns = ${ANSWER_TYPES})`,
    );
  } finally {
    await engine.dropFile(path).catch(() => undefined);
  }
}
