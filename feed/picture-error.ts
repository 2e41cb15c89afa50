export type PictureErrorKind = 'too-large' | 'not-image' | 'http' | 'network' | 'timeout';

/** Why fetchPicture kept no picture; 'network' includes a CORS refusal, which fetch does not tell apart. */
export class PictureError extends Error {
  readonly kind: PictureErrorKind;
  readonly url: string;
  readonly status?: number;

  constructor(
    kind: PictureErrorKind,
    url: string,
    message: string,
    details: { status?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'PictureError';
    this.kind = kind;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
  }
}
