/** A loaded dataset (one source file → one raw table). */
export type DatasetId = string & { readonly __brand: 'DatasetId' };
/** A cancellable long-running call. */
export type JobId = string & { readonly __brand: 'JobId' };

let counter = 0;

/** Makes a fresh job id, unique within this page. */
export function newJobId(): JobId {
  counter += 1;
  return `job-${Date.now().toString(36)}-${counter}` as JobId;
}
