// HTTP/2 sends no reason phrase, so the words come from here (https://www.rfc-editor.org/rfc/rfc9110#section-15).
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "404 Not Found": a status code with its reason phrase, the server's own when it sent one. */
export function statusText(status: number, serverText?: string): string {
  const reason = serverText?.trim() || REASONS[status];
  return reason ? `${status} ${reason}` : String(status);
}
