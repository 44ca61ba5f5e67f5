/** Stable codes the CLI and the server turn into messages and statuses. */
export type StoreErrorCode =
  | 'store-not-found'
  | 'story-not-found'
  | 'store-busy'
  | 'store-corrupt'
  | 'store-unwritable'
  | 'store-unsupported'
  | 'version-not-found';

/** A store failure with a stable code; `target` names the file, URL or id it concerns. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    readonly target: string,
    detail: string,
  ) {
    super(detail);
  }
}
